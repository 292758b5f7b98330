using System.Globalization;
using System.Text.Json.Nodes;
using Jixiao.Documents.Import;
using Jixiao.Documents.OwnFiles;
using Jixiao.Documents.Reports;
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

    /// <summary>For our own files: which source the evaluation was read from (data part, visible content, PDF text layer).</summary>
    public string? ReadSource { get; init; }

    /// <summary>What could not be read from our own file's visible content.</summary>
    public IReadOnlyList<string> ReadNotes { get; init; } = [];

    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public List<Finding> Findings { get; init; } = [];

    /// <summary>What the checks could check on this document (set by <see cref="ReviewInputs.Check"/>).</summary>
    public CheckCoverage Coverage { get; set; } = new([]);

    /// <summary>True when nothing checkable was read: its findings count means nothing and is shown as “—”.</summary>
    public bool Unchecked => Coverage.Status == CoverageStatus.NothingChecked;

    public int Count(Severity s) => Findings.Count(f => f.Severity == s);

    /// <summary>A count for tables: “—” for a document that could not be checked (never a 0 that reads as clean).</summary>
    public string CountText(Severity s) => Unchecked && Findings.Count == 0 ? "—" : Count(s).ToString(CultureInfo.InvariantCulture);
}

/// <summary>What was read from a document, for the audit table: the headline facts, each null when not read.</summary>
internal sealed record ReadFacts(string? Unit, int? Year, string Kind, decimal? Score, string? Grade, decimal? Budget, string BudgetLabel, decimal? Executed, decimal? RatePercent, bool RateStated, IReadOnlyList<string> Sections)
{
    public static ReadFacts Of(ReviewedDocument d)
    {
        var e = d.Subject.Evaluation;
        var b = e.Budget;
        var budget = b.Adjusted ?? b.Initial;
        decimal? rate = b.StatedRatePercent;
        var stated = rate is not null;
        if (rate is null && b.Executed is { } ex && budget is > 0m)
        {
            rate = Math.Round(ex / budget.Value * 100m, 2);
        }

        return new ReadFacts(
            e.Unit.Length > 0 ? e.Unit : null,
            e.Year > 0 ? e.Year : null,
            d.Kind,
            d.Score,
            d.Grade,
            budget,
            b.Adjusted is not null ? "调整后预算" : b.Initial is not null ? "年初预算" : "预算",
            b.Executed,
            rate,
            stated,
            [.. NarrativeFields.All.Where(f => !string.IsNullOrWhiteSpace(f.Get(e.Narrative))).Select(f => f.Title)]);
    }

    public static string Amount(decimal? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    public string Rate => RatePercent is { } r ? r.ToString("0.##", CultureInfo.InvariantCulture) + "%" + (RateStated ? string.Empty : "（重算）") : "—";

    public string SectionText => Sections.Count == 0 ? "—" : string.Join("、", Sections);

    /// <summary>One line: 单位 …；年度 …；… (what was not read says “未读取”).</summary>
    public string Line() => string.Join("；",
        $"单位 {Unit ?? "未读取"}",
        $"年度 {(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "未读取")}",
        $"类型 {Kind}",
        $"得分 {(Score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "未读取")}",
        $"等级 {Grade ?? "未读取"}",
        $"{BudgetLabel} {(Budget is null ? "未读取" : Amount(Budget) + " 万元")}",
        $"执行数 {(Executed is null ? "未读取" : Amount(Executed) + " 万元")}",
        $"执行率 {(RatePercent is null ? "未读取" : Rate)}",
        $"章节 {(Sections.Count == 0 ? "未读取" : SectionText)}");

    /// <summary>The headline facts that were not read, e.g. 预算、执行数、得分.</summary>
    public string NotRead() => string.Join("、", new (bool Missing, string Name)[]
    {
        (Unit is null, "单位"), (Year is null, "年度"), (Score is null, "得分"), (Grade is null, "等级"), (Budget is null, "预算"), (Executed is null, "执行数"), (RatePercent is null, "执行率"),
    }.Where(x => x.Missing).Select(x => x.Name));

    public JsonObject ToJson() => new()
    {
        ["unit"] = Unit,
        ["year"] = Year,
        ["kind"] = Kind,
        ["score"] = Score,
        ["grade"] = Grade,
        ["budget"] = Budget,
        ["budgetLabel"] = Budget is null ? null : BudgetLabel,
        ["executed"] = Executed,
        ["ratePercent"] = RatePercent,
        ["rateStated"] = RatePercent is null ? null : RateStated,
        ["sections"] = new JsonArray([.. Sections.Select(x => (JsonNode)x)]),
    };
}

/// <summary>Reads any input the review commands accept and runs the checks on it.</summary>
internal static class ReviewInputs
{
    public static readonly string[] Extensions = [.. PublishedTextReader.Extensions, ".yaml", ".yml", ".json", ".md"];

    /// <summary>
    /// Our evaluation file (.yaml/.json), our .xlsx/.docx (read back through OwnDocumentReader), or a
    /// published document (text, HTML, another's .docx/.xlsx, PDF, and .doc/.xls/.wps/.et through LibreOffice) through the importer. Errors are Chinese
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

        if (ext is ".xlsx" or ".xlsm" or ".docx" or ".pdf")
        {
            var own = OwnDocumentReader.ReadBack(path);
            if (own is not null)
            {
                return own.IsSuccess
                    ? Result<List<ReviewedDocument>>.Success([OwnBack(name, ext, own.Value)])
                    : Result<List<ReviewedDocument>>.Failure(own.Errors);
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

    /// <summary>
    /// Our own XLSX/DOCX/PDF read back: the figures its visible content states are checked like a published
    /// document's, and every difference between the visible content and the data part is a finding.
    /// </summary>
    private static ReviewedDocument OwnBack(string name, string ext, OwnFileReadBack back)
    {
        var table = ext is ".xlsx" or ".xlsm" || (back.Title ?? string.Empty).TrimEnd().EndsWith('表');
        var kind = $"本系统{(table ? "自评表" : "自评报告")}（{ext.TrimStart('.').ToUpperInvariant()}）";
        var findings = back.Differences.Select(d => d.Message is { } m
            ? new Finding("OWN-VISIBLE-DIFF", Severity.Suspect, m, [new Evidence(d.Label, d.Where, d.Where)]) { Path = d.Field }
            : new Finding("OWN-VISIBLE-DIFF", Severity.Suspect,
                $"文件中可见的{d.Label}为“{d.Visible}”，但 Jixiao 数据部件中为“{d.Hidden}”：文档被手工改过或数据部件已过时，请确认以哪一个为准。",
                [new Evidence($"{d.Label}（可见）", d.Visible, d.Where), new Evidence($"{d.Label}（数据部件）", d.Hidden, "Jixiao 数据部件（urn:jixiao:evaluation:v1）")]) { Path = d.Field }).ToList();
        return new ReviewedDocument
        {
            File = name,
            Kind = kind,
            Subject = new CheckSubject { Name = name, Evaluation = back.Evaluation, Stated = back.Stated, Sources = back.Sources },
            Score = back.Stated.TotalScore,
            Grade = back.Stated.Grade,
            ReadSource = back.Source,
            ReadNotes = back.Notes,
            Findings = findings,
        };
    }

    /// <summary>Runs the checks (with the document's framework when it is known) and fills score, grade and coverage.</summary>
    public static ReviewedDocument Check(ReviewedDocument doc)
    {
        var framework = doc.Subject.Evaluation.FrameworkId.Length > 0 && FrameworkCatalog.Get(doc.Subject.Evaluation.FrameworkId) is { IsSuccess: true } f ? f.Value : null;
        var report = Checker.Review(doc.Subject, framework);
        var findings = report.Findings;
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

        return doc with { Findings = [.. doc.Findings, .. findings], Score = score, Grade = grade, Coverage = report.Coverage };
    }

    /// <summary>
    /// Compares the narrative of every document with every other (recycled text), adds the findings and
    /// records for each document whether the comparison could cover it.
    /// </summary>
    public static void CompareTexts(IReadOnlyList<ReviewedDocument> docs)
    {
        var recycled = docs.Count > 1 ? RecycledText.Find([.. docs.Select(d => d.Subject)]) : [];
        var byName = docs.ToDictionary(d => d.File, StringComparer.Ordinal);
        foreach (var (subject, finding) in recycled)
        {
            if (byName.TryGetValue(subject, out var d))
            {
                d.Findings.Add(finding);
            }
        }

        foreach (var d in docs)
        {
            d.Coverage = d.Coverage.With(RecycledText.Coverage(d.Subject, docs.Count));
        }
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
            ["source"] = d.ReadSource,
            ["readNotes"] = new JsonArray([.. d.ReadNotes.Select(n => (JsonNode)n)]),
            ["score"] = d.Score,
            ["grade"] = d.Grade,
            ["counts"] = new JsonObject { ["确定"] = d.Count(Severity.Certain), ["疑似"] = d.Count(Severity.Suspect), ["提示"] = d.Count(Severity.Note) },
            ["coverage"] = CoverageJson(d),
            ["missing"] = new JsonArray([.. (d.Imported?.Missing ?? []).Select(m => (JsonNode)new JsonObject { ["path"] = m.Path, ["note"] = m.Note })]),
            ["findings"] = new JsonArray([.. d.Findings.Select(FindingJson)]),
        };
    }

    /// <summary>
    /// <c>coverage</c>: status (已核查/部分核查/未能核查), the verdict sentence, what was read, which check families ran
    /// (and on what) and which could not (and why).
    /// </summary>
    public static JsonObject CoverageJson(ReviewedDocument d) => new()
    {
        ["status"] = d.Coverage.Status.Name(),
        ["verdict"] = d.Coverage.Verdict(d.Findings.Count),
        ["read"] = ReadFacts.Of(d).ToJson(),
        ["ran"] = new JsonArray([.. d.Coverage.Ran.Select(i => (JsonNode)new JsonObject { ["family"] = i.Family, ["name"] = i.Name, ["detail"] = i.Text })]),
        ["notRun"] = new JsonArray([.. d.Coverage.NotRun.Select(i => (JsonNode)new JsonObject { ["family"] = i.Family, ["name"] = i.Name, ["reason"] = i.Text })]),
    };

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
