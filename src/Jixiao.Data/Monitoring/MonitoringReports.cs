using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Monitoring;

/// <summary>Tasks of one group (a unit, a function class) by overall light, with the group's spending.</summary>
public sealed record LightGroup(string Name, int? UnitId, int Red, int Yellow, int Green, int Blue, int NotAssessed, int Total, decimal? Budget, decimal? Spent)
{
    /// <summary>执行率 of the group, percent (null when no spending is reported).</summary>
    public decimal? ExecutionRate => Budget is > 0m && Spent is { } s ? Money.Round(s / Budget.Value * 100m) : null;
}

/// <summary>Tasks whose 执行率 lies in [From, From + 10) percent (From = 120: 120 % and above).</summary>
public sealed record ExecutionBucket(int From, int Count)
{
    public string Label => From >= 120 ? "≥120%" : string.Create(CultureInfo.InvariantCulture, $"{From}–{From + 10}%");
}

/// <summary>One of the indicators furthest behind: its task and place in the task's form (for the drill-down).</summary>
public sealed record WorstIndicator(int TaskId, string UnitName, string Title, string Indicator, int? Index, Light Light, decimal? Percent);

/// <summary>The figures of a round's dashboard: every chart's data, also given as tables and CSV.</summary>
public sealed record RoundDashboard(
    RoundSummary Round, decimal TimeProgress, int Tasks, int Submitted, int Overdue, IReadOnlyDictionary<Light, int> Lights,
    IReadOnlyList<LightGroup> ByUnit, IReadOnlyList<LightGroup> ByFunctionClass, IReadOnlyList<ExecutionBucket> Execution,
    decimal? Budget, decimal? Spent, IReadOnlyList<WorstIndicator> Worst)
{
    public decimal? ExecutionRate => Budget is > 0m && Spent is { } s ? Money.Round(s / Budget.Value * 100m) : null;
}

/// <summary>One row of the round's export (XLSX and CSV).</summary>
public sealed record RoundExportRow(
    int TaskId, string UnitName, string Title, string Kind, string? FunctionClass, string State, string Overall, string Budget,
    decimal? BudgetTotal, decimal? SpentTotal, decimal? ExecutionRate, decimal? BudgetPercent, int RedCount, int YellowCount, int FindingCount,
    string? WorstIndicator, decimal? WorstPercent, string? SubmittedOn, bool Overdue, string? FollowUp, string? ReturnComment);

/// <summary>A year-end self-evaluation beside its unit's last confirmed monitoring task of the year.</summary>
public sealed record YearEndView(int? TaskId, string? RoundName, DateOnly? AsOf, string? Note, IReadOnlyList<YearEndIndicator> Indicators, IReadOnlyList<FindingView> Findings);

public sealed partial class MonitoringService
{
    /// <summary>Groups shown by unit (the ones with most red, then yellow tasks).</summary>
    public const int DashboardUnits = 30;

    /// <summary>Indicators listed as the worst.</summary>
    public const int DashboardWorst = 20;

    /// <summary>
    /// 监控看板: lights of the round, by unit and by function class, spending against time (a histogram of 执行率 and the
    /// time progress of the monitoring date), and the indicators furthest behind. Aggregated in the database (a few grouped
    /// queries over the round's rows, whatever its size).
    /// </summary>
    public async Task<Outcome<RoundDashboard>> DashboardAsync(Actor actor, int roundId, CancellationToken ct = default)
    {
        var round = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || !CanSeeRound(actor, round))
        {
            return Outcome<RoundDashboard>.NotFound();
        }

        var today = Today();
        var tasks = RoundTasks(round);
        var overdue = await Filtered(tasks, round, new TaskQuery(OverdueOnly: true), today).CountAsync(ct);

        var units = await tasks.GroupBy(t => new { t.UnitId, t.UnitName }).Select(g => new
        {
            g.Key.UnitId,
            g.Key.UnitName,
            Red = g.Count(t => t.OverallRank == 4),
            Yellow = g.Count(t => t.OverallRank == 3),
            Blue = g.Count(t => t.OverallRank == 2),
            Green = g.Count(t => t.OverallRank == 1),
            None = g.Count(t => t.OverallRank == 0),
            Total = g.Count(),
        }).OrderByDescending(x => x.Red).ThenByDescending(x => x.Yellow).ThenBy(x => x.UnitId).Take(DashboardUnits).ToListAsync(ct);
        var unitIds = units.Select(u => u.UnitId).ToList();
        var unitMoney = await Sums(tasks.Where(t => unitIds.Contains(t.UnitId)), t => t.UnitId, ct);
        var byUnit = units.Select(u => new LightGroup(u.UnitName, u.UnitId, u.Red, u.Yellow, u.Green, u.Blue, u.None, u.Total,
            unitMoney.GetValueOrDefault(u.UnitId).Budget, unitMoney.GetValueOrDefault(u.UnitId).Spent)).ToList();

        var classes = await tasks.GroupBy(t => t.FunctionClass).Select(g => new
        {
            Name = g.Key,
            Red = g.Count(t => t.OverallRank == 4),
            Yellow = g.Count(t => t.OverallRank == 3),
            Blue = g.Count(t => t.OverallRank == 2),
            Green = g.Count(t => t.OverallRank == 1),
            None = g.Count(t => t.OverallRank == 0),
            Total = g.Count(),
            Submitted = g.Count(t => t.SubmittedOn != null),
        }).ToListAsync(ct);

        // The round's totals from the same pass over its tasks (one scan less per figure on a province-size round).
        var lights = new Dictionary<Light, int>
        {
            [Light.Green] = classes.Sum(c => c.Green), [Light.Yellow] = classes.Sum(c => c.Yellow), [Light.Red] = classes.Sum(c => c.Red),
            [Light.Blue] = classes.Sum(c => c.Blue), [Light.NotAssessed] = classes.Sum(c => c.None),
        };
        var total = classes.Sum(c => c.Total);
        var submitted = classes.Sum(c => c.Submitted);
        var classMoney = await Sums(tasks, t => t.FunctionClass ?? NoFunctionClass, ct);
        var byClass = classes.Select(c => new LightGroup(c.Name ?? NoFunctionClass, null, c.Red, c.Yellow, c.Green, c.Blue, c.None, c.Total,
                classMoney.GetValueOrDefault(c.Name ?? NoFunctionClass).Budget, classMoney.GetValueOrDefault(c.Name ?? NoFunctionClass).Spent))
            .OrderByDescending(c => c.Red).ThenByDescending(c => c.Yellow).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

        var buckets = await tasks.Where(t => t.ExecutionBucket != null).GroupBy(t => t.ExecutionBucket!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var execution = Enumerable.Range(0, 13).Select(b => new ExecutionBucket(b * 10, buckets.Where(x => x.Key == b).Sum(x => x.Count))).ToList();
        decimal? budget = classMoney.Count == 0 ? null : classMoney.Values.Sum(v => v.Budget ?? 0m);
        decimal? spent = classMoney.Count == 0 ? null : classMoney.Values.Sum(v => v.Spent ?? 0m);

        var worst = await tasks.Where(t => t.WorstOrder != null).OrderBy(t => t.WorstOrder).ThenBy(t => t.Id).Take(DashboardWorst)
            .Select(t => new { t.Id, t.UnitName, t.Title, t.WorstIndicator, t.WorstIndex, t.WorstOrder, t.WorstPercent }).ToListAsync(ct);
        var worstRows = worst.Select(w => new WorstIndicator(w.Id, w.UnitName, w.Title, w.WorstIndicator ?? string.Empty, w.WorstIndex,
            w.WorstOrder < 1_000_000_000 ? Light.Red : Light.Yellow, w.WorstPercent)).ToList();

        var settings = SettingsOf(round);
        return Outcome<RoundDashboard>.Ok(new RoundDashboard(
            ToSummary(round), MonitoringText.TimeProgressPercent(round.AsOf, settings.MonthCounting), total, submitted, overdue, lights,
            byUnit, byClass, execution, budget, spent, worstRows));
    }

    /// <summary>
    /// Budget and spending per group, over tasks whose spending is reported. Summed in the database on PostgreSQL; SQLite
    /// cannot add decimals in SQL (EF stores them as text), so there the (smaller) rows are added here.
    /// </summary>
    private async Task<Dictionary<TKey, (decimal? Budget, decimal? Spent)>> Sums<TKey>(IQueryable<MonitoringTaskRecord> tasks, System.Linq.Expressions.Expression<Func<MonitoringTaskRecord, TKey>> key, CancellationToken ct)
        where TKey : notnull
    {
        var reported = tasks.Where(t => t.SpentTotal != null && t.BudgetTotal != null);
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            var keyOf = key.Compile();
            var rows = await reported.ToListAsync(ct);
            return rows.GroupBy(keyOf).ToDictionary(g => g.Key, g => ((decimal?)g.Sum(t => t.BudgetTotal!.Value), (decimal?)g.Sum(t => t.SpentTotal!.Value)));
        }

        var sums = await reported.GroupBy(key).Select(g => new { g.Key, Budget = g.Sum(t => t.BudgetTotal!.Value), Spent = g.Sum(t => t.SpentTotal!.Value) }).ToListAsync(ct);
        return sums.ToDictionary(s => s.Key, s => ((decimal?)s.Budget, (decimal?)s.Spent));
    }

    /// <summary>Every task of the round for the XLSX and CSV export, in the queue's order (worst first).</summary>
    public async Task<Outcome<(RoundSummary Round, IReadOnlyList<RoundExportRow> Rows)>> ExportAsync(Actor actor, int roundId, CancellationToken ct = default)
    {
        var round = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || !CanSeeRound(actor, round))
        {
            return Outcome<(RoundSummary, IReadOnlyList<RoundExportRow>)>.NotFound();
        }

        var today = Today();
        var rows = await RoundTasks(round).OrderByDescending(t => t.OverallRank).ThenByDescending(t => t.RedCount).ThenBy(t => t.Id)
            .Select(t => new
            {
                t.Id, t.UnitName, t.Title, t.Kind, t.FunctionClass, t.State, t.OverallLight, t.BudgetLight, t.BudgetTotal, t.SpentTotal, t.ExecutionRate,
                t.BudgetPercent, t.RedCount, t.YellowCount, t.FindingCount, t.WorstIndicator, t.WorstPercent, t.SubmittedOn, t.SubmittedLate, t.Deadline,
                t.FollowUp, t.ReturnComment,
            }).ToListAsync(ct);
        var list = rows.Select(t => new RoundExportRow(
            t.Id, t.UnitName, t.Title, t.Kind.Name(), t.FunctionClass, t.State.Name(), t.OverallLight.Name(), t.BudgetLight.Name(), t.BudgetTotal, t.SpentTotal,
            t.ExecutionRate, t.BudgetPercent, t.RedCount, t.YellowCount, t.FindingCount, t.WorstIndicator, t.WorstPercent,
            t.SubmittedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.SubmittedLate || (t.SubmittedOn is null && today > t.Deadline),
            t.FollowUp?.Name(), t.ReturnComment)).ToList();
        return Outcome<(RoundSummary, IReadOnlyList<RoundExportRow>)>.Ok((ToSummary(round), list));
    }

    /// <summary>
    /// 年终对照: the evaluation's indicators beside the last confirmed monitoring task of the same unit and year (the one
    /// generated from the goal declaration the evaluation was created from; else the same unit, kind and title), with the
    /// year-end checks MON-YEAREND-FORECAST and MON-YEAREND-RED-FULL. When there is none, <see cref="YearEndView.Note"/> says so.
    /// </summary>
    public async Task<Outcome<YearEndView>> YearEndAsync(Actor actor, int evaluationId, CancellationToken ct = default)
    {
        var detail = await evaluations.GetContentAsync(actor, evaluationId, ct);
        if (!detail.IsOk)
        {
            return Outcome<YearEndView>.NotFound();
        }

        var summary = detail.Value!.Summary;
        var declarations = await db.GoalDeclarations.AsNoTracking().Where(g => g.EvaluationId == evaluationId).Select(g => g.Id).ToListAsync(ct);
        var confirmed = db.MonitoringTasks.AsNoTracking().Where(t => t.Year == summary.Year && t.UnitId == summary.UnitId && t.State == MonitoringTaskState.Confirmed);
        var candidates = declarations.Count > 0
            ? confirmed.Where(t => declarations.Contains(t.DeclarationId))
            : confirmed.Where(t => t.Kind == summary.Kind && t.Title == summary.Title);
        var found = await candidates.Join(db.MonitoringRounds.AsNoTracking(), t => t.RoundId, r => r.Id, (t, r) => new { Task = t, Round = r })
            .OrderByDescending(x => x.Round.AsOf).ThenByDescending(x => x.Task.Id).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Outcome<YearEndView>.Ok(new YearEndView(null, null, null,
                string.Create(CultureInfo.InvariantCulture, $"{summary.Year} 年度没有本单位已确认的绩效运行监控任务，无法对照年中预计。"), [], []));
        }

        var task = Read(found.Task);
        var settings = SettingsOf(found.Round);
        var midYear = MonitoringAnalyzer.Analyze(task, settings, null, Today(), explain: true).Value;
        var framework = await analyzer.FrameworkAsync(detail.Value.FrameworkId, ct);
        var scoring = framework.IsSuccess ? framework.Value.Settings : new Jixiao.Domain.Frameworks.FrameworkSettings();
        var comparison = MonitoringYearEnd.Compare(detail.Value.Evaluation, task, midYear, settings, scoring);
        return Outcome<YearEndView>.Ok(new YearEndView(found.Task.Id, found.Round.Name, found.Round.AsOf,
            framework.IsSuccess ? null : "评分表无法读取，“满分”按指标值是否达到判断。", comparison.Indicators, [.. comparison.Findings.Select(View)]));
    }
}
