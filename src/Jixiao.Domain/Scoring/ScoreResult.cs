using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The scored evaluation: the total, the grade and every indicator with its explanation.
/// Self score (自评分), review score (复核分) and deductions (扣分) are kept apart.
/// </summary>
public sealed record ScoreResult
{
    public required string FrameworkId { get; init; }

    /// <summary>自评总分, rounded to 2 decimals.</summary>
    public required decimal Total { get; init; }

    /// <summary>Maximum (the framework's total weight).</summary>
    public required decimal MaxTotal { get; init; }

    /// <summary>自评等级.</summary>
    public required GradeBand? Grade { get; init; }

    /// <summary>复核总分: the self total less the reviewer's deductions; equals <see cref="Total"/> when nothing was deducted.</summary>
    public required decimal ReviewTotal { get; init; }

    public required GradeBand? ReviewGrade { get; init; }

    /// <summary>Every indicator, depth first, parents before children.</summary>
    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }

    public IndicatorScore? Find(string code) => Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));
}

/// <summary>One indicator's score and the reasoning behind it.</summary>
public sealed record IndicatorScore
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>1 for 一级指标, 2 for 二级, 3 for 三级 ...</summary>
    public required int Level { get; init; }

    public string? ParentCode { get; init; }

    public required decimal Weight { get; init; }

    /// <summary>
    /// The weight after not-applicable leaves were excluded and the rest rescaled
    /// (<see cref="Frameworks.NotApplicablePolicy.Rescale"/>); null when nothing was rescaled.
    /// Scores lie within [0, RescaledWeight ?? Weight].
    /// </summary>
    public decimal? RescaledWeight { get; init; }

    /// <summary>自评分 (rounded to 2 decimals).</summary>
    public required decimal Score { get; init; }

    /// <summary>复核分 (rounded to 2 decimals).</summary>
    public required decimal ReviewScore { get; init; }

    /// <summary>复核扣分 = Score − ReviewScore.</summary>
    public decimal ReviewDeduction => Score - ReviewScore;

    public required bool IsLeaf { get; init; }

    public bool NotApplicable { get; init; }

    /// <summary>Unmet reason and measure copied from the input, for tables.</summary>
    public string? Reason { get; init; }

    public string? Measure { get; init; }

    public required Explanation Explanation { get; init; }
}

/// <summary>
/// Why a score is what it is: the rule, the inputs (name, value, where from) and the arithmetic,
/// plus one Chinese sentence for people.
/// </summary>
public sealed record Explanation(
    string Rule,
    IReadOnlyList<ExplanationInput> Inputs,
    string Arithmetic,
    string Text);

/// <summary>An input that went into a score: 预算执行数 = 714.07 (budget.executed).</summary>
public sealed record ExplanationInput(string Name, string Value, string Source);
