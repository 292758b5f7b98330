using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Data.Services;

/// <summary>The seam to the document writers of Jixiao.Documents (自评报告 DOCX/PDF, 自评表 XLSX).</summary>
public static class DocumentRendering
{
    public static IReadOnlyList<string> Formats { get; } = ["docx", "xlsx", "pdf"];

    public static string FileName(Evaluation evaluation, string format)
    {
        var title = evaluation.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(evaluation.ProjectName) ? evaluation.ProjectName : evaluation.Unit;
        var what = format == "xlsx" ? "绩效自评表" : "绩效自评报告";
        return $"{title}{evaluation.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}年度{what}.{format}";
    }

    public static Result<byte[]> Render(Evaluation evaluation, Result<Framework> framework, string format) =>
        Result<byte[]>.Failure(new DomainError("document.unavailable", format, "文档生成尚未接入。"));
}
