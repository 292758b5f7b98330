namespace Jixiao.Domain.Frameworks;

/// <summary>
/// 预算执行率: weight × (executed / budget), capped at the weight when the framework says so.
/// The budget is 调整后预算 or 年初预算 (<see cref="Basis"/>, else the framework setting).
/// A leaf input may give the rate directly (value, in percent) or numerator and denominator.
/// </summary>
public sealed record ExecutionRateRule : ScoringRule
{
    public const string KindId = "execution-rate";

    /// <summary>Overrides <see cref="FrameworkSettings.ExecutionBasis"/> for this leaf.</summary>
    public BudgetBasis? Basis { get; init; }

    public override string Kind => KindId;

    public override string DisplayName => "预算执行率";
}

/// <summary>How the goal-completion rule turns the goals' scores into the leaf's score.</summary>
public enum GoalDerivation
{
    /// <summary>weight × Σ goal scores / Σ goal weights (goals without weights count 1 each).</summary>
    Weighted,

    /// <summary>weight × mean of the goals' completion rates (every goal counts the same).</summary>
    Equal,
}

/// <summary>
/// 部门整体绩效目标产出/效益指标完成情况: derived from the unit's declared goal indicators of the
/// given level-1 classes; each goal is scored by its operator rule (正向/反向/等于/定性).
/// </summary>
public sealed record GoalCompletionRule : ScoringRule
{
    public const string KindId = "goal-completion";

    /// <summary>一级指标 classes taken (e.g. 产出指标).</summary>
    public required IReadOnlyList<string> Level1 { get; init; }

    public GoalDerivation Derivation { get; init; } = GoalDerivation.Weighted;

    public override string Kind => KindId;

    public override string DisplayName => "绩效目标完成情况";
}

/// <summary>
/// Project frameworks: the leaf stands for the unit's own indicators of the given level-1 classes
/// (all of them when <see cref="Level1"/> is empty). Their weights must sum to the leaf's weight;
/// the leaf's score is the sum of their scores.
/// </summary>
public sealed record DeclaredIndicatorsRule : ScoringRule
{
    public const string KindId = "declared-indicators";

    public IReadOnlyList<string> Level1 { get; init; } = [];

    public override string Kind => KindId;

    public override string DisplayName => "单位申报的绩效指标";
}

/// <summary>A measured leaf with an operator and target fixed by the framework; the value comes from the leaf input.</summary>
public sealed record MeasuredRule : ScoringRule
{
    public const string KindId = "measured";

    public required IndicatorOperator Operator { get; init; }

    public required decimal Target { get; init; }

    public string? Unit { get; init; }

    public override string Kind => KindId;

    public override string DisplayName => "定量指标";
}

/// <summary>How a ratio is turned into points.</summary>
public enum RatioScoring
{
    /// <summary>weight × ratio, capped at the weight.</summary>
    Proportional,

    /// <summary>Full when the ratio meets the threshold, else deduct per percentage point (or 0).</summary>
    Threshold,

    /// <summary>The first matching step of a table gives the points.</summary>
    Steps,
}

/// <summary>A threshold: ratio (in percent) compared with <see cref="Percent"/>; when missed, <see cref="DeductPerPoint"/> per percentage point (null: zero).</summary>
public sealed record RatioThreshold(IndicatorOperator Operator, decimal Percent, decimal? DeductPerPoint);

/// <summary>One row of a step table: when the ratio (percent) satisfies Operator Percent, the leaf gets Points.</summary>
public sealed record RatioStep(IndicatorOperator Operator, decimal Percent, decimal Points);

/// <summary>
/// 比率指标 (结转结余率, 公用经费控制率, "三公"经费控制率, 固定资产利用率 ...): numerator / denominator,
/// each a named budget field (<see cref="BudgetFields"/>) or, when not named, the leaf input; the
/// leaf input may also give the ratio directly (value, in percent).
/// </summary>
public sealed record RatioRule : ScoringRule
{
    public const string KindId = "ratio";

    /// <summary>Budget field path, e.g. <c>budget.carryOver</c>; null: the leaf input's numerator.</summary>
    public string? Numerator { get; init; }

    /// <summary>Budget field path, e.g. <c>budget.adjusted</c>; null: the leaf input's denominator.</summary>
    public string? Denominator { get; init; }

    public RatioScoring Scoring { get; init; } = RatioScoring.Proportional;

    public RatioThreshold? Threshold { get; init; }

    public IReadOnlyList<RatioStep> Steps { get; init; } = [];

    public override string Kind => KindId;

    public override string DisplayName => "比率指标";
}

/// <summary>合规性指标: full weight less the deductions entered with reasons, never below 0.</summary>
public sealed record ComplianceRule : ScoringRule
{
    public const string KindId = "compliance";

    public override string Kind => KindId;

    public override string DisplayName => "合规性扣分";
}

/// <summary>定性指标: the answer fixes the allowed range (framework settings); the score must lie within it.</summary>
public sealed record QualitativeRule : ScoringRule
{
    public const string KindId = "qualitative";

    public override string Kind => KindId;

    public override string DisplayName => "定性评价";
}

/// <summary>The rule kinds a framework file may name.</summary>
public static class RuleKinds
{
    public static IReadOnlyList<string> All { get; } =
    [
        ExecutionRateRule.KindId, GoalCompletionRule.KindId, DeclaredIndicatorsRule.KindId, MeasuredRule.KindId,
        RatioRule.KindId, ComplianceRule.KindId, QualitativeRule.KindId,
    ];
}

/// <summary>Budget fields a ratio rule can name (<c>budget.carryOver</c>, <c>budget.publicExpense.executed</c> ...).</summary>
public static class BudgetFields
{
    private static readonly Dictionary<string, (string Name, Func<Evaluations.BudgetFigures, decimal?> Read)> Fields = new(StringComparer.Ordinal)
    {
        ["budget.initial"] = ("年初预算", b => b.Initial),
        ["budget.adjusted"] = ("调整后预算", b => b.Adjusted),
        ["budget.executed"] = ("预算执行数", b => b.Executed),
        ["budget.carryOver"] = ("结转结余", b => b.CarryOver),
        ["budget.fixedAssetsInUse"] = ("在用固定资产", b => b.FixedAssetsInUse),
        ["budget.fixedAssetsTotal"] = ("固定资产总额", b => b.FixedAssetsTotal),
        ["budget.basic.budget"] = ("基本支出预算", b => b.Basic.Budget),
        ["budget.basic.executed"] = ("基本支出执行数", b => b.Basic.Executed),
        ["budget.project.budget"] = ("项目支出预算", b => b.Project.Budget),
        ["budget.project.executed"] = ("项目支出执行数", b => b.Project.Executed),
        ["budget.personnel.budget"] = ("人员经费预算", b => b.Personnel.Budget),
        ["budget.personnel.executed"] = ("人员经费执行数", b => b.Personnel.Executed),
        ["budget.publicExpense.budget"] = ("公用经费预算", b => b.PublicExpense.Budget),
        ["budget.publicExpense.executed"] = ("公用经费实际支出", b => b.PublicExpense.Executed),
        ["budget.threePublic.budget"] = ("“三公”经费预算", b => b.ThreePublic.Budget),
        ["budget.threePublic.executed"] = ("“三公”经费实际支出", b => b.ThreePublic.Executed),
        ["budget.procurement.budget"] = ("政府采购预算", b => b.Procurement.Budget),
        ["budget.procurement.executed"] = ("政府采购实际执行", b => b.Procurement.Executed),
    };

    public static IEnumerable<string> Paths => Fields.Keys;

    public static bool IsKnown(string path) => Fields.ContainsKey(path);

    public static string Name(string path) => Fields.TryGetValue(path, out var f) ? f.Name : path;

    public static decimal? Read(string path, Evaluations.BudgetFigures budget) =>
        Fields.TryGetValue(path, out var f) ? f.Read(budget) : null;
}
