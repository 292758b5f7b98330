namespace Jixiao.Domain.Frameworks;

/// <summary>
/// 评分表 (scoring framework): a versioned tree of weighted indicators for one region and year.
/// Built-in frameworks live as YAML under frameworks/ and are loaded and validated by
/// <c>FrameworkLoader</c>; nothing about a region is known outside its file.
/// </summary>
public sealed record Framework
{
    /// <summary>Stable id, e.g. <c>gz-district-dept-2022</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Chinese title, e.g. 部门整体支出绩效自评指标评分表.</summary>
    public required string Name { get; init; }

    public string Region { get; init; } = string.Empty;

    /// <summary>First year the framework applies to; null when it is not tied to a year.</summary>
    public int? Year { get; init; }

    public int Version { get; init; } = 1;

    public required EvaluationKind Kind { get; init; }

    /// <summary>Sum of the root indicators' weights (usually 100).</summary>
    public decimal TotalWeight { get; init; } = 100m;

    public FrameworkSettings Settings { get; init; } = new();

    public GradeScale Grades { get; init; } = GradeScale.Default;

    /// <summary>一级指标 and below.</summary>
    public required IReadOnlyList<IndicatorNode> Indicators { get; init; }

    /// <summary>Every node, depth first, parents before children.</summary>
    public IEnumerable<IndicatorNode> AllNodes() => Indicators.SelectMany(n => n.SelfAndDescendants());

    public IEnumerable<IndicatorNode> Leaves() => AllNodes().Where(n => n.IsLeaf);

    public IndicatorNode? Find(string code) => AllNodes().FirstOrDefault(n => string.Equals(n.Code, code, StringComparison.Ordinal));
}

/// <summary>
/// One indicator of a framework (一级/二级/三级指标). A leaf carries a <see cref="Rule"/>;
/// a parent's score is the sum of its children.
/// </summary>
public sealed record IndicatorNode
{
    /// <summary>Stable code, unique in the framework, e.g. <c>2.5.2</c> or <c>LZXN-ZTXN-ZCL</c>.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>分值 (weight, in points).</summary>
    public required decimal Weight { get; init; }

    /// <summary>指标解释.</summary>
    public string? Explanation { get; init; }

    /// <summary>
    /// True when the name is a placeholder for a name the source lost (e.g. the Haizhu 2022 采购管理
    /// leaf); a bureau edits it. Documents show it marked.
    /// </summary>
    public bool NameIsPlaceholder { get; init; }

    /// <summary>Scoring rule of a leaf; null on parents.</summary>
    public ScoringRule? Rule { get; init; }

    public IReadOnlyList<IndicatorNode> Children { get; init; } = [];

    public bool IsLeaf => Children.Count == 0;

    public IEnumerable<IndicatorNode> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.SelfAndDescendants())
            {
                yield return node;
            }
        }
    }
}

/// <summary>
/// 评分规则 of a leaf. Concrete rules are in Rules.cs; <see cref="Kind"/> is the id used in
/// framework files (e.g. <c>execution-rate</c>) and <see cref="DisplayName"/> the Chinese name.
/// </summary>
public abstract record ScoringRule
{
    public abstract string Kind { get; }

    public abstract string DisplayName { get; }
}

/// <summary>How a not-applicable (不适用) leaf is treated.</summary>
public enum NotApplicablePolicy
{
    /// <summary>Excluded; the other leaves are rescaled so the total keeps its maximum.</summary>
    Rescale,

    /// <summary>Given full marks.</summary>
    FullMarks,
}

/// <summary>Which budget an execution rate divides by.</summary>
public enum BudgetBasis
{
    /// <summary>调整后预算 / 全年预算.</summary>
    Adjusted,

    /// <summary>年初预算.</summary>
    Initial,
}

/// <summary>Allowed share of the weight for each qualitative answer, as fractions (0.8–1.0 …).</summary>
public sealed record QualitativeRange(decimal Min, decimal Max);

/// <summary>
/// One column of the score table's 年度预算资金类别 block: its group heading (may be empty), its name and the
/// budget field it shows (<see cref="BudgetFields"/>); without a field, the evaluation's
/// <c>budget.categories</c> amount of the same name.
/// </summary>
public sealed record BudgetCategoryColumn(string Group, string Name, string? Field);

/// <summary>Framework-wide settings: every default of DOMAIN §6 is one of these.</summary>
public sealed record FrameworkSettings
{
    /// <summary>预算执行率 score capped at the weight.</summary>
    public bool CapExecutionScore { get; init; } = true;

    public BudgetBasis ExecutionBasis { get; init; } = BudgetBasis.Adjusted;

    public NotApplicablePolicy NotApplicable { get; init; } = NotApplicablePolicy.Rescale;

    public QualitativeRange Achieved { get; init; } = new(0.8m, 1.0m);

    public QualitativeRange PartlyAchieved { get; init; } = new(0.6m, 0.8m);

    public QualitativeRange NotAchieved { get; init; } = new(0m, 0.6m);

    /// <summary>Actual ≥ this percentage of the target needs a written explanation (130 by default); null: no rule.</summary>
    public decimal? OverAchievementPercent { get; init; } = 130m;

    /// <summary>反向 scoring: zero from this multiple of the target (2 by default).</summary>
    public decimal NegativeCutoffMultiple { get; init; } = 2m;

    /// <summary>反向 variant: weight × target / actual instead of the linear cut.</summary>
    public bool NegativeUsesTargetOverActual { get; init; }

    /// <summary>Report outline puts the score (自评结论) before 基本情况.</summary>
    public bool ReportScoreFirst { get; init; }

    /// <summary>Id of the report outline (report-templates/&lt;id&gt;.yaml); null: the standard outline of the framework's kind.</summary>
    public string? ReportTemplate { get; init; }

    /// <summary>Execution rate below this percentage needs a written reason (90 by default).</summary>
    public decimal ExecutionReasonBelowPercent { get; init; } = 90m;

    /// <summary>
    /// The 年度预算资金类别 columns of the department score table (a region's layout, e.g. the Guangzhou
    /// 部门预算 / 事业发展支出 / 按预算级次 columns); empty: 基本支出 and 项目支出 only.
    /// </summary>
    public IReadOnlyList<BudgetCategoryColumn> BudgetCategories { get; init; } = [];

    /// <summary>Reviewer checks (thresholds, tolerances, vague words, disabled checks) for this framework.</summary>
    public Checks.CheckSettings Checks { get; init; } = new();

    /// <summary>Goal declarations (绩效目标申报) for this framework: indicator tree, required classes, goal-check words.</summary>
    public Goals.GoalSettings Goals { get; init; } = new();

    /// <summary>
    /// A leaf without computable inputs may carry the score the unit states (as published tables
    /// do); it is checked against [0, weight] and marked as stated in the explanation. False: such
    /// a leaf is an error.
    /// </summary>
    public bool AcceptStatedScores { get; init; } = true;

    public QualitativeRange RangeFor(QualitativeAnswer answer) => answer switch
    {
        QualitativeAnswer.Achieved => Achieved,
        QualitativeAnswer.PartlyAchieved => PartlyAchieved,
        QualitativeAnswer.NotAchieved => NotAchieved,
    };
}
