using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Entities;

/// <summary>
/// 绩效目标申报 as stored: one version of a unit's goal declaration (revision 1 is the original, each 调整 is a new
/// revision pointing at the approved version it changes). Per bureau and year (DOMAIN §13): both are in its indexes.
/// </summary>
public sealed class GoalDeclarationRecord
{
    public int Id { get; set; }

    /// <summary>The finance bureau (财政区划) the unit belongs to.</summary>
    public int BureauId { get; set; }

    public int Year { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public EvaluationKind Kind { get; set; }

    /// <summary>Unit name, or the project name.</summary>
    public required string Title { get; set; }

    public required string FrameworkId { get; set; }

    public GoalState State { get; set; }

    /// <summary>Review round while 审核中: 1 初审, 2 复审.</summary>
    public int Round { get; set; }

    /// <summary>How many times it was submitted (opinions are kept per submission).</summary>
    public int Cycle { get; set; }

    /// <summary>The declaration as JSON (GoalSerializer's schema).</summary>
    public required string Content { get; set; }

    /// <summary>1 for the original declaration; 2, 3 … for adjustments (调整).</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The approved version this adjustment changes; null for an original.</summary>
    public int? PreviousId { get; set; }

    /// <summary>调整理由 (required for an adjustment).</summary>
    public string? AdjustmentReason { get; set; }

    /// <summary>The checklist (审核要点) id the review uses.</summary>
    public string ChecklistId { get; set; } = "default";

    /// <summary>Last conclusion reached (通过, 修改后通过 …).</summary>
    public string? Conclusion { get; set; }

    /// <summary>Last 退回 comment.</summary>
    public string? ReviewComment { get; set; }

    public int MaxSeverity { get; set; }

    public int FindingCount { get; set; }

    /// <summary>The year-end self-evaluation created from this approved version.</summary>
    public int? EvaluationId { get; set; }

    public string? ApprovedContentSha256 { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}

/// <summary>One opinion of the bureau's review: an item's rating and text, or the round's conclusion.</summary>
public sealed class GoalReviewOpinion
{
    public const string ConclusionItem = "结论";

    public long Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int DeclarationId { get; set; }

    /// <summary>Which submission (1 = first submission, 2 = after the first return …).</summary>
    public int Cycle { get; set; }

    /// <summary>1 初审, 2 复审.</summary>
    public int Round { get; set; }

    /// <summary>The checklist item code, or <see cref="ConclusionItem"/> for the round's conclusion.</summary>
    public required string ItemCode { get; set; }

    public string? Rating { get; set; }

    public string? Opinion { get; set; }

    public required string Reviewer { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A bureau's own goal-review checklist for a year (YAML, validated by the domain loader).</summary>
public sealed class GoalChecklistDocument
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public required string Yaml { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>
/// 指标库 entry: shared data (no bureau), with the fields of CYCLE §2 and the documents it was read from.
/// </summary>
public sealed class LibraryEntry
{
    public int Id { get; set; }

    /// <summary>三级指标名称.</summary>
    public required string Name { get; set; }

    /// <summary>Name normalised for matching (no spaces or punctuation).</summary>
    public required string NameKey { get; set; }

    public required string Level1 { get; set; }

    public string Level2 { get; set; } = string.Empty;

    /// <summary>行业领域 = 功能分类 类.</summary>
    public string? FunctionClass { get; set; }

    /// <summary>行业类别 = 功能分类 款.</summary>
    public string? FunctionSection { get; set; }

    /// <summary>资金用途.</summary>
    public string? FundUse { get; set; }

    /// <summary>定量 / 定性.</summary>
    public IndicatorValueType ValueType { get; set; }

    /// <summary>Usual 指标性质 (≥ ≤ = …).</summary>
    public IndicatorOperator? Operator { get; set; }

    public string? Unit { get; set; }

    /// <summary>指标解释.</summary>
    public string? Explanation { get; set; }

    /// <summary>指标值设定依据 usually used (计划标准、历史标准 …), as text.</summary>
    public string? Standards { get; set; }

    /// <summary>计算公式.</summary>
    public string? Formula { get; set; }

    /// <summary>评分公式 / 评(扣)分标准.</summary>
    public string? ScoringFormula { get; set; }

    /// <summary>Keywords, separated by 、 or spaces.</summary>
    public string? Keywords { get; set; }

    /// <summary>公开文件 (read from a published document) or 批复目标 (纳入指标库 from approved goals).</summary>
    public required string SourceKind { get; set; }

    /// <summary>Where the entry was read from, as JSON (LibraryCitation list): document, line, unit, year, target, actual.</summary>
    public string Citations { get; set; } = "[]";

    /// <summary>Total bigram count of the indexed text (BM25 document length).</summary>
    public int GramCount { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One character bigram of a library entry's indexed text with its (weighted) count: the search index.</summary>
public sealed class LibraryGram
{
    public required string Gram { get; set; }

    public int EntryId { get; set; }

    public int Tf { get; set; }
}

/// <summary>
/// One use of an indicator by a unit in a year: the approved target (and, through the year-end evaluation, the actual).
/// What the library shows as an entry's history and what suggestions offer as "last year's indicators". Per bureau and year.
/// </summary>
public sealed class IndicatorHistoryRow
{
    public long Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int UnitId { get; set; }

    public required string UnitName { get; set; }

    public int DeclarationId { get; set; }

    public int Revision { get; set; }

    /// <summary>Path of the row in the declaration (annual.indicators[2]).</summary>
    public required string Path { get; set; }

    /// <summary>The library entry it was taken from (accepted suggestion), if any.</summary>
    public int? EntryId { get; set; }

    public required string NameKey { get; set; }

    public required string Level1 { get; set; }

    public string Level2 { get; set; } = string.Empty;

    public required string Name { get; set; }

    public IndicatorOperator? Operator { get; set; }

    public decimal? Target { get; set; }

    public string? TargetText { get; set; }

    public string? Unit { get; set; }

    /// <summary>The year-end evaluation whose 完成值 is this row's actual.</summary>
    public int? EvaluationId { get; set; }

    public decimal? Actual { get; set; }

    public string? ActualText { get; set; }
}
