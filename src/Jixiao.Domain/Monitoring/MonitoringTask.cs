namespace Jixiao.Domain.Monitoring;

/// <summary>
/// 绩效运行监控表 (one monitoring task): what a unit reports for one project or for the whole
/// department as of a date: funds by source, and per indicator the value reached so far, the
/// forecast for the year and the reasons for any deviation (CYCLE §3). The file schema (YAML,
/// JSON, JSON Lines) is documented in docs/monitoring.md.
/// </summary>
public sealed record MonitoringTask
{
    /// <summary>单位名称.</summary>
    public required string Unit { get; init; }

    /// <summary>单位编码.</summary>
    public string? UnitCode { get; init; }

    public required int Year { get; init; }

    public required EvaluationKind Kind { get; init; }

    /// <summary>项目名称 (projects).</summary>
    public string? ProjectName { get; init; }

    /// <summary>项目编码 (projects).</summary>
    public string? ProjectCode { get; init; }

    /// <summary>监控时点 (data as of this date, e.g. 2026-07-31).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>报送截止日期.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>报送日期; null while the unit has not submitted.</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>Id of the monitoring settings (预警规则) to apply; the built-in default when null.</summary>
    public string? SettingsId { get; init; }

    /// <summary>资金来源: budget and spending so far, in 万元.</summary>
    public IReadOnlyList<MonitoredFunds> Funds { get; init; } = [];

    /// <summary>绩效指标 with their progress.</summary>
    public IReadOnlyList<MonitoredIndicator> Indicators { get; init; } = [];

    /// <summary>全年绩效目标能否完成; null when not answered.</summary>
    public bool? GoalExpectedMet { get; init; }

    /// <summary>不能完成的原因 (required when <see cref="GoalExpectedMet"/> is false).</summary>
    public string? GoalNotMetReason { get; init; }

    /// <summary>预算执行偏差原因 (required when the budget light is red or yellow).</summary>
    public string? BudgetDeviationReason { get; init; }

    /// <summary>预算执行纠偏措施.</summary>
    public string? BudgetMeasure { get; init; }
}

/// <summary>One fund source of a monitored budget (财政拨款, 自有资金, 事业收入, 其他), in 万元.</summary>
public sealed record MonitoredFunds
{
    /// <summary>资金来源.</summary>
    public required string Source { get; init; }

    /// <summary>年初预算.</summary>
    public decimal? Initial { get; init; }

    /// <summary>调整 (positive or negative).</summary>
    public decimal? Adjustment { get; init; }

    /// <summary>调整后预算; when absent, 年初预算 + 调整.</summary>
    public decimal? Adjusted { get; init; }

    /// <summary>累计支出 up to the monitoring date.</summary>
    public decimal? Spent { get; init; }

    /// <summary>The budget the light divides by: 调整后预算, else 年初预算 + 调整, else 年初预算.</summary>
    public decimal? EffectiveBudget() => Adjusted ?? (Initial is { } i ? i + (Adjustment ?? 0m) : null);
}

/// <summary>One indicator of a monitoring task: its annual target and its progress.</summary>
public sealed record MonitoredIndicator
{
    /// <summary>一级指标.</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标.</summary>
    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标名称.</summary>
    public required string Name { get; init; }

    /// <summary>指标性质.</summary>
    public IndicatorOperator Operator { get; init; } = IndicatorOperator.AtLeast;

    /// <summary>年度指标值 (numeric target; null for 定性).</summary>
    public decimal? Target { get; init; }

    /// <summary>年度指标值 as written.</summary>
    public string? TargetText { get; init; }

    /// <summary>度量单位.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Whether the value accumulates through the year (counts, amounts: compared with the target
    /// pro-rated by months) or is a level (rates, scores: compared with the whole target). Null: decided
    /// by the unit (<see cref="MonitoringSettings.LevelUnits"/>).
    /// </summary>
    public bool? Cumulative { get; init; }

    /// <summary>当前完成值.</summary>
    public decimal? Current { get; init; }

    /// <summary>全年预计完成值.</summary>
    public decimal? Forecast { get; init; }

    /// <summary>定性: progress so far (达成 / 部分达成 / 未达成).</summary>
    public QualitativeAnswer? Progress { get; init; }

    /// <summary>完成可能性 (e.g. 确定能 / 有可能 / 完全不可能; the allowed words are settings).</summary>
    public string? Likelihood { get; init; }

    /// <summary>偏差原因 codes (multi-select; the allowed codes are settings).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>偏差原因 as text.</summary>
    public string? ReasonText { get; init; }

    /// <summary>纠偏措施.</summary>
    public string? Measure { get; init; }
}
