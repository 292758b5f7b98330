using Jixiao.Domain;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Data.Entities;

/// <summary>
/// 监控任务下达 (a monitoring round) as stored: a bureau's round for a fiscal year, with the monitoring date, the deadline,
/// the scope and the warning rules (预警规则) it applies. Per bureau and year (DOMAIN §13).
/// </summary>
public sealed class MonitoringRoundRecord
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    /// <summary>e.g. 2026 年度绩效运行监控（1–7 月）.</summary>
    public required string Name { get; set; }

    /// <summary>监控时点.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>报送截止日期.</summary>
    public DateOnly Deadline { get; set; }

    public RoundScope Scope { get; set; }

    /// <summary>For <see cref="RoundScope.ProjectsAbove"/>, in 万元.</summary>
    public decimal? MinimumAmount { get; set; }

    /// <summary>For <see cref="RoundScope.KeyProjects"/>: project codes or names, one a line.</summary>
    public string? KeyProjects { get; set; }

    /// <summary>The 预警规则 id (monitoring/*.yaml).</summary>
    public required string SettingsId { get; set; }

    public int TaskCount { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// 监控任务 as stored: the unit's monitoring form (<see cref="MonitoringTask"/> as JSON, the schema of docs/monitoring.md) plus
/// the columns the queue, the dashboard and the exports read without opening it (unit, project, function class, lights, counts,
/// spending, state, dates). The lights are recomputed on every save; the deadline light, which depends on today, is computed
/// when shown. <see cref="Version"/> is the optimistic concurrency token.
/// </summary>
public sealed class MonitoringTaskRecord
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int RoundId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The approved goal declaration (version) the task was generated from.</summary>
    public int DeclarationId { get; set; }

    public EvaluationKind Kind { get; set; }

    public required string UnitName { get; set; }

    /// <summary>Project name, or the unit name for a department task.</summary>
    public required string Title { get; set; }

    public string? ProjectCode { get; set; }

    /// <summary>功能分类 (类) of the declaration, for the dashboard; null when the declaration named none.</summary>
    public string? FunctionClass { get; set; }

    /// <summary>The round's deadline (kept on the task so that queue filters need no join).</summary>
    public DateOnly Deadline { get; set; }

    public MonitoringTaskState State { get; set; }

    /// <summary>The task as JSON (MonitoringSerializer's schema).</summary>
    public required string Content { get; set; }

    /// <summary>The worst of the budget and indicator lights (<see cref="MonitoringResult.Overall"/>).</summary>
    public Light OverallLight { get; set; }

    /// <summary><see cref="LightText.Severity"/> of <see cref="OverallLight"/> (5 逾期 … 0 无法判断): the queue's order.</summary>
    public int OverallRank { get; set; }

    public Light BudgetLight { get; set; }

    /// <summary>v of the budget light (execution against time), percent.</summary>
    public decimal? BudgetPercent { get; set; }

    /// <summary>执行率 = 累计支出 ÷ 预算, percent.</summary>
    public decimal? ExecutionRate { get; set; }

    /// <summary>执行率 in tens of percent (0 for 0–9.99 %, … 12 for 120 % and above); null when unknown. For the dashboard's histogram.</summary>
    public int? ExecutionBucket { get; set; }

    /// <summary>预算数 (调整后) of all sources, 万元.</summary>
    public decimal? BudgetTotal { get; set; }

    /// <summary>累计支出 of all sources, 万元.</summary>
    public decimal? SpentTotal { get; set; }

    public int RedCount { get; set; }

    public int YellowCount { get; set; }

    public int BlueCount { get; set; }

    /// <summary>Findings of the analyzer (missing reasons and measures, unknown codes).</summary>
    public int FindingCount { get; set; }

    /// <summary>The indicator furthest behind (lowest v among red and yellow ones; null when none is).</summary>
    public string? WorstIndicator { get; set; }

    public int? WorstIndex { get; set; }

    public decimal? WorstPercent { get; set; }

    /// <summary><see cref="WorstPercent"/> in hundredths of a percent, for ordering on every provider (SQLite cannot order decimals).</summary>
    public int? WorstOrder { get; set; }

    /// <summary>报送日期 (first submission).</summary>
    public DateOnly? SubmittedOn { get; set; }

    /// <summary>First submitted after the deadline (逾期报送).</summary>
    public bool SubmittedLate { get; set; }

    /// <summary>Last 退回 comment.</summary>
    public string? ReturnComment { get; set; }

    /// <summary>The latest follow-up decision, for the queue.</summary>
    public FollowUpKind? FollowUp { get; set; }

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}

/// <summary>跟进处理: one decision of the bureau on a task, with its reason (and the rectification item it issued).</summary>
public sealed class MonitoringFollowUpRecord
{
    public int Id { get; set; }

    public int BureauId { get; set; }

    public int Year { get; set; }

    public int TaskId { get; set; }

    public FollowUpKind Kind { get; set; }

    public required string Reason { get; set; }

    /// <summary>The rectification item issued (整改事项, source 监控预警), for <see cref="FollowUpKind.Rectification"/>.</summary>
    public int? RectificationId { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
