using Jixiao.Documents.Excel;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Word;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Data.Services;

/// <summary>The seam to the document writers of Jixiao.Documents: 自评报告 DOCX (and its PDF through LibreOffice), 自评表 XLSX.</summary>
public static class DocumentRendering
{
    public static IReadOnlyList<string> Formats { get; } = ["docx", "xlsx", "pdf"];

    public static string FileName(Evaluation evaluation, string format)
    {
        var title = evaluation.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(evaluation.ProjectName) ? evaluation.ProjectName : evaluation.Unit;
        var what = format == "xlsx" ? "绩效自评表" : "绩效自评报告";
        return $"{title}{evaluation.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}年度{what}.{format}";
    }

    public static Result<byte[]> Render(Evaluation evaluation, Result<Framework> framework, string format, PdfRenderer? pdf = null)
    {
        if (!framework.IsSuccess)
        {
            return Result<byte[]>.Failure(framework.Errors);
        }

        var score = Scorer.Score(framework.Value, evaluation);
        if (!score.IsSuccess)
        {
            return Result<byte[]>.Failure(score.Errors);
        }

        return format switch
        {
            "docx" => DocxReportWriter.ToBytes(evaluation, framework.Value, score.Value),
            "xlsx" => Result<byte[]>.Success(XlsxScoreTableWriter.ToBytes(evaluation, framework.Value, score.Value)),
            "pdf" => DocxReportWriter.ToBytes(evaluation, framework.Value, score.Value) is { IsSuccess: true } docx ? (pdf?.FromDocx(docx.Value) ?? PdfFromDocx(docx.Value)) : Result<byte[]>.Failure(new DomainError("document.docx", "docx", "报告生成失败。")),
            _ => Result<byte[]>.Failure(new DomainError("document.format", "format", "文档格式只能是 docx、xlsx 或 pdf。")),
        };
    }

    /// <summary>The PDF of a DOCX through LibreOffice (a few seconds); temporary files are removed.</summary>
    public static Result<byte[]> PdfFromDocx(byte[] docx)
    {
        var converter = LibreOfficePdfConverter.Create();
        if (!converter.IsSuccess)
        {
            return Result<byte[]>.Failure(converter.Errors);
        }

        var dir = Path.Combine(Path.GetTempPath(), "jixiao-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var c = converter.Value;
            var input = Path.Combine(dir, "report.docx");
            File.WriteAllBytes(input, docx);
            var pdf = c.Convert([input], Path.Combine(dir, "out"), TimeSpan.FromSeconds(120));
            return pdf.IsSuccess ? Result<byte[]>.Success(File.ReadAllBytes(pdf.Value[0])) : Result<byte[]>.Failure(pdf.Errors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>
/// PDFs for an application that makes many (the web host's singleton): one LibreOffice kept warm across requests
/// (<see cref="WarmPdfConverter"/>), started by the first PDF asked for, restarted when it crashes or hangs.
/// </summary>
public sealed class PdfRenderer : IDisposable
{
    private readonly Lazy<Result<WarmPdfConverter>> converter = new(() => WarmPdfConverter.Create(size: 1), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The PDF of a DOCX, or why not (LibreOffice missing, conversion failed or timed out).</summary>
    public Result<byte[]> FromDocx(byte[] docx) =>
        converter.Value is { IsSuccess: true } c ? c.Value.ConvertBytes(docx, ".docx") : Result<byte[]>.Failure(converter.Value.Errors);

    public void Dispose()
    {
        if (converter.IsValueCreated && converter.Value.IsSuccess)
        {
            converter.Value.Value.Dispose();
        }
    }
}
