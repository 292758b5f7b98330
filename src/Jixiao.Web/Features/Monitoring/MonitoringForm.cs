using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Features.Evaluations;
using Microsoft.Extensions.Primitives;

namespace Jixiao.Web.Features.Monitoring;

/// <summary>
/// The monitoring form's fields ⇄ a <see cref="MonitoringTask"/>. Field names are the paths of the domain's messages
/// (<c>funds[1].spent</c>, <c>indicators[3].forecast</c>, <c>budgetMeasure</c>), so an error marks its field.
/// Funds take any number of rows (renumbered in posted order, like the evaluation editor's tables); the indicators are the
/// approved ones, one row each. Numbers are read as the evaluation editor reads them (万元 / 元 suffixes, full-width digits,
/// thousands separators); an unreadable value is reported with its field and the page shows what was typed.
/// </summary>
public static partial class MonitoringForm
{
    public const string FundsPrefix = "funds";

    /// <summary>Blank fund rows under the table, for typing without JavaScript.</summary>
    public const int BlankFundRows = 1;

    /// <summary>The form's values of a task: funds as <c>funds[i].x</c> plus <c>funds.count</c>, indicators as <c>indicators[i].x</c>.</summary>
    public static Dictionary<string, string> Values(MonitoringTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < task.Funds.Count; i++)
        {
            var f = task.Funds[i];
            var p = $"funds[{I(i)}].";
            v[p + "source"] = f.Source;
            v[p + "initial"] = D(f.Initial);
            v[p + "adjustment"] = D(f.Adjustment);
            v[p + "adjusted"] = D(f.Adjusted);
            v[p + "spent"] = D(f.Spent);
        }

        v["funds.count"] = I(task.Funds.Count);
        for (var i = 0; i < task.Indicators.Count; i++)
        {
            var m = task.Indicators[i];
            var p = $"indicators[{I(i)}].";
            v[p + "current"] = D(m.Current);
            v[p + "forecast"] = D(m.Forecast);
            v[p + "progress"] = m.Progress?.ToString() ?? string.Empty;
            v[p + "likelihood"] = m.Likelihood ?? string.Empty;
            v[p + "reasons"] = string.Join("\n", m.Reasons);
            v[p + "reasonText"] = m.ReasonText ?? string.Empty;
            v[p + "measure"] = m.Measure ?? string.Empty;
        }

        v["budgetDeviationReason"] = task.BudgetDeviationReason ?? string.Empty;
        v["budgetMeasure"] = task.BudgetMeasure ?? string.Empty;
        v["goalExpectedMet"] = task.GoalExpectedMet switch { true => "yes", false => "no", null => string.Empty };
        v["goalNotMetReason"] = task.GoalNotMetReason ?? string.Empty;
        return v;
    }

    /// <summary>The posted form as a dictionary: fund rows renumbered 0, 1, 2 … in posted order; several values of a field (reason codes) joined by line breaks.</summary>
    public static Dictionary<string, string> Posted(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<int>();
        foreach (var (key, value) in form)
        {
            var m = FundKey().Match(key);
            if (m.Success)
            {
                var index = int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture);
                if (!rows.Contains(index))
                {
                    rows.Add(index);
                }

                continue;
            }

            result[key] = Joined(value);
        }

        for (var k = 0; k < rows.Count; k++)
        {
            var from = $"funds[{I(rows[k])}].";
            foreach (var (key, value) in form.Where(kv => kv.Key.StartsWith(from, StringComparison.Ordinal)))
            {
                result[$"funds[{I(k)}]." + key[from.Length..]] = Joined(value);
            }
        }

        if (rows.Count > 0 || result.ContainsKey("funds.present"))
        {
            result["funds.count"] = I(rows.Count);
        }

        return result;
    }

    /// <summary>
    /// The posted values over the stored task (fields not posted keep their value); every unreadable value is reported with its
    /// field. The service merges the result over the generated task again, so approved parts cannot be changed from here.
    /// </summary>
    public static (MonitoringTask Task, IReadOnlyList<DomainError> Errors) Apply(MonitoringTask stored, IReadOnlyDictionary<string, string> posted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posted);
        var r = new EvaluationForm.Reader(posted);
        var errors = new List<DomainError>();
        var funds = stored.Funds;
        if (posted.TryGetValue("funds.count", out var countText))
        {
            var list = new List<MonitoredFunds>();
            var count = int.Parse(countText, CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                var p = $"funds[{I(i)}].";
                var source = r.Text(p + "source", null);
                var row = $"第 {I(i + 1)} 行资金来源“{source}”";
                var initial = r.Amount(p + "initial", row + "的年初预算", null);
                var adjustment = r.Amount(p + "adjustment", row + "的调整数", null);
                var adjusted = r.Amount(p + "adjusted", row + "的调整后预算", null);
                var spent = r.Amount(p + "spent", row + "的累计支出", null);
                if (source is null && initial is null && adjustment is null && adjusted is null && spent is null)
                {
                    continue;
                }

                if (source is null)
                {
                    errors.Add(new DomainError("form.row-name", p + "source", $"第 {I(i + 1)} 行已填写金额，但缺少资金来源名称。"));
                    continue;
                }

                list.Add(new MonitoredFunds { Source = source, Initial = initial, Adjustment = adjustment, Adjusted = adjusted, Spent = spent });
            }

            funds = list;
        }

        var indicators = stored.Indicators.Select((m, i) =>
        {
            var p = $"indicators[{I(i)}].";
            var name = $"指标“{m.Name}”";
            QualitativeAnswer? progress = m.Progress;
            if (posted.TryGetValue(p + "progress", out var answer))
            {
                progress = Enum.TryParse<QualitativeAnswer>(answer, out var a) ? a : null;
            }

            return m with
            {
                Current = r.Number(p + "current", name + "的当前完成值", m.Current, m.Unit),
                Forecast = r.Number(p + "forecast", name + "的全年预计完成值", m.Forecast, m.Unit),
                Progress = progress,
                Likelihood = r.Text(p + "likelihood", m.Likelihood),
                Reasons = posted.TryGetValue(p + "reasons", out var codes)
                    ? [.. codes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                    : posted.ContainsKey(p + "reasons.present") ? [] : m.Reasons,
                ReasonText = r.Text(p + "reasonText", m.ReasonText),
                Measure = r.Text(p + "measure", m.Measure),
            };
        }).ToList();

        bool? expected = stored.GoalExpectedMet;
        if (posted.TryGetValue("goalExpectedMet", out var met))
        {
            expected = met switch { "yes" => true, "no" => false, _ => null };
        }

        var task = stored with
        {
            Funds = funds,
            Indicators = indicators,
            BudgetDeviationReason = r.Text("budgetDeviationReason", stored.BudgetDeviationReason),
            BudgetMeasure = r.Text("budgetMeasure", stored.BudgetMeasure),
            GoalExpectedMet = expected,
            GoalNotMetReason = r.Text("goalNotMetReason", stored.GoalNotMetReason),
        };
        return (task, [.. errors, .. r.Errors]);
    }

    /// <summary>The fund row of a path like <c>funds[2].spent</c>, or null.</summary>
    public static int? FundRowOf(string path)
    {
        var m = FundKey().Match(path);
        return m.Success ? int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The indicator row of a path like <c>indicators[2].reasons</c>, or null.</summary>
    public static int? IndicatorRowOf(string path)
    {
        var m = IndicatorKey().Match(path);
        return m.Success ? int.Parse(m.Groups["i"].Value, CultureInfo.InvariantCulture) : null;
    }

    public static string D(decimal? value) => value is decimal v ? v.ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    private static string Joined(StringValues value) => value.Count <= 1 ? value.ToString() : string.Join("\n", value.Where(x => !string.IsNullOrEmpty(x)));

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^funds\[(?<i>\d{1,5})\]\.(?<field>.+)$")]
    private static partial Regex FundKey();

    [GeneratedRegex(@"^indicators\[(?<i>\d{1,5})\]\.")]
    private static partial Regex IndicatorKey();
}
