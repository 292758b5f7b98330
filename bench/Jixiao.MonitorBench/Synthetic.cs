using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

/// <summary>
/// 合成数据 for the monitoring bench, deterministic: goal declarations of 10 annual indicators (counts pro-rated by months,
/// rates compared whole, a cost, two qualitative ones) over ten function classes, and a unit's filling of its task with a
/// progress profile chosen by the task id (on track, a little behind, far behind, ahead), so that the lights vary.
/// </summary>
internal static class Synthetic
{
    private static readonly (string Class, string Section, string Subject)[] Classes =
    [
        ("一般公共服务支出", "政府办公厅（室）及相关机构事务", "政务服务"), ("公共安全支出", "司法", "法律援助"), ("教育支出", "普通教育", "校园设施改造"),
        ("科学技术支出", "技术研究与开发", "科技创新"), ("文化旅游体育与传媒支出", "文化和旅游", "公共文化活动"), ("社会保障和就业支出", "就业补助", "职业技能培训"),
        ("卫生健康支出", "公共卫生", "基本公共卫生服务"), ("节能环保支出", "污染防治", "河道保洁"), ("城乡社区支出", "城乡社区环境卫生", "垃圾清运"),
        ("农林水支出", "农业农村", "高标准农田建设"),
    ];

    public static GoalDeclaration Declaration(int n, string unit, string unitCode, int year, bool department)
    {
        var c = Classes[n / 10 % Classes.Length];
        var k = n % 10;
        var subject = department ? c.Subject : $"{c.Subject}项目{k}";
        var amount = 50m + (n * 37 % 4950);
        decimal Count(int factor) => 10m + (n * factor % 990);
        return new GoalDeclaration
        {
            Unit = unit,
            UnitCode = unitCode,
            Year = year,
            Kind = department ? EvaluationKind.Department : EvaluationKind.Project,
            FrameworkId = department ? "gz-district-dept-2022" : "national-project-2020",
            FunctionClass = c.Class,
            FunctionSection = c.Section,
            FundUse = c.Subject,
            Duties = department ? $"负责{c.Subject}相关工作（合成数据）。" : null,
            Project = department ? null : new ProjectInfo { Name = $"{unit}{subject}", Code = $"{unitCode}-{year}-{k:00}", Status = ProjectStatus.Continuing },
            Funds = n % 3 == 0 ? [new NamedAmount("财政拨款", amount), new NamedAmount("其他资金", Math.Round(amount / 10m))] : [new NamedAmount("财政拨款", amount)],
            Annual = new GoalSection
            {
                Text = $"完成{subject}年度任务（合成数据）。",
                Indicators =
                [
                    Quantity("数量指标", $"{subject}完成数量", Count(7), "个"),
                    Quantity("数量指标", $"{subject}服务人次", Count(13) * 10m, "人次"),
                    Quantity("数量指标", $"{subject}开展活动场次", Count(3), "场"),
                    Rate("产出指标", "质量指标", $"{subject}验收合格率", 95m),
                    Rate("产出指标", "时效指标", $"{subject}按时完成率", 90m),
                    new() { Level1 = "成本指标", Level2 = "经济成本指标", Name = $"{subject}总成本", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtMost, Target = Math.Round(amount * 0.9m), Unit = "万元", Explanation = "以财务账统计。" },
                    Rate("效益指标", "社会效益指标", $"{subject}覆盖率", 80m),
                    new() { Level1 = "效益指标", Level2 = "社会效益指标", Name = $"{subject}服务水平", ValueType = IndicatorValueType.Qualitative, Operator = IndicatorOperator.Qualitative, TargetText = "明显提升" },
                    new() { Level1 = "效益指标", Level2 = "可持续影响指标", Name = $"{subject}长效机制", ValueType = IndicatorValueType.Qualitative, Operator = IndicatorOperator.Qualitative, TargetText = "有效建立" },
                    Rate("满意度指标", "服务对象满意度指标", "服务对象满意度", 90m),
                ],
            },
        };
    }

    private static DeclaredIndicator Quantity(string level2, string name, decimal target, string unit) => new()
    {
        Level1 = "产出指标", Level2 = level2, Name = name, ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = target, Unit = unit,
        Explanation = "以台账统计。",
    };

    private static DeclaredIndicator Rate(string level1, string level2, string name, decimal target) => new()
    {
        Level1 = level1, Level2 = level2, Name = name, ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = target, Unit = "%",
        Explanation = "以抽查或问卷统计。",
    };

    /// <summary>
    /// The unit's filling of a task: spending and indicator values against the time progress (<paramref name="share"/> of the
    /// year), reasons and measures wherever a light is red or yellow, and whether to submit (four in five filled tasks).
    /// </summary>
    public static (MonitoringTask Task, bool Submit) Fill(MonitoringTask task, int id, decimal share)
    {
        var random = new Random(id);
        var profile = random.Next(100);

        // Progress as a share of what the time would require: 55 % on track, 20 % a little behind, 15 % far behind, 10 % ahead.
        decimal Ratio() => profile switch
        {
            < 55 => 0.85m + (decimal)random.NextDouble() * 0.3m,
            < 75 => 0.6m + (decimal)random.NextDouble() * 0.25m,
            < 90 => 0.2m + (decimal)random.NextDouble() * 0.4m,
            _ => 1.1m + (decimal)random.NextDouble() * 0.4m,
        };

        const string ReasonText = "（合成数据）实施进度受人员调整影响。";
        const string Measure = "（合成数据）增加人员，按周调度进度。";
        var budgetRatio = Ratio();
        var funds = task.Funds.Select(f => f with { Spent = Money.Round((f.EffectiveBudget() ?? 0m) * share * Math.Min(budgetRatio, 1.6m)) }).ToList();
        var indicators = task.Indicators.Select(i =>
        {
            var r = Ratio();
            var behind = r < 0.85m;
            if (i.Operator == IndicatorOperator.Qualitative)
            {
                var answer = r < 0.6m ? QualitativeAnswer.NotAchieved : behind ? QualitativeAnswer.PartlyAchieved : QualitativeAnswer.Achieved;
                return answer == QualitativeAnswer.Achieved
                    ? i with { Progress = answer, Likelihood = "确定能" }
                    : i with { Progress = answer, Likelihood = "有可能", Reasons = ["人员保障"], ReasonText = ReasonText, Measure = Measure };
            }

            var target = i.Target ?? 0m;
            var level = i.Unit == "%";
            // A cost (≤, accumulated over the year) is on track while it stays at or below its pro-rated limit: spent ÷ r.
            var current = i.Operator == IndicatorOperator.AtMost
                ? Math.Round(target * share / r, 2)
                : level ? Math.Round(target * Math.Min(r, 1.1m), 2) : Math.Round(target * share * r);
            var forecast = i.Operator == IndicatorOperator.AtMost ? Math.Round(target / Math.Max(r, 0.8m), 2)
                : level ? current : Math.Round(target * Math.Min(Math.Max(r, 0.7m), 1.25m));
            return behind || r >= 1.2m
                ? i with { Current = current, Forecast = forecast, Likelihood = behind ? "有可能" : "确定能", Reasons = ["人员保障"], ReasonText = ReasonText, Measure = Measure }
                : i with { Current = current, Forecast = forecast, Likelihood = "确定能" };
        }).ToList();
        var met = profile is < 75 or >= 90;
        var filled = task with
        {
            Funds = funds,
            Indicators = indicators,
            GoalExpectedMet = met,
            GoalNotMetReason = met ? null : "（合成数据）预计部分指标年底无法完成。",
            BudgetDeviationReason = budgetRatio < 0.85m ? "（合成数据）招标推迟，进度款未能按计划支付。" : null,
            BudgetMeasure = budgetRatio < 0.85m ? "（合成数据）加快招标和支付。" : null,
        };
        return (filled, id % 5 != 0);
    }

    public static string Describe(int value) => value.ToString(CultureInfo.InvariantCulture);
}
