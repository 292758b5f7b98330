using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Checks;

/// <summary>
/// Figures a document states about itself (its own total, grade, rates): they are checked against
/// what the evaluation recomputes, never used for scoring.
/// </summary>
public sealed record StatedFigures
{
    /// <summary>自评得分 as stated (总分 / 自评得分).</summary>
    public decimal? TotalScore { get; init; }

    /// <summary>评价等级 as stated (优/良/中/差).</summary>
    public string? Grade { get; init; }

    /// <summary>Stated maximum (总分 100, 合计 100).</summary>
    public decimal? TotalWeight { get; init; }

    /// <summary>预算执行率 score as stated (项目表 得分 of the budget block).</summary>
    public decimal? ExecutionScore { get; init; }

    /// <summary>预算执行率 weight as stated (分值/权重 of the budget block, usually 10).</summary>
    public decimal? ExecutionWeight { get; init; }

    /// <summary>Written reason for the execution rate or the budget adjustment (原因 cell or narrative).</summary>
    public string? ExecutionReason { get; init; }

    /// <summary>收入合计 as stated, in 万元.</summary>
    public decimal? TotalIncome { get; init; }

    /// <summary>Stated weights of level-1 classes (产出指标(50分) …), by name.</summary>
    public IReadOnlyList<NamedAmount> Level1Weights { get; init; } = [];

    /// <summary>Every other "budget B, executed E, rate R %" statement (sub-projects, fund sources).</summary>
    public IReadOnlyList<StatedRate> Rates { get; init; } = [];

    /// <summary>Stated scores of framework leaves (score tables), by leaf code or row name.</summary>
    public IReadOnlyList<StatedScoreRow> ScoreRows { get; init; } = [];

    /// <summary>Same figure stated more than once in one document with different values.</summary>
    public IReadOnlyList<StatedVariant> Variants { get; init; } = [];
}

/// <summary>A stated ratio: 名称 预算 B 执行 E 执行率 R %.</summary>
public sealed record StatedRate(string Name, decimal? Budget, decimal? Executed, decimal RatePercent, string Path);

/// <summary>A row of a published score table: weight and score as stated.</summary>
public sealed record StatedScoreRow(string? Name, decimal Weight, decimal? Score, string Path)
{
    /// <summary>Framework leaf the row was mapped to, if any.</summary>
    public string? LeafCode { get; init; }
}

/// <summary>One more statement of a figure (e.g. the score in the narrative and in the table).</summary>
public sealed record StatedVariant(string Field, decimal First, string FirstSource, decimal Other, string OtherSource);

/// <summary>One line of a document's text: its 1-based number in the extracted text and the (normalised) text.</summary>
public sealed record SourceLine(int Number, string Text)
{
    public override string ToString() => $"第 {Number.ToString(System.Globalization.CultureInfo.InvariantCulture)} 行：{Text.Trim()}";
}

/// <summary>What the check engine looks at: the evaluation, its stated figures and where each field came from.</summary>
public sealed record CheckSubject
{
    /// <summary>Name of the document (file name), used in cross-document findings.</summary>
    public required string Name { get; init; }

    public required Evaluation Evaluation { get; init; }

    public StatedFigures Stated { get; init; } = new();

    /// <summary>Provenance: field path → "第 N 行：text" (or a cell reference).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>Field paths the source did not state (an imported document's missing list).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>
    /// The document's text lines as read (normalised, numbered as in <see cref="Sources"/>): the checks of what
    /// the text says (rates and totals stated in sentences, claims about the budget, problems and measures) read
    /// them whatever headings the document uses. Empty for our own files, whose narrative is in the evaluation.
    /// </summary>
    public IReadOnlyList<SourceLine> Text { get; init; } = [];

    /// <summary>Source of a field path, or the path itself when unknown.</summary>
    public string SourceOf(string path) => Sources.TryGetValue(path, out var s) ? s : path;
}
