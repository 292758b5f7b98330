using System.Globalization;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// One indicator of a year-end self-evaluation beside what the unit said of it mid-year: the value reached then, the
/// forecast for the year, the light; and whether the actual is far from the forecast or full marks after a red light.
/// </summary>
public sealed record YearEndIndicator(
    int GoalIndex, string Name, string? Unit, decimal? Target, string Actual, decimal? MidYearCurrent, decimal? Forecast,
    Light? MidYearLight, string? MidYearExplanation, decimal? DeviationPercent, bool FullMarks);

/// <summary>The comparison of a self-evaluation with its unit's last confirmed monitoring task of the year.</summary>
public sealed record YearEndComparison(IReadOnlyList<YearEndIndicator> Indicators, IReadOnlyList<Finding> Findings);

/// <summary>
/// 年终对照年中监控 (issue 13, "the year end remembers"): matches the evaluation's goal indicators with the monitored ones by
/// name (normalised, the first level breaking ties), and flags (a) an actual that differs from the mid-year forecast by
/// more than <see cref="MonitoringSettings.YearEndForecastDeviationPercent"/> of it without a 偏差原因
/// (MON-YEAREND-FORECAST), and (b) an indicator red mid-year that reaches full marks at year end with no 依据/佐证 stated
/// (MON-YEAREND-RED-FULL; the approved 指标解释 the row starts with is not evidence). Pure.
/// </summary>
public static class MonitoringYearEnd
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static YearEndComparison Compare(Evaluation evaluation, MonitoringTask task, MonitoringResult midYear, MonitoringSettings settings, FrameworkSettings scoring)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(midYear);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(scoring);
        var byName = task.Indicators.Select((m, i) => (Key: GoalChecks.Normalize(m.Name), m, i)).ToList();
        var used = new HashSet<int>();
        var rows = new List<YearEndIndicator>();
        var findings = new List<Finding>();
        for (var g = 0; g < evaluation.Goals.Count; g++)
        {
            var goal = evaluation.Goals[g];
            var key = GoalChecks.Normalize(goal.Name);
            var candidates = byName.Where(x => x.Key == key && !used.Contains(x.i)).ToList();
            var match = candidates.FirstOrDefault(x => string.Equals(x.m.Level1, goal.Level1, StringComparison.Ordinal));
            if (match.m is null)
            {
                match = candidates.FirstOrDefault();
            }

            var actualText = goal.Actual is { } a ? Money.FormatShort(a) : goal.Answer?.Name() ?? goal.ActualText ?? string.Empty;
            var full = FullMarks(goal, scoring);
            if (match.m is not { } monitored)
            {
                rows.Add(new YearEndIndicator(g, goal.Name, goal.Unit, goal.Target, actualText, null, null, null, null, null, full));
                continue;
            }

            used.Add(match.i);
            var light = midYear.Indicators.FirstOrDefault(l => l.Index == match.i)?.Result;
            decimal? deviation = monitored.Forecast is { } f && f != 0m && goal.Actual is { } actual
                ? Math.Round(Math.Abs(actual - f) / Math.Abs(f) * 100m, 2, MidpointRounding.AwayFromZero)
                : null;
            rows.Add(new YearEndIndicator(g, goal.Name, goal.Unit, goal.Target, actualText, monitored.Current, monitored.Forecast,
                light?.Light, light?.Explanation, deviation, full));
            var path = string.Create(Inv, $"goals[{g}]");
            if (deviation is { } d && settings.YearEndForecastDeviationPercent is { } limit && d > limit && string.IsNullOrWhiteSpace(goal.Reason))
            {
                findings.Add(new Finding("MON-YEAREND-FORECAST", Severity.Suspect,
                    $"指标“{goal.Name}”年终完成值 {actualText} 与年中监控的全年预计完成值 {Money.FormatShort(monitored.Forecast!.Value)} 相差 {d.ToString("0.##", Inv)}%（超过 {Money.FormatShort(limit)}%），未说明原因",
                    [new Evidence("年中预计", Money.FormatShort(monitored.Forecast!.Value), "监控任务 indicators[" + match.i.ToString(Inv) + "].forecast"), new Evidence("年终完成值", actualText, path + ".actual")])
                { Path = path + ".reason" });
            }

            if (light?.Light == Light.Red && full && !EvidenceStated(goal, evaluation))
            {
                findings.Add(new Finding("MON-YEAREND-RED-FULL", Severity.Suspect,
                    $"指标“{goal.Name}”年中监控为红灯（{light.Explanation}），年终却满分完成，“依据”栏未写明完成依据或佐证",
                    [new Evidence("年中预警", light.Explanation, "监控任务 indicators[" + match.i.ToString(Inv) + "]"), new Evidence("年终完成值", actualText, path + ".actual")])
                { Path = path + ".basis" });
            }
        }

        return new YearEndComparison(rows, findings);
    }

    /// <summary>
    /// Whether the row states what the year-end value rests on: a 依据 that is not blank and not merely the approved 指标解释
    /// it was created with (the year-end evaluation starts with the approved explanation in that column).
    /// </summary>
    private static bool EvidenceStated(GoalIndicator goal, Evaluation evaluation)
    {
        if (string.IsNullOrWhiteSpace(goal.Basis))
        {
            return false;
        }

        var approved = evaluation.ApprovedGoals?.Indicators.FirstOrDefault(a => GoalChecks.Normalize(a.Name) == GoalChecks.Normalize(goal.Name))?.Basis;
        return !string.Equals(approved?.Trim(), goal.Basis.Trim(), StringComparison.Ordinal);
    }

    /// <summary>Full marks at year end: a quantitative indicator scored at its whole weight by its operator, a qualitative one 达成 (at its weight when scored).</summary>
    public static bool FullMarks(GoalIndicator goal, FrameworkSettings scoring)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.Operator == IndicatorOperator.Qualitative)
        {
            return goal.Answer == QualitativeAnswer.Achieved && (goal.Score is not { } s || goal.Weight <= 0m || s >= goal.Weight);
        }

        if (goal.Target is not { } target || goal.Actual is not { } actual)
        {
            return false;
        }

        var weight = goal.Weight > 0m ? goal.Weight : 1m;
        return OperatorScoring.Score(goal.Operator, target, actual, weight, scoring, explain: false).Score >= weight;
    }
}
