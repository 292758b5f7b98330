using System.Text.Json.Nodes;
using Jixiao.Documents.Import;
using Jixiao.Documents.OwnFiles;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Cli.Commands;

/// <summary>One document to review: where it came from, how it was read, and its findings.</summary>
internal sealed record ReviewedDocument
{
    public required string File { get; init; }

    /// <summary>How it was read: 本系统评价文件, 本系统 XLSX/DOCX, or the published kind.</summary>
    public required string Kind { get; init; }

    public required CheckSubject Subject { get; init; }

    public ImportedDocument? Imported { get; init; }

    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public List<Finding> Findings { get; init; } = [];

    public int Count(Severity s) => Findings.Count(f => f.Severity == s);
}

/// <summary>Reads any input the review commands accept and runs the checks on it.</summary>
internal static class ReviewInputs
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".docx", ".pdf", ".yaml", ".yml", ".json", ".xlsx", ".md"];

    /// <summary>
    /// Our evaluation file (.yaml/.json), our .xlsx/.docx (read back through OwnDocumentReader), or a
    /// published document (text, HTML, foreign .docx, PDF) through the importer. Errors are Chinese
    /// messages naming the file; a file may hold several documents.
    /// </summary>
    public static Result<List<ReviewedDocument>> Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return Result<List<ReviewedDocument>>.Failure(new DomainError(ErrorCatalogue.Missing, path, "找不到文件"));
        }

        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".yaml" or ".yml" or ".json")
        {
            var text = CliIo.ReadText(path);
            if (!text.IsSuccess)
            {
                return Result<List<ReviewedDocument>>.Failure(text.Errors);
            }

            var evaluation = EvaluationSerializer.Parse(text.Value, name);
            return evaluation.IsSuccess
                ? Result<List<ReviewedDocument>>.Success([Own(name, "本系统评价文件", evaluation.Value)])
                : Result<List<ReviewedDocument>>.Failure(evaluation.Errors);
        }

        if (ext is ".xlsx" or ".xlsm" or ".docx")
        {
            var own = OwnDocumentReader.TryRead(path);
            if (own is not null)
            {
                return own.IsSuccess
                    ? Result<List<ReviewedDocument>>.Success([Own(name, ext == ".docx" ? "本系统自评报告（DOCX）" : "本系统自评表（XLSX）", own.Value)])
                    : Result<List<ReviewedDocument>>.Failure(own.Errors);
            }

            if (ext != ".docx")
            {
                return Result<List<ReviewedDocument>>.Failure(new DomainError(ErrorCatalogue.InvalidValue, name, "不是本系统生成的 XLSX；他处的 Excel 表格请另存为文本或 PDF 后再导入"));
            }
        }

        var imported = PublishedImporter.ImportFile(path);
        if (imported.Documents.Count == 0)
        {
            return Result<List<ReviewedDocument>>.Failure(new DomainError(ErrorCatalogue.InvalidValue, name,
                "未能识别出自评报告或自评表" + (imported.Warnings.Count > 0 ? "（" + string.Join("；", imported.Warnings) + "）" : string.Empty)));
        }

        var docs = new List<ReviewedDocument>();
        for (var i = 0; i < imported.Documents.Count; i++)
        {
            var d = imported.Documents[i];
            var docName = imported.Documents.Count == 1 ? name : $"{name}#{i + 1}";
            docs.Add(new ReviewedDocument { File = docName, Kind = d.Kind.Name(), Subject = d.ToCheckSubject(docName), Imported = d, Score = d.Stated.TotalScore, Grade = d.Stated.Grade });
        }

        return Result<List<ReviewedDocument>>.Success(docs);
    }

    private static ReviewedDocument Own(string name, string kind, Evaluation evaluation) =>
        new() { File = name, Kind = kind, Subject = new CheckSubject { Name = name, Evaluation = evaluation } };

    /// <summary>Runs the checks (with the document's framework when it is known) and fills score and grade.</summary>
    public static ReviewedDocument Check(ReviewedDocument doc)
    {
        var framework = doc.Subject.Evaluation.FrameworkId.Length > 0 && FrameworkCatalog.Get(doc.Subject.Evaluation.FrameworkId) is { IsSuccess: true } f ? f.Value : null;
        var findings = Checker.Run(doc.Subject, framework);
        decimal? score = doc.Score;
        var grade = doc.Grade;
        if (framework is not null && (score is null || doc.Imported is null))
        {
            var scored = Jixiao.Domain.Scoring.Scorer.Score(framework, doc.Subject.Evaluation);
            if (scored.IsSuccess)
            {
                score ??= scored.Value.Total;
                grade ??= scored.Value.Grade?.Name;
            }
        }

        return doc with { Findings = [.. findings], Score = score, Grade = grade };
    }

    /// <summary>JSON of one reviewed document (findings with evidence).</summary>
    public static JsonObject ToJson(ReviewedDocument d)
    {
        var e = d.Subject.Evaluation;
        return new JsonObject
        {
            ["file"] = d.File,
            ["kind"] = d.Kind,
            ["unit"] = e.Unit,
            ["year"] = e.Year,
            ["projectName"] = e.ProjectName,
            ["frameworkId"] = e.FrameworkId,
            ["score"] = d.Score,
            ["grade"] = d.Grade,
            ["counts"] = new JsonObject { ["确定"] = d.Count(Severity.Certain), ["疑似"] = d.Count(Severity.Suspect), ["提示"] = d.Count(Severity.Note) },
            ["missing"] = new JsonArray([.. (d.Imported?.Missing ?? []).Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["note"] = m.Note })]),
            ["findings"] = new JsonArray([.. d.Findings.Select(FindingJson)]),
        };
    }

    public static JsonObject FindingJson(Finding f) => new()
    {
        ["code"] = f.Code,
        ["severity"] = f.Severity.Name(),
        ["message"] = f.Message,
        ["path"] = f.Path,
        ["otherDocument"] = f.OtherDocument,
        ["evidence"] = new JsonArray([.. f.Evidence.Select(v => (JsonNode)new JsonObject { ["label"] = v.Label, ["value"] = v.Value, ["source"] = v.Source })]),
    };
}
