using System.Globalization;
using Jixiao.Domain.Checks;

namespace Jixiao.Domain.Monitoring;

/// <summary>A light with the value it came from and its arithmetic, e.g. <c>v = 37.50% ÷ (7 ÷ 12) = 64.29% → 黄灯</c>.</summary>
public sealed record LightResult(Light Light, decimal? Percent, string Explanation);

/// <summary>The light of one indicator, with its forecast ratio and whether a reason is required.</summary>
public sealed record IndicatorLight(int Index, string Name, LightResult Result, decimal? ForecastPercent, bool ReasonRequired);

/// <summary>The lights of one monitoring task and the findings (missing reasons, unknown codes).</summary>
public sealed record MonitoringResult(
    DateOnly AsOf,
    decimal MonthsElapsed,
    LightResult Budget,
    IReadOnlyList<IndicatorLight> Indicators,
    LightResult Deadline,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The worst of the budget and indicator lights (deadline apart), for queues and dashboards.</summary>
    public Light Overall =>
        Indicators.Select(i => i.Result.Light).Append(Budget.Light).MaxBy(l => l.Severity());
}

/// <summary>
/// Computes the monitoring lights of CYCLE §3 with the thresholds of a <see cref="MonitoringSettings"/>:
/// the budget light, one light per indicator (blue for over-achievement), the deadline light (with
/// overdue as a state of its own), and the reasons the settings require. Pure: the date of today
/// comes in as an argument.
/// </summary>
public static class MonitoringAnalyzer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="task">the task as filed.</param>
    /// <param name="settings">the region's settings.</param>
    /// <param name="asOf">the monitoring date (the task's own when null).</param>
    /// <param name="today">today, for the deadline light.</param>
    /// <param name="explain">false: lights, values and finding codes only, without the explanation texts (for streaming many tasks).</param>
    public static Result<MonitoringResult> Analyze(MonitoringTask task, MonitoringSettings settings, DateOnly? asOf, DateOnly today, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(settings);
        var date = asOf ?? task.AsOf;
        if (date is not { } d)
        {
            return Result<MonitoringResult>.Failure(ErrorCatalogue.MissingField("asOf", "asOf（监控时点）"));
        }

        if (d.Year != task.Year)
        {
            return Result<MonitoringResult>.Failure(ErrorCatalogue.Invalid("asOf",
                string.Create(Inv, $"监控时点 {d:yyyy-MM-dd} 不在评价年度 {task.Year} 年内")));
        }

        var months = MonthsElapsed(d, settings.MonthCounting);
        var findings = new List<Finding>();
        var budget = BudgetLight(task, settings, months, explain);
        RequireReason(findings, settings, budget.Light, "budgetDeviationReason", "预算执行", task.BudgetDeviationReason, task.BudgetMeasure, budget);

        var indicators = new List<IndicatorLight>(task.Indicators.Count);
        for (var i = 0; i < task.Indicators.Count; i++)
        {
            var indicator = task.Indicators[i];
            var light = IndicatorLightOf(indicator, settings, months, explain);
            var forecast = ForecastPercent(indicator, settings);
            var overForecast = settings.ForecastReasonAbovePercent is { } limit && forecast is { } f && f >= limit;
            var required = settings.ReasonRequiredFor.Contains(light.Light) || overForecast;
            indicators.Add(new IndicatorLight(i, indicator.Name, light, forecast, required));
            var path = string.Create(Inv, $"indicators[{i}]");
            var hasReason = indicator.Reasons.Count > 0 || !string.IsNullOrWhiteSpace(indicator.ReasonText);
            if (required && !hasReason)
            {
                var why = overForecast && !settings.ReasonRequiredFor.Contains(light.Light)
                    ? $"全年预计完成值为指标值的 {Pct(forecast!.Value)}（≥ {Money.FormatShort(settings.ForecastReasonAbovePercent!.Value)}%）"
                    : $"当前为{light.Light.Name()}";
                findings.Add(new Finding("MON-REASON-MISSING", Severity.Suspect,
                    $"指标“{indicator.Name}”{why}，缺少偏差原因", [new Evidence("预警", light.Explanation, path)]) { Path = path + ".reasons" });
            }

            if (settings.ReasonRequiredFor.Contains(light.Light) && string.IsNullOrWhiteSpace(indicator.Measure))
            {
                findings.Add(new Finding("MON-MEASURE-MISSING", Severity.Suspect,
                    $"指标“{indicator.Name}”当前为{light.Light.Name()}，缺少纠偏措施", [new Evidence("预警", light.Explanation, path)]) { Path = path + ".measure" });
            }

            foreach (var code in indicator.Reasons)
            {
                if (settings.DeviationReasons.Count > 0 && !settings.DeviationReasons.Contains(code, StringComparer.Ordinal))
                {
                    findings.Add(new Finding("MON-REASON-CODE", Severity.Certain,
                        $"指标“{indicator.Name}”的偏差原因“{code}”不在可选项中（{string.Join("、", settings.DeviationReasons)}）", []) { Path = path + ".reasons" });
                }
            }

            if (indicator.Likelihood is { Length: > 0 } likelihood && settings.Likelihoods.Count > 0 && !settings.Likelihoods.Contains(likelihood, StringComparer.Ordinal))
            {
                findings.Add(new Finding("MON-LIKELIHOOD", Severity.Certain,
                    $"指标“{indicator.Name}”的完成可能性“{likelihood}”不在可选项中（{string.Join("、", settings.Likelihoods)}）", []) { Path = path + ".likelihood" });
            }
        }

        if (task.GoalExpectedMet is false && string.IsNullOrWhiteSpace(task.GoalNotMetReason))
        {
            findings.Add(new Finding("MON-GOAL-REASON", Severity.Suspect, "预计不能完成全年绩效目标，但未说明原因", []) { Path = "goalNotMetReason" });
        }

        var deadline = DeadlineLight(task, settings, today, explain);
        return Result<MonitoringResult>.Success(new MonitoringResult(d, months, budget, indicators, deadline, findings));
    }

    /// <summary>Months elapsed at <paramref name="date"/>: completed months (the month of a month-end date counts), or with the day share.</summary>
    public static decimal MonthsElapsed(DateOnly date, MonthCounting counting)
    {
        var days = DateTime.DaysInMonth(date.Year, date.Month);
        return counting switch
        {
            MonthCounting.Completed => date.Day == days ? date.Month : date.Month - 1,
            MonthCounting.Daily => date.Month - 1 + ((decimal)date.Day / days),
        };
    }

    private static LightResult BudgetLight(MonitoringTask task, MonitoringSettings settings, decimal months, bool explain)
    {
        if (task.Funds.Count == 0)
        {
            return new(Light.NotAssessed, null, "未填报资金情况，无法判断预算执行进度");
        }

        var budgets = task.Funds.Select(f => f.EffectiveBudget()).ToList();
        var spent = task.Funds.Select(f => f.Spent).ToList();
        if (budgets.Any(b => b is null) || spent.Any(s => s is null))
        {
            var missing = task.Funds.Where(f => f.EffectiveBudget() is null || f.Spent is null).Select(f => f.Source);
            return new(Light.NotAssessed, null, $"资金来源“{string.Join("、", missing)}”缺少预算数或累计支出，无法判断预算执行进度");
        }

        var budget = budgets.Sum(b => b!.Value);
        var total = spent.Sum(s => s!.Value);
        if (budget <= 0m)
        {
            return new(Light.NotAssessed, null, "预算数为 0，无法计算执行率");
        }

        if (months <= 0m)
        {
            return new(Light.NotAssessed, null, "监控时点不足一个月，无法按时间进度判断");
        }

        var rate = total / budget * 100m;
        var v = Math.Round(rate / (months / 12m), settings.Decimals, MidpointRounding.AwayFromZero);
        var light = MonitoringSettings.Band(settings.Budget, v);
        var text = explain ? $"执行率 = {Money.Format(total)} ÷ {Money.Format(budget)} = {Pct(rate)}；v = {Pct(rate)} ÷ ({M(months)} ÷ 12) = {Pct(v, settings.Decimals)} → {light.Name()}" : string.Empty;
        return new(light, v, text);
    }

    private static LightResult IndicatorLightOf(MonitoredIndicator indicator, MonitoringSettings settings, decimal months, bool explain)
    {
        if (indicator.Operator == IndicatorOperator.Qualitative)
        {
            if (indicator.Progress is not { } answer)
            {
                return new(Light.NotAssessed, null, "定性指标未填报当前完成情况");
            }

            var q = settings.Qualitative.TryGetValue(answer, out var l) ? l : Light.NotAssessed;
            return new(q, null, explain ? $"定性：{answer.Name()} → {q.Name()}" : string.Empty);
        }

        if (indicator.Target is not { } target)
        {
            return new(Light.NotAssessed, null, "缺少数值型年度指标值，无法计算完成进度");
        }

        if (indicator.Current is not { } current)
        {
            return new(Light.NotAssessed, null, "未填报当前完成值");
        }

        var cumulative = IsCumulative(indicator, settings);
        var reverse = indicator.Operator is IndicatorOperator.AtMost or IndicatorOperator.LessThan;
        if (target == 0m)
        {
            if (reverse)
            {
                // "≤ 0": on track while nothing has happened.
                var r = current <= 0m ? Light.Green : Light.Red;
                return new(r, null, $"指标值为 ≤ 0，当前完成值 {Money.FormatShort(current)} → {r.Name()}");
            }

            return new(settings.ZeroTarget, null, $"指标值为 0，无法计算完成进度 → {settings.ZeroTarget.Name()}");
        }

        if (cumulative && months <= 0m)
        {
            return new(Light.NotAssessed, null, "监控时点不足一个月，无法按时间进度判断");
        }

        var expected = cumulative ? target * months / 12m : target;
        var v = reverse
            ? Math.Min(current <= 0m ? 100m : Math.Round(expected / current * 100m, settings.Decimals, MidpointRounding.AwayFromZero), 100m)
            : Math.Round(current / expected * 100m, settings.Decimals, MidpointRounding.AwayFromZero);
        var light = MonitoringSettings.Band(settings.Indicator, v);
        if (reverse && light == Light.Blue)
        {
            light = Light.Green;
        }

        if (!explain)
        {
            return new(light, v, string.Empty);
        }

        var expectedText = cumulative ? $"({Money.FormatShort(target)} × {M(months)} ÷ 12)" : Money.FormatShort(target);
        var formula = !reverse
            ? $"v = {Money.FormatShort(current)} ÷ {expectedText} = {Pct(v, settings.Decimals)}"
            : current <= 0m
                ? $"反向指标，当前完成值 {Money.FormatShort(current)} 未超过上限，v = 100%"
                : $"反向指标：v = {expectedText} ÷ {Money.FormatShort(current)} = {Pct(v, settings.Decimals)}（不超过 100%）";

        // Lower is better for a reverse indicator: on track while the value stays at or below its (pro-rated) limit.
        var basis = cumulative ? "累计值按时间进度比较" : "水平值按全年指标值比较";
        return new(light, v, $"{formula} → {light.Name()}（{basis}）");
    }

    private static decimal? ForecastPercent(MonitoredIndicator indicator, MonitoringSettings settings)
    {
        if (indicator.Operator == IndicatorOperator.Qualitative || indicator.Forecast is not { } forecast || indicator.Target is not { } target || target == 0m)
        {
            return null;
        }

        return Math.Round(forecast / target * 100m, settings.Decimals, MidpointRounding.AwayFromZero);
    }

    private static bool IsCumulative(MonitoredIndicator indicator, MonitoringSettings settings) =>
        indicator.Cumulative ?? !(indicator.Unit is { } u && settings.LevelUnits.Contains(u.Trim(), StringComparer.Ordinal));

    private static LightResult DeadlineLight(MonitoringTask task, MonitoringSettings settings, DateOnly today, bool explain)
    {
        if (task.Deadline is not { } deadline)
        {
            return new(Light.NotAssessed, null, "未设报送截止日期");
        }

        if (task.SubmittedOn is { } submitted)
        {
            return submitted <= deadline
                ? new(Light.Green, null, string.Create(Inv, $"已于 {submitted:yyyy-MM-dd} 报送（截止 {deadline:yyyy-MM-dd}）"))
                : new(Light.Overdue, null, string.Create(Inv, $"逾期报送：{submitted:yyyy-MM-dd} 报送，截止 {deadline:yyyy-MM-dd}，逾期 {submitted.DayNumber - deadline.DayNumber} 天"));
        }

        var left = deadline.DayNumber - today.DayNumber;
        if (left < 0)
        {
            return new(Light.Overdue, null, string.Create(Inv, $"已逾期 {-left} 天未报送（截止 {deadline:yyyy-MM-dd}）"));
        }

        var light = left <= settings.DeadlineRedDays ? Light.Red : left <= settings.DeadlineYellowDays ? Light.Yellow : Light.Green;
        if (!explain)
        {
            return new(light, null, string.Empty);
        }

        var when = left == 0 ? "今天截止" : string.Create(Inv, $"距截止还有 {left} 天");
        return new(light, null, string.Create(Inv, $"{when}（{deadline:yyyy-MM-dd}），未报送 → {light.Name()}"));
    }

    private static void RequireReason(List<Finding> findings, MonitoringSettings settings, Light light, string path, string what, string? reason, string? measure, LightResult result)
    {
        if (!settings.ReasonRequiredFor.Contains(light))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            findings.Add(new Finding("MON-REASON-MISSING", Severity.Suspect, $"{what}当前为{light.Name()}，缺少偏差原因",
                [new Evidence("预警", result.Explanation, "funds")]) { Path = path });
        }

        if (string.IsNullOrWhiteSpace(measure))
        {
            findings.Add(new Finding("MON-MEASURE-MISSING", Severity.Suspect, $"{what}当前为{light.Name()}，缺少纠偏措施",
                [new Evidence("预警", result.Explanation, "funds")]) { Path = "budgetMeasure" });
        }
    }

    private static string Pct(decimal percent, int decimals = 2) =>
        Math.Round(percent, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('0', decimals), Inv) + "%";

    private static string M(decimal months) => months.ToString("0.##", Inv);
}
