using Jixiao.Domain;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Bench;

/// <summary>
/// Synthetic monitoring tasks (a province-size round): one project per line, two fund sources and
/// ten indicators (counts, rates, a reverse cost indicator, a qualitative one), some behind with
/// reasons, some without. Seeded, so a file can be regenerated exactly.
/// </summary>
internal static class SyntheticMonitoring
{
    private static readonly string[] Names = ["培训人次", "覆盖率", "完成项目数", "群众满意度", "按时完成率", "受益人数", "检查次数", "达标率", "单位成本", "制度建设"];

    public static MonitoringTask Task(int seed)
    {
        var r = new Random(seed);
        var indicators = new List<MonitoredIndicator>(10);
        for (var i = 0; i < 10; i++)
        {
            var name = Names[i];
            var rate = name.EndsWith('率') || name.EndsWith("满意度", StringComparison.Ordinal);
            var target = rate ? 90m + r.Next(0, 10) : r.Next(10, 2000);
            var behind = r.Next(0, 5) == 0;
            var share = behind ? (decimal)r.NextDouble() * 0.5m : 0.5m + ((decimal)r.NextDouble() * 0.4m);
            indicators.Add(name == "制度建设"
                ? new MonitoredIndicator { Level1 = "效益指标", Level2 = "可持续影响指标", Name = name, Operator = IndicatorOperator.Qualitative, TargetText = "健全", Progress = behind ? QualitativeAnswer.PartlyAchieved : QualitativeAnswer.Achieved }
                : new MonitoredIndicator
                {
                    Level1 = "产出指标",
                    Level2 = rate ? "质量指标" : "数量指标",
                    Name = name,
                    Operator = name == "单位成本" ? IndicatorOperator.AtMost : IndicatorOperator.AtLeast,
                    Target = target,
                    Unit = rate ? "%" : "人次",
                    Current = Math.Round(rate ? target * (0.9m + (share / 5m)) : target * share, 2),
                    Forecast = target,
                    Likelihood = behind ? "有可能" : "确定能",
                    Reasons = behind && r.Next(0, 2) == 0 ? ["经费保障"] : [],
                    Measure = behind && r.Next(0, 2) == 0 ? "加快项目实施进度" : null,
                });
        }

        var budget = Math.Round(50m + ((decimal)r.NextDouble() * 5000m), 2);
        return new MonitoringTask
        {
            Unit = "示范单位" + (seed % 5000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = 2026,
            Kind = EvaluationKind.Project,
            ProjectName = "示范项目" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AsOf = new DateOnly(2026, 7, 31),
            Deadline = new DateOnly(2026, 8, 15),
            SubmittedOn = r.Next(0, 10) == 0 ? null : new DateOnly(2026, 8, r.Next(1, 20)),
            Funds =
            [
                new MonitoredFunds { Source = "财政拨款", Initial = budget, Adjustment = 0m, Spent = Math.Round(budget * (decimal)r.NextDouble() * 0.8m, 2) },
                new MonitoredFunds { Source = "自有资金", Initial = 20m, Spent = Math.Round(20m * (decimal)r.NextDouble(), 2) },
            ],
            Indicators = indicators,
            BudgetDeviationReason = r.Next(0, 2) == 0 ? "项目招标延期" : null,
            BudgetMeasure = "加快支付进度",
            GoalExpectedMet = true,
        };
    }
}
