using Jixiao.Domain.Results;

namespace Jixiao.Data.Entities;

/// <summary>财政局意见 on a suggestion: 采纳, 调整 (another amount) or 不采纳.</summary>
public enum ResultDecisionKind
{
    /// <summary>采纳.</summary>
    Accepted,

    /// <summary>调整 (the bureau sets another change).</summary>
    Edited,

    /// <summary>不采纳.</summary>
    Rejected,
}

/// <summary>
/// 结果应用认定: the bureau's decision on the suggestion for one evaluation, with the suggestion as it stood (rule table,
/// rule, base, change) so that a later change of the table does not rewrite what was decided. Per bureau and fiscal year.
/// </summary>
public sealed class ResultDecision
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    /// <summary>The evaluated fiscal year (the suggestion is for the next year's budget).</summary>
    public int Year { get; set; }

    public int EvaluationId { get; set; }

    public int UnitId { get; set; }

    public required string TableId { get; set; }

    /// <summary>0-based position of the rule in the table, when one applied.</summary>
    public int? RuleIndex { get; set; }

    public string? Grade { get; set; }

    public string? Action { get; set; }

    public decimal? Percent { get; set; }

    public ResultScope? Scope { get; set; }

    public decimal? BaseAmount { get; set; }

    public decimal? SuggestedChange { get; set; }

    public ResultDecisionKind Decision { get; set; }

    /// <summary>The change the bureau settled on (万元): the suggestion when accepted, its own when edited, null when rejected.</summary>
    public decimal? DecidedChange { get; set; }

    public required string Reason { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public int Version { get; set; }
}
