using Jixiao.Domain.Rectification;

namespace Jixiao.Data.Entities;

/// <summary>
/// 整改事项: one problem the unit must fix, from a review finding, a monitoring follow-up, a published report or by hand.
/// Per bureau and fiscal year (the year whose evaluation or monitoring raised it): both lead its indexes (DOMAIN §13).
/// </summary>
public sealed class RectificationRecord
{
    public int Id { get; set; }

    /// <summary>财政局 (财政区划) that issued the item.</summary>
    public int BureauId { get; set; }

    /// <summary>Fiscal year the problem belongs to (the evaluated year).</summary>
    public int Year { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The evaluation whose review raised it, when there is one.</summary>
    public int? EvaluationId { get; set; }

    public RectificationSource Source { get; set; }

    /// <summary>Where exactly it came from: a deduction's leaf code, a finding code, a monitoring task, a report file.</summary>
    public string? SourceRef { get; set; }

    /// <summary>指标编码 (framework leaf or goal), when the problem is about one indicator.</summary>
    public string? IndicatorCode { get; set; }

    public string? IndicatorName { get; set; }

    /// <summary>存在的问题.</summary>
    public required string Problem { get; set; }

    /// <summary>整改要求 (the required measure).</summary>
    public required string RequiredMeasure { get; set; }

    /// <summary>责任人 (owner in the unit).</summary>
    public required string Owner { get; set; }

    /// <summary>整改期限.</summary>
    public DateOnly Deadline { get; set; }

    public RectificationState State { get; set; }

    /// <summary>How many times the unit has answered.</summary>
    public int Answers { get; set; }

    /// <summary>成效验证情况, written when closed.</summary>
    public string? Verification { get; set; }

    /// <summary>结果应用意见, optional, written when closed.</summary>
    public string? ResultUse { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public int Version { get; set; }
}

/// <summary>整改情况报送: one answer of the unit and the bureau's decision on it.</summary>
public sealed class RectificationFeedback
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int RectificationId { get; set; }

    /// <summary>1 for the first answer, 2 after a return …</summary>
    public int Round { get; set; }

    /// <summary>整改措施及成效, as the unit wrote it.</summary>
    public required string Measure { get; set; }

    public required string FiledBy { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    /// <summary>Null while waiting; Accept or Return.</summary>
    public RectificationAction? Decision { get; set; }

    public string? DecisionNote { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>整改佐证材料, stored like evaluation evidence (outside the web root, under its SHA-256).</summary>
public sealed class RectificationEvidence
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int RectificationId { get; set; }

    /// <summary>The answer it was filed with; null while uploaded but not yet sent.</summary>
    public int? FeedbackId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
