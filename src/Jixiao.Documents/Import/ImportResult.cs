using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Import;

/// <summary>Kind of a published document.</summary>
public enum DocumentKind
{
    /// <summary>部门整体支出绩效自评报告 (narrative report).</summary>
    DepartmentReport,

    /// <summary>部门整体支出绩效自评表 (score table).</summary>
    DepartmentScoreTable,

    /// <summary>项目支出绩效自评表.</summary>
    ProjectTable,

    /// <summary>转移支付绩效自评报告.</summary>
    TransferPaymentReport,

    /// <summary>项目支出绩效自评报告 (narrative report of one project).</summary>
    ProjectReport,

    /// <summary>转移支付绩效自评表 (MOF table with 全年预算数(A), 全年执行数(B), 执行率(B/A)).</summary>
    TransferPaymentTable,

    /// <summary>Not a self-evaluation (考核, finance-bureau evaluation, monitoring, goal table …): read for what it states.</summary>
    Other,
}

public static class DocumentKindText
{
    public static string Name(this DocumentKind kind) => kind switch
    {
        DocumentKind.DepartmentReport => "部门整体自评报告",
        DocumentKind.DepartmentScoreTable => "部门整体自评表",
        DocumentKind.ProjectTable => "项目支出自评表",
        DocumentKind.TransferPaymentReport => "转移支付自评报告",
        DocumentKind.ProjectReport => "项目自评报告",
        DocumentKind.TransferPaymentTable => "转移支付自评表",
        DocumentKind.Other => "其他（非自评文档）",
    };

    /// <summary>A score table of any scope (部门整体, 项目, 转移支付), not a narrative report.</summary>
    public static bool IsTable(this DocumentKind kind) =>
        kind is DocumentKind.DepartmentScoreTable or DocumentKind.ProjectTable or DocumentKind.TransferPaymentTable;
}

/// <summary>
/// Where an extracted value came from: the line number (1-based, in the extracted text) and that
/// line; for values read by the vocabulary also the character span of the value in the normalised
/// line (<see cref="Column"/> 0-based, <see cref="Length"/>) and the span's text.
/// </summary>
public sealed record SourceRef(int Line, string Text)
{
    /// <summary>Start of the value in the normalised line (TextNormalizer.NormalizeLine), or -1 when only the line is known.</summary>
    public int Column { get; init; } = -1;

    /// <summary>Length of the value's span in the normalised line.</summary>
    public int Length { get; init; }

    /// <summary>The span's text (normalised), or null.</summary>
    public string? Span { get; init; }

    public override string ToString() => $"第 {Line} 行：{Text}";
}

/// <summary>
/// A value read for a field: its path, the value as the importer holds it (万元 for amounts,
/// percent for rates), the text as stated, the unit it was stated in, whether it is only an
/// approximation (then the field itself stays empty), where it came from and how it was found
/// (which label, layout or title rule of the reading vocabulary).
/// </summary>
public sealed record ReadValue(string Path, string Value, SourceRef Source)
{
    /// <summary>The figure or text as written (1,234,567.8元, 约1200万元, ≤预算).</summary>
    public string? Stated { get; init; }

    /// <summary>Unit as stated (元, 万元, 亿元, %, 分), or null.</summary>
    public string? Unit { get; init; }

    /// <summary>Stated only approximately (余, 约, 多, &lt;0, ≤预算): the field is not set from it.</summary>
    public bool Approximate { get; init; }

    /// <summary>The summed weight of the cues that chose it, where values compete by weight (the year), else null.</summary>
    public int? Weight { get; init; }

    /// <summary>The rule that read it, in Chinese (标签“支出决算”（reading/fields.yaml:40）).</summary>
    public string How { get; init; } = string.Empty;
}

/// <summary>The result of importing one file: every document found in it, and file-level warnings.</summary>
public sealed record ImportResult
{
    /// <summary>File name or source name.</summary>
    public required string Source { get; init; }

    public IReadOnlyList<ImportedDocument> Documents { get; init; } = [];

    /// <summary>
    /// Parts of the file whose kind could not be decided (no self-evaluation, no look-alike either by the kind cues):
    /// read only for what names them (unit, year) — never for figures, score or sections — so that an audit can say
    /// whose file it is. Each has a warning in <see cref="Warnings"/>; none is in <see cref="Documents"/>.
    /// </summary>
    public IReadOnlyList<ImportedDocument> Undecided { get; init; } = [];

    /// <summary>Problems reading the file (unreadable, empty, pdftotext missing …), in Chinese.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Number of lines of the text the importer read (its file's lines, before wrapped lines were joined or run-on lines cut).</summary>
    public int LineCount { get; init; }
}

/// <summary>
/// One document found in a file: a partial <see cref="Evaluation"/> holding only what the text
/// states, where each field came from, what was expected but not found, and the figures the
/// document states about itself (total score, grade, rates) for the checks.
/// </summary>
public sealed record ImportedDocument
{
    public required DocumentKind Kind { get; init; }

    /// <summary>The evaluation as far as the text states it. Unit "" and year 0 mean not found (see <see cref="Missing"/>).</summary>
    public required Evaluation Evaluation { get; init; }

    public StatedFigures Stated { get; init; } = new();

    /// <summary>Field path → source line.</summary>
    public IReadOnlyDictionary<string, SourceRef> Sources { get; init; } = new Dictionary<string, SourceRef>();

    /// <summary>Expected field paths not found, each with a short Chinese note.</summary>
    public IReadOnlyList<MissingField> Missing { get; init; } = [];

    /// <summary>Field paths whose value was written as an approximation (余/多/约).</summary>
    public IReadOnlyList<string> Approximate { get; init; } = [];

    /// <summary>Field paths whose value was inferred rather than read (e.g. 一级指标 from its 二级指标), with how.</summary>
    public IReadOnlyList<MissingField> Inferred { get; init; } = [];

    /// <summary>The text ends mid-document (cut off).</summary>
    public bool Truncated { get; init; }

    /// <summary>Why the document was given its kind (the weighted cues that decided), in Chinese.</summary>
    public string? KindReason { get; init; }

    /// <summary>Every value read through the reading vocabulary, with its span and rule; approximate statements included (flagged).</summary>
    public IReadOnlyList<ReadValue> Values { get; init; } = [];

    public int FirstLine { get; init; }

    /// <summary>The document's lines (number and normalised text), for the checks that read what the text says.</summary>
    public IReadOnlyList<SourceLine> Text { get; init; } = [];

    public int LastLine { get; init; }

    /// <summary>The document as a subject for the check engine.</summary>
    public CheckSubject ToCheckSubject(string name) => new()
    {
        Name = name,
        Evaluation = Evaluation,
        Stated = Stated,
        Sources = Sources.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal),
        Missing = Missing.Select(m => m.Path).ToList(),
        Text = Text,
    };
}

/// <summary>An expected field the text did not give (or an inference), with a Chinese note.</summary>
public sealed record MissingField(string Path, string Note);
