using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>Which declarations a monitoring round covers (the bureau chooses; CYCLE §3).</summary>
public enum RoundScope
{
    /// <summary>全部项目.</summary>
    AllProjects,

    /// <summary>项目金额达到下限的项目 (e.g. 500 万元 and more).</summary>
    ProjectsAbove,

    /// <summary>指定的重点项目 (by project code or name).</summary>
    KeyProjects,

    /// <summary>部门整体.</summary>
    Departments,

    /// <summary>项目和部门整体.</summary>
    Everything,
}

/// <summary>
/// 监控任务下达 (a round): a year, the monitoring date, the deadline, the settings and the scope. Tasks are
/// generated from approved (and adjusted) goal declarations by <see cref="MonitoringRounds.Tasks"/>.
/// </summary>
public sealed record MonitoringRoundDefinition
{
    public required int Year { get; init; }

    /// <summary>监控时点.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>报送截止日期.</summary>
    public required DateOnly Deadline { get; init; }

    public RoundScope Scope { get; init; } = RoundScope.Everything;

    /// <summary>For <see cref="RoundScope.ProjectsAbove"/>: projects whose funds total at least this many 万元.</summary>
    public decimal? MinimumAmount { get; init; }

    /// <summary>For <see cref="RoundScope.KeyProjects"/>: project codes or names.</summary>
    public IReadOnlyList<string> KeyProjects { get; init; } = [];

    /// <summary>预警规则 id; the built-in default when null.</summary>
    public string? SettingsId { get; init; }
}

/// <summary>Generates the tasks of a round from approved goal declarations.</summary>
public static class MonitoringRounds
{
    /// <summary>True when the round's scope covers this declaration.</summary>
    public static bool Covers(MonitoringRoundDefinition round, GoalDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Year != round.Year)
        {
            return false;
        }

        var project = declaration.Kind == EvaluationKind.Project;
        return round.Scope switch
        {
            RoundScope.Everything => true,
            RoundScope.Departments => !project,
            RoundScope.AllProjects => project,
            RoundScope.ProjectsAbove => project && declaration.Funds.Sum(f => f.Amount) >= (round.MinimumAmount ?? 0m),
            RoundScope.KeyProjects => project && declaration.Project is { } p &&
                round.KeyProjects.Any(k => string.Equals(k, p.Code, StringComparison.Ordinal) || string.Equals(k, p.Name, StringComparison.Ordinal)),
        };
    }

    /// <summary>
    /// The monitoring task of one approved declaration: unit, project, funds by source (the approved amounts as
    /// 年初预算; spending to be filled) and every annual indicator with its approved target, nothing to re-type.
    /// </summary>
    public static MonitoringTask Task(MonitoringRoundDefinition round, GoalDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(declaration);
        return new MonitoringTask
        {
            Unit = declaration.Unit,
            UnitCode = declaration.UnitCode,
            Year = declaration.Year,
            Kind = declaration.Kind,
            ProjectName = declaration.Project?.Name,
            ProjectCode = declaration.Project?.Code,
            AsOf = round.AsOf,
            Deadline = round.Deadline,
            SettingsId = round.SettingsId,
            Funds = [.. declaration.Funds.Select(f => new MonitoredFunds { Source = f.Name, Initial = f.Amount })],
            Indicators = [.. declaration.Annual.Indicators.Select(i => new MonitoredIndicator
            {
                Level1 = i.Level1,
                Level2 = i.Level2,
                Name = i.Name,
                Operator = i.IsQualitative ? IndicatorOperator.Qualitative : i.Operator ?? IndicatorOperator.AtLeast,
                Target = i.IsQualitative ? null : i.Target,
                TargetText = i.TargetText,
                Unit = i.Unit,
            })],
        };
    }

    /// <summary>Every task of the round, in the order of the declarations.</summary>
    public static IEnumerable<MonitoringTask> Tasks(MonitoringRoundDefinition round, IEnumerable<GoalDeclaration> approved) =>
        approved.Where(d => Covers(round, d)).Select(d => Task(round, d));
}
