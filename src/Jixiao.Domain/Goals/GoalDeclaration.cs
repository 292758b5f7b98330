using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Goals;

/// <summary>
/// 绩效目标申报 (a goal declaration made with the budget): a department's 部门整体绩效目标 or a project's
/// 项目绩效目标申报表 (CYCLE §2). The file schema (YAML/JSON) is documented in docs/goal-format.md; property
/// names there are the camelCase of these.
/// </summary>
public sealed record GoalDeclaration
{
    /// <summary>单位名称 (the declaring unit; for projects the 实施单位 when no other is named).</summary>
    public required string Unit { get; init; }

    /// <summary>单位编码 / 预算编码.</summary>
    public string? UnitCode { get; init; }

    /// <summary>主管部门.</summary>
    public string? Department { get; init; }

    /// <summary>The budget year the goals are declared for.</summary>
    public required int Year { get; init; }

    public required EvaluationKind Kind { get; init; }

    /// <summary>The 评分表 the year-end self-evaluation will use; its goal settings say which levels are required.</summary>
    public required string FrameworkId { get; init; }

    /// <summary>功能分类 类 (行业领域 of the indicator library), e.g. 一般公共服务支出.</summary>
    public string? FunctionClass { get; init; }

    /// <summary>功能分类 款 (行业类别), e.g. 组织事务.</summary>
    public string? FunctionSection { get; init; }

    /// <summary>资金用途, e.g. 培训, 信息化建设, 工程建设.</summary>
    public string? FundUse { get; init; }

    /// <summary>部门职责 (department goal tables).</summary>
    public string? Duties { get; init; }

    /// <summary>项目 details (project declarations only).</summary>
    public ProjectInfo? Project { get; init; }

    /// <summary>Funds by source in 万元 (财政拨款, 自有资金, 事业收入, 其他).</summary>
    public IReadOnlyList<NamedAmount> Funds { get; init; } = [];

    /// <summary>年度绩效目标 and its indicator table (for departments: 年度总体目标).</summary>
    public GoalSection Annual { get; init; } = new();

    /// <summary>中长期（实施期）绩效目标 and its own indicator table (projects).</summary>
    public GoalSection? LongTerm { get; init; }

    /// <summary>The annual and the long-term indicators with their field paths (<c>annual.indicators[0]</c>).</summary>
    public IEnumerable<(string Path, DeclaredIndicator Indicator)> AllIndicators()
    {
        for (var i = 0; i < Annual.Indicators.Count; i++)
        {
            yield return (GoalPaths.Indicator("annual", i), Annual.Indicators[i]);
        }

        if (LongTerm is { } lt)
        {
            for (var i = 0; i < lt.Indicators.Count; i++)
            {
                yield return (GoalPaths.Indicator("longTerm", i), lt.Indicators[i]);
            }
        }
    }
}

/// <summary>新增 or 延续 project.</summary>
public enum ProjectStatus
{
    /// <summary>新增项目</summary>
    New,

    /// <summary>延续项目</summary>
    Continuing,
}

/// <summary>项目基本信息 of a 项目绩效目标申报表.</summary>
public sealed record ProjectInfo
{
    /// <summary>项目名称.</summary>
    public required string Name { get; init; }

    /// <summary>项目编码.</summary>
    public string? Code { get; init; }

    /// <summary>新增 / 延续.</summary>
    public ProjectStatus? Status { get; init; }

    /// <summary>实施单位.</summary>
    public string? Implementer { get; init; }

    /// <summary>项目负责人.</summary>
    public string? Manager { get; init; }

    /// <summary>项目起止时间.</summary>
    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary>立项依据.</summary>
    public string? Basis { get; init; }

    /// <summary>可行性.</summary>
    public string? Feasibility { get; init; }

    /// <summary>必要性.</summary>
    public string? Necessity { get; init; }

    /// <summary>项目实施进度计划.</summary>
    public IReadOnlyList<ScheduleItem> Schedule { get; init; } = [];
}

/// <summary>One line of the schedule: 实施内容 with its start and end.</summary>
public sealed record ScheduleItem(string Content, DateOnly? Start = null, DateOnly? End = null);

/// <summary>A goal (年度目标 or 中长期目标) as text with its own indicator table.</summary>
public sealed record GoalSection
{
    /// <summary>目标 as written.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<DeclaredIndicator> Indicators { get; init; } = [];
}

/// <summary>指标值类型.</summary>
public enum IndicatorValueType
{
    /// <summary>定量</summary>
    Quantitative,

    /// <summary>定性</summary>
    Qualitative,
}

/// <summary>Where a target value comes from (指标值设定依据 / 标准).</summary>
public enum TargetStandard
{
    /// <summary>计划标准</summary>
    Plan,

    /// <summary>历史标准 (last year's actual, or the three-year average)</summary>
    History,

    /// <summary>行业标准</summary>
    Industry,

    /// <summary>预算支出标准 (cost indicators: the target may not exceed it)</summary>
    BudgetStandard,

    /// <summary>其他标准</summary>
    Other,
}

/// <summary>
/// One declared indicator (绩效指标) of a goal table: three levels, value type, operator, target, unit,
/// 指标解释, 评(扣)分标准 and the standard its target comes from.
/// </summary>
public sealed record DeclaredIndicator
{
    /// <summary>一级指标: 产出指标, 效益指标, 满意度指标, 成本指标.</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 经济成本指标, 社会效益指标 ...</summary>
    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标名称.</summary>
    public required string Name { get; init; }

    /// <summary>指标值类型 (定量/定性); when absent it follows the operator.</summary>
    public IndicatorValueType? ValueType { get; init; }

    /// <summary>指标性质 (≥ > = ≤ &lt; 定性); null when not written (a check reports it).</summary>
    public IndicatorOperator? Operator { get; init; }

    /// <summary>指标值 as a number.</summary>
    public decimal? Target { get; init; }

    /// <summary>指标值 as written (定性 text, "≥95%").</summary>
    public string? TargetText { get; init; }

    /// <summary>度量单位.</summary>
    public string? Unit { get; init; }

    /// <summary>指标解释: what it measures, how it is computed and from which data.</summary>
    public string? Explanation { get; init; }

    /// <summary>评(扣)分标准.</summary>
    public string? ScoringStandard { get; init; }

    /// <summary>指标值设定依据 (标准).</summary>
    public TargetStandard? Standard { get; init; }

    /// <summary>The value of the standard (e.g. the 预算支出标准 in the indicator's unit, last year's actual).</summary>
    public decimal? StandardValue { get; init; }

    /// <summary>权重 / 分值, when the form has one.</summary>
    public decimal? Weight { get; init; }

    /// <summary>目标值说明: why the target is what it is (required when it is below last year's actual, and for adjustments).</summary>
    public string? Reason { get; init; }

    /// <summary>备注.</summary>
    public string? Remark { get; init; }

    /// <summary>Where the row came from when a suggestion was accepted (指标库, 上年指标); null when typed.</summary>
    public IndicatorProvenance? Provenance { get; init; }

    /// <summary>定性 when the value type or the operator says so.</summary>
    public bool IsQualitative => ValueType == IndicatorValueType.Qualitative || Operator == IndicatorOperator.Qualitative;

    /// <summary>The row as a year-end goal indicator (targets carried over; actuals to fill in).</summary>
    public GoalIndicator ToGoalIndicator() => new()
    {
        Level1 = Level1,
        Level2 = Level2,
        Name = Name,
        Operator = IsQualitative ? IndicatorOperator.Qualitative : Operator ?? IndicatorOperator.AtLeast,
        Target = IsQualitative ? null : Target,
        TargetText = TargetText,
        Unit = Unit,
        Weight = Weight ?? 0m,
        Basis = Explanation,
    };
}

/// <summary>
/// Provenance of an accepted suggestion: what suggested it (<c>指标库</c> entry, <c>上年指标</c> of the unit), its
/// reference (library entry id, last year's declaration), the reason shown, and who accepted it.
/// </summary>
public sealed record IndicatorProvenance(string Kind, string Reference, string Reason)
{
    /// <summary>Who accepted the suggestion (user name).</summary>
    public string? AcceptedBy { get; init; }
}

/// <summary>Field paths of goal documents, built in one place.</summary>
public static class GoalPaths
{
    public static string Indicator(string section, int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{section}.indicators[{index}]");
}

/// <summary>Chinese names of the goal enums, for parsing and display.</summary>
public static class GoalText
{
    public static string Name(this IndicatorValueType type) => type switch
    {
        IndicatorValueType.Quantitative => "定量",
        IndicatorValueType.Qualitative => "定性",
    };

    public static string Name(this TargetStandard standard) => standard switch
    {
        TargetStandard.Plan => "计划标准",
        TargetStandard.History => "历史标准",
        TargetStandard.Industry => "行业标准",
        TargetStandard.BudgetStandard => "预算支出标准",
        TargetStandard.Other => "其他标准",
    };

    public static string Name(this ProjectStatus status) => status switch
    {
        ProjectStatus.New => "新增项目",
        ProjectStatus.Continuing => "延续项目",
    };

    public static bool TryParseValueType(string? text, out IndicatorValueType type)
    {
        switch (text?.Trim())
        {
            case "定量" or "定量指标" or "quantitative":
                type = IndicatorValueType.Quantitative;
                return true;
            case "定性" or "定性指标" or "qualitative":
                type = IndicatorValueType.Qualitative;
                return true;
            default:
                type = default;
                return false;
        }
    }

    public static bool TryParseStandard(string? text, out TargetStandard standard)
    {
        switch (text?.Trim())
        {
            case "计划标准" or "计划" or "plan":
                standard = TargetStandard.Plan;
                return true;
            case "历史标准" or "历史" or "history":
                standard = TargetStandard.History;
                return true;
            case "行业标准" or "行业" or "industry":
                standard = TargetStandard.Industry;
                return true;
            case "预算支出标准" or "预算标准" or "支出标准" or "budget-standard":
                standard = TargetStandard.BudgetStandard;
                return true;
            case "其他标准" or "其他" or "other":
                standard = TargetStandard.Other;
                return true;
            default:
                standard = default;
                return false;
        }
    }

    public static bool TryParseProjectStatus(string? text, out ProjectStatus status)
    {
        switch (text?.Trim())
        {
            case "新增" or "新增项目" or "new":
                status = ProjectStatus.New;
                return true;
            case "延续" or "延续项目" or "continuing":
                status = ProjectStatus.Continuing;
                return true;
            default:
                status = default;
                return false;
        }
    }
}
