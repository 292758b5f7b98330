namespace Jixiao.Domain.Evaluations;

/// <summary>
/// 自评 (one self-evaluation): a unit's figures, declared goals, per-leaf inputs and narrative
/// for one year against one framework. The file schema (YAML/JSON) is documented in
/// docs/evaluation-format.md; property names there are the camelCase of these.
/// </summary>
public sealed record Evaluation
{
    /// <summary>单位名称 (budget unit).</summary>
    public required string Unit { get; init; }

    /// <summary>单位编码 / 预算编码.</summary>
    public string? UnitCode { get; init; }

    /// <summary>主管部门 (the supervising department; for projects and subordinate units).</summary>
    public string? Department { get; init; }

    public required int Year { get; init; }

    public required EvaluationKind Kind { get; init; }

    /// <summary>Id of the 评分表, e.g. <c>gz-district-dept-2022</c>.</summary>
    public required string FrameworkId { get; init; }

    /// <summary>项目名称 (projects only).</summary>
    public string? ProjectName { get; init; }

    /// <summary>项目编码 (projects only).</summary>
    public string? ProjectCode { get; init; }

    /// <summary>Number of units covered (单位数), department evaluations.</summary>
    public int? UnitCount { get; init; }

    public BudgetFigures Budget { get; init; } = new();

    /// <summary>年度（整体）绩效目标 as text.</summary>
    public string? OverallGoal { get; init; }

    /// <summary>（整体）绩效目标完成情况 as text.</summary>
    public string? GoalCompletion { get; init; }

    /// <summary>Declared goal indicators (绩效指标) with their actual values.</summary>
    public IReadOnlyList<GoalIndicator> Goals { get; init; } = [];

    /// <summary>The approved goals this evaluation was created from (carried over read-only; checked against <see cref="Goals"/>).</summary>
    public Jixiao.Domain.Goals.ApprovedGoalSet? ApprovedGoals { get; init; }

    /// <summary>Inputs of framework leaves, by leaf code.</summary>
    public IReadOnlyDictionary<string, LeafInput> Inputs { get; init; } = new Dictionary<string, LeafInput>();

    public Narrative Narrative { get; init; } = new();

    /// <summary>机构、编制与实有人数 (internal bodies, authorised and actual staff); null when not given.</summary>
    public Organization? Organization { get; init; }

    /// <summary>上年问题整改情况: last year's problems and what became of each.</summary>
    public IReadOnlyList<RectificationItem> PreviousProblems { get; init; } = [];

    /// <summary>Date the evaluation was signed off (填报日期, the date of the 落款), if known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>落款单位 (the unit that signs the report); the report uses <see cref="Unit"/> when null.</summary>
    public string? SigningUnit { get; init; }
}

/// <summary>机构设置与人员编制 of a unit (DOMAIN §9 部门概况). Every field is optional.</summary>
public sealed record Organization
{
    /// <summary>内设机构 by name (办公室, 组织宣教科 …).</summary>
    public IReadOnlyList<string> InternalBodies { get; init; } = [];

    /// <summary>内设机构数 when only the count is known; must equal the number of names when both are given.</summary>
    public int? InternalBodyCount { get; init; }

    /// <summary>编制数 (authorised posts).</summary>
    public int? StaffQuota { get; init; }

    /// <summary>实有人数 (staff actually in post).</summary>
    public int? StaffActual { get; init; }

    /// <summary>The number of internal bodies: the count given, else the number of names; null when neither.</summary>
    public int? BodyCount() => InternalBodyCount ?? (InternalBodies.Count > 0 ? InternalBodies.Count : null);
}

/// <summary>整改情况 of one problem named in last year's evaluation (or its review).</summary>
public sealed record RectificationItem
{
    /// <summary>上年存在的问题.</summary>
    public required string Problem { get; init; }

    /// <summary>整改措施 taken.</summary>
    public string? Measure { get; init; }

    /// <summary>整改状态: 已整改, 整改中, 未整改.</summary>
    public RectificationStatus? Status { get; init; }

    /// <summary>说明: the effect, the reason it is not done, the expected date.</summary>
    public string? Note { get; init; }
}

/// <summary>A budget and what was executed of it, in 万元.</summary>
public sealed record BudgetLine(decimal? Budget = null, decimal? Executed = null);

/// <summary>
/// A named amount (a function class, an income source), in 万元: <see cref="Amount"/> is the final
/// figure (决算数, what was actually received or spent); <see cref="Budget"/> the budgeted one (预算数), when known.
/// </summary>
public sealed record NamedAmount(string Name, decimal Amount)
{
    /// <summary>预算数 (optional; the published 收入预算与决算 tables give both).</summary>
    public decimal? Budget { get; init; }
}

/// <summary>One fund source of a project's budget block (财政资金, 财政专户管理资金, 单位资金, 其他资金).</summary>
public sealed record FundSourceLine(string Name, decimal? Initial, decimal? Adjusted, decimal? Executed);

/// <summary>预算与执行 figures, in 万元 (DOMAIN §3). Every field is optional: frameworks say which they need.</summary>
public sealed record BudgetFigures
{
    /// <summary>年初预算.</summary>
    public decimal? Initial { get; init; }

    /// <summary>调整后预算 / 全年预算.</summary>
    public decimal? Adjusted { get; init; }

    /// <summary>执行数 / 决算数 / 支出数.</summary>
    public decimal? Executed { get; init; }

    /// <summary>基本支出 (budget and executed).</summary>
    public BudgetLine Basic { get; init; } = new();

    /// <summary>项目支出 (budget and executed).</summary>
    public BudgetLine Project { get; init; } = new();

    /// <summary>人员经费.</summary>
    public BudgetLine Personnel { get; init; } = new();

    /// <summary>公用经费.</summary>
    public BudgetLine PublicExpense { get; init; } = new();

    /// <summary>"三公"经费.</summary>
    public BudgetLine ThreePublic { get; init; } = new();

    /// <summary>政府采购 (planned and executed).</summary>
    public BudgetLine Procurement { get; init; } = new();

    /// <summary>结转结余.</summary>
    public decimal? CarryOver { get; init; }

    /// <summary>在用固定资产.</summary>
    public decimal? FixedAssetsInUse { get; init; }

    /// <summary>固定资产总额.</summary>
    public decimal? FixedAssetsTotal { get; init; }

    /// <summary>支出按功能分类 (类).</summary>
    public IReadOnlyList<NamedAmount> ByFunction { get; init; } = [];

    /// <summary>收入按来源.</summary>
    public IReadOnlyList<NamedAmount> IncomeBySource { get; init; } = [];

    /// <summary>
    /// 年度预算资金类别 amounts by name that are no other budget field (专项资金, 其他事业发展支出, 区本级资金,
    /// 上级补助资金 …): the columns the framework's score table names (<c>settings.budgetCategories</c>).
    /// </summary>
    public IReadOnlyList<NamedAmount> Categories { get; init; } = [];

    /// <summary>Project budget block by fund source.</summary>
    public IReadOnlyList<FundSourceLine> BySource { get; init; } = [];

    /// <summary>A rate the source document states (e.g. 80.2 for "完成预算的80.2%"), in percent; checked, never used for scoring.</summary>
    public decimal? StatedRatePercent { get; init; }
}

/// <summary>
/// 绩效指标 declared by the unit (三级指标 with its level-1 and level-2 class), and its result.
/// </summary>
public sealed record GoalIndicator
{
    /// <summary>一级指标: 产出指标, 效益指标, 满意度指标, 成本指标.</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标 ...</summary>
    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标名称.</summary>
    public required string Name { get; init; }

    /// <summary>指标性质.</summary>
    public IndicatorOperator Operator { get; init; } = IndicatorOperator.AtLeast;

    /// <summary>指标值 as numeric target; null for 定性 or when only text was given.</summary>
    public decimal? Target { get; init; }

    /// <summary>指标值 as written (e.g. "≥95%", "按期完成"); kept for display and lint.</summary>
    public string? TargetText { get; init; }

    /// <summary>度量单位.</summary>
    public string? Unit { get; init; }

    /// <summary>完成值.</summary>
    public decimal? Actual { get; init; }

    /// <summary>完成值 as written, when not a number (定性, "5200余人次").</summary>
    public string? ActualText { get; init; }

    /// <summary>权重 / 分值.</summary>
    public decimal Weight { get; init; }

    /// <summary>定性: the answer.</summary>
    public QualitativeAnswer? Answer { get; init; }

    /// <summary>定性: the score chosen within the answer's range; or a stated score from a source document.</summary>
    public decimal? Score { get; init; }

    /// <summary>偏差原因 / 未完成原因.</summary>
    public string? Reason { get; init; }

    /// <summary>改进措施.</summary>
    public string? Measure { get; init; }

    /// <summary>Has a satisfaction survey (问卷/调查) behind it; lint asks for it on 100 % satisfaction.</summary>
    public string? Basis { get; init; }
}

/// <summary>A deduction (扣分) with its reason, by the unit or by the reviewer.</summary>
public sealed record Deduction(decimal Points, string Reason);

/// <summary>Input of one framework leaf.</summary>
public sealed record LeafInput
{
    /// <summary>不适用.</summary>
    public bool NotApplicable { get; init; }

    /// <summary>A measured value for ratio or measured rules (e.g. a rate in percent).</summary>
    public decimal? Value { get; init; }

    /// <summary>Ratio numerator and denominator when entered directly.</summary>
    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    /// <summary>定性 answer.</summary>
    public QualitativeAnswer? Answer { get; init; }

    /// <summary>A chosen score (定性 within its range, or a manual score where the rule allows it).</summary>
    public decimal? Score { get; init; }

    /// <summary>Self deductions with reasons (compliance rules).</summary>
    public IReadOnlyList<Deduction> Deductions { get; init; } = [];

    /// <summary>复核: the reviewer's deductions, kept apart from the self score.</summary>
    public IReadOnlyList<Deduction> ReviewDeductions { get; init; } = [];

    /// <summary>未达标原因.</summary>
    public string? Reason { get; init; }

    /// <summary>改进措施.</summary>
    public string? Measure { get; init; }
}

/// <summary>Narrative sections of the 自评报告 (DOMAIN §9). Null: not written yet.</summary>
public sealed record Narrative
{
    /// <summary>（一）部门概况: duties, internal bodies, staffing.</summary>
    public string? Overview { get; init; }

    /// <summary>（二）年度总体工作和重点工作任务.</summary>
    public string? Tasks { get; init; }

    /// <summary>（三）部门整体收支情况: text added after the figures the report composes.</summary>
    public string? Finances { get; init; }

    /// <summary>（四）部门整体绩效管理情况.</summary>
    public string? Management { get; init; }

    /// <summary>各项工作任务绩效目标完成情况.</summary>
    public string? GoalAnalysis { get; init; }

    /// <summary>各重点任务项目支出完成情况.</summary>
    public string? ProjectAnalysis { get; init; }

    /// <summary>主要工作成效.</summary>
    public string? Achievements { get; init; }

    /// <summary>三、存在的主要问题.</summary>
    public string? Problems { get; init; }

    /// <summary>四、下一步改进措施.</summary>
    public string? Measures { get; init; }

    /// <summary>五、其他.</summary>
    public string? Other { get; init; }

    /// <summary>自评工作开展情况: how the self-evaluation was organised (who, when, what was checked).</summary>
    public string? SelfEvaluation { get; init; }

    /// <summary>自评结果应用: how the results are used (budget, rectification, publication).</summary>
    public string? ResultUse { get; init; }

    /// <summary>
    /// 管理效率 analysed by sub-area: text per level-2 indicator of the framework (预算编制, 预算执行,
    /// 信息公开 …), keyed by its name or its code (<c>2.1</c>). The framework decides which sub-areas exist.
    /// </summary>
    public IReadOnlyDictionary<string, string> ManagementAreas { get; init; } = new Dictionary<string, string>();

    /// <summary>True when no section holds text.</summary>
    public bool IsEmpty() =>
        new[] { Overview, Tasks, Finances, Management, GoalAnalysis, ProjectAnalysis, Achievements, Problems, Measures, Other, SelfEvaluation, ResultUse }
            .All(string.IsNullOrWhiteSpace) && ManagementAreas.Count == 0;
}
