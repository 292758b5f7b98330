using Jixiao.Domain.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>The lights of CYCLE §3 at every band edge, the deadline states, and settings that change the outcome.</summary>
public class MonitoringAnalyzerTests
{
    private static readonly MonitoringSettings Default = MonitoringCatalog.Get(null).Value;
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    private static MonitoringTask Task(decimal budget = 100m, decimal spent = 100m, params MonitoredIndicator[] indicators) => new()
    {
        Unit = "示范区某某局",
        Year = 2026,
        Kind = EvaluationKind.Department,
        AsOf = YearEnd,
        Funds = [new MonitoredFunds { Source = "财政拨款", Initial = budget, Spent = spent }],
        Indicators = indicators,
        BudgetDeviationReason = "原因",
        BudgetMeasure = "措施",
    };

    private static MonitoredIndicator Count(decimal current, decimal target = 100m, string unit = "次", IndicatorOperator op = IndicatorOperator.AtLeast) => new()
    {
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = "培训次数",
        Operator = op,
        Target = target,
        Unit = unit,
        Current = current,
    };

    private static MonitoringResult Analyze(MonitoringTask task, MonitoringSettings? settings = null, DateOnly? asOf = null, DateOnly? today = null) =>
        MonitoringAnalyzer.Analyze(task, settings ?? Default, asOf, today ?? new DateOnly(2026, 12, 1)).Value;

    [Theory]
    [InlineData("59.99", Light.Red)]
    [InlineData("60", Light.Yellow)]
    [InlineData("79.99", Light.Yellow)]
    [InlineData("80", Light.Green)]
    [InlineData("119.99", Light.Green)]
    [InlineData("120", Light.Green)]
    public void Analyze_BudgetAtBandEdge_Light(string spent, Light expected)
    {
        // At 31 December 12 months have passed: v equals the execution rate.
        var r = Analyze(Task(spent: decimal.Parse(spent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, r.Budget.Light);
        Assert.Equal(decimal.Parse(spent, System.Globalization.CultureInfo.InvariantCulture), r.Budget.Percent);
    }

    [Theory]
    [InlineData("59.99", Light.Red)]
    [InlineData("60", Light.Yellow)]
    [InlineData("79.99", Light.Yellow)]
    [InlineData("80", Light.Green)]
    [InlineData("119.99", Light.Green)]
    [InlineData("120", Light.Blue)]
    public void Analyze_IndicatorAtBandEdge_Light(string current, Light expected)
    {
        var r = Analyze(Task(indicators: Count(decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(expected, Assert.Single(r.Indicators).Result.Light);
    }

    [Fact]
    public void Analyze_July31_BudgetProRatedBySevenMonths()
    {
        // 37.5 % spent after 7 months: v = 37.5 ÷ (7 ÷ 12) = 64.29 % → yellow (the example).
        var r = Analyze(Task(spent: 37.5m), asOf: new DateOnly(2026, 7, 31));
        Assert.Equal(7m, r.MonthsElapsed);
        Assert.Equal(64.29m, r.Budget.Percent);
        Assert.Equal(Light.Yellow, r.Budget.Light);
        Assert.Equal("执行率 = 37.50 ÷ 100.00 = 37.50%；v = 37.50% ÷ (7 ÷ 12) = 64.29% → 黄灯", r.Budget.Explanation);
    }

    [Fact]
    public void Analyze_MidMonth_CompletedMonthsOnly()
    {
        Assert.Equal(6m, MonitoringAnalyzer.MonthsElapsed(new DateOnly(2026, 7, 15), MonthCounting.Completed));
        Assert.Equal(7m, MonitoringAnalyzer.MonthsElapsed(new DateOnly(2026, 7, 31), MonthCounting.Completed));
        Assert.Equal(6m + (15m / 31m), MonitoringAnalyzer.MonthsElapsed(new DateOnly(2026, 7, 15), MonthCounting.Daily));
    }

    [Fact]
    public void Analyze_RateIndicator_ComparedWithWholeTargetNotProRated()
    {
        // A satisfaction rate of 92 % against 90 % at mid-year is on track, not 204 % ahead.
        var r = Analyze(Task(indicators: Count(92m, 90m, unit: "%")), asOf: new DateOnly(2026, 6, 30));
        var light = Assert.Single(r.Indicators).Result;
        Assert.Equal(102.22m, light.Percent);
        Assert.Equal(Light.Green, light.Light);
    }

    [Fact]
    public void Analyze_ZeroTarget_RedBySettings()
    {
        var r = Analyze(Task(indicators: Count(5m, 0m)));
        Assert.Equal(Light.Red, Assert.Single(r.Indicators).Result.Light);
    }

    [Fact]
    public void Analyze_ReverseIndicatorOverItsLimit_NotBlue()
    {
        // 成本 ≤ 50 万元 with 80 spent by year end: v = 50 ÷ 80 = 62.5 % → yellow; never blue.
        var r = Analyze(Task(indicators: Count(80m, 50m, unit: "万元", op: IndicatorOperator.AtMost)));
        Assert.Equal(Light.Yellow, Assert.Single(r.Indicators).Result.Light);
        var low = Analyze(Task(indicators: Count(10m, 50m, unit: "万元", op: IndicatorOperator.AtMost)));
        Assert.Equal(Light.Green, Assert.Single(low.Indicators).Result.Light);
    }

    [Theory]
    [InlineData(QualitativeAnswer.Achieved, Light.Green)]
    [InlineData(QualitativeAnswer.PartlyAchieved, Light.Yellow)]
    [InlineData(QualitativeAnswer.NotAchieved, Light.Red)]
    public void Analyze_Qualitative_LightByAnswer(QualitativeAnswer answer, Light expected)
    {
        var indicator = new MonitoredIndicator { Level1 = "效益指标", Name = "制度完善", Operator = IndicatorOperator.Qualitative, Progress = answer };
        Assert.Equal(expected, Assert.Single(Analyze(Task(indicators: indicator)).Indicators).Result.Light);
    }

    [Theory]
    [InlineData(8, Light.Green)]
    [InlineData(7, Light.Yellow)]
    [InlineData(4, Light.Yellow)]
    [InlineData(3, Light.Red)]
    [InlineData(0, Light.Red)]
    [InlineData(-1, Light.Overdue)]
    public void Analyze_DeadlineDaysLeft_Light(int daysLeft, Light expected)
    {
        var deadline = new DateOnly(2026, 8, 14);
        var task = Task() with { AsOf = new DateOnly(2026, 7, 31), Deadline = deadline };
        Assert.Equal(expected, Analyze(task, today: deadline.AddDays(-daysLeft)).Deadline.Light);
    }

    [Fact]
    public void Analyze_DeadlineToday_RedNotOverdue()
    {
        var task = Task() with { AsOf = new DateOnly(2026, 7, 31), Deadline = new DateOnly(2026, 8, 14) };
        var r = Analyze(task, today: new DateOnly(2026, 8, 14));
        Assert.Equal(Light.Red, r.Deadline.Light);
        Assert.Contains("今天截止", r.Deadline.Explanation, StringComparison.Ordinal);
        var late = Analyze(task, today: new DateOnly(2026, 8, 15));
        Assert.Equal(Light.Overdue, late.Deadline.Light);
        Assert.Contains("已逾期 1 天", late.Deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SubmittedLate_OverdueEvenAfterSubmission()
    {
        var task = Task() with { AsOf = new DateOnly(2026, 7, 31), Deadline = new DateOnly(2026, 8, 14), SubmittedOn = new DateOnly(2026, 8, 16) };
        Assert.Equal(Light.Overdue, Analyze(task, today: new DateOnly(2026, 9, 1)).Deadline.Light);
        var onTime = task with { SubmittedOn = new DateOnly(2026, 8, 14) };
        Assert.Equal(Light.Green, Analyze(onTime, today: new DateOnly(2026, 9, 1)).Deadline.Light);
    }

    [Fact]
    public void Analyze_RedIndicatorWithoutReason_Finding()
    {
        var r = Analyze(Task(indicators: Count(30m)));
        Assert.Contains(r.Findings, f => f.Code == "MON-REASON-MISSING" && f.Path == "indicators[0].reasons");
        Assert.Contains(r.Findings, f => f.Code == "MON-MEASURE-MISSING" && f.Path == "indicators[0].measure");

        var explained = Analyze(Task(indicators: Count(30m) with { Reasons = ["经费保障"], Measure = "加快拨付" }));
        Assert.Empty(explained.Findings);
    }

    [Fact]
    public void Analyze_ForecastAbove130Percent_ReasonRequiredEvenWhenGreen()
    {
        var r = Analyze(Task(indicators: Count(100m) with { Forecast = 130m }));
        var i = Assert.Single(r.Indicators);
        Assert.Equal(Light.Green, i.Result.Light);
        Assert.True(i.ReasonRequired);
        Assert.Contains(r.Findings, f => f.Code == "MON-REASON-MISSING");
        Assert.Empty(Analyze(Task(indicators: Count(100m) with { Forecast = 129.99m })).Findings);
    }

    [Fact]
    public void Analyze_UnknownReasonCode_Certain()
    {
        var r = Analyze(Task(indicators: Count(30m) with { Reasons = ["天气原因"], Measure = "补救" }));
        Assert.Contains(r.Findings, f => f.Code == "MON-REASON-CODE" && f.Message.Contains("天气原因", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_GoalNotMetWithoutReason_Finding()
    {
        var r = Analyze(Task() with { GoalExpectedMet = false });
        Assert.Contains(r.Findings, f => f.Code == "MON-GOAL-REASON");
    }

    [Fact]
    public void Analyze_MissingFigures_NotAssessedWithReason()
    {
        var r = Analyze(Task() with { Funds = [new MonitoredFunds { Source = "财政拨款", Initial = 100m }] });
        Assert.Equal(Light.NotAssessed, r.Budget.Light);
        Assert.Contains("累计支出", r.Budget.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(r.Findings, f => f.Code == "MON-REASON-MISSING");
    }

    [Fact]
    public void Analyze_AsOfOutsideYear_Error()
    {
        var result = MonitoringAnalyzer.Analyze(Task(), Default, new DateOnly(2025, 6, 30), YearEnd);
        Assert.False(result.IsSuccess);
        Assert.Contains("不在评价年度", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OtherRegionSettings_ChangeTheOutcome()
    {
        var text = Repo.Read("testdata", "monitoring", "other-region.yaml");
        var other = MonitoringSettingsLoader.Parse(text, "other-region.yaml").Value;
        // v = 55 %: red by default (< 60), yellow in the other region (50 ≤ v < 70).
        Assert.Equal(Light.Red, Analyze(Task(spent: 55m)).Budget.Light);
        Assert.Equal(Light.Yellow, Analyze(Task(spent: 55m), other).Budget.Light);
        // 112 % of the pro-rated target: green by default, blue where blue starts at 110.
        Assert.Equal(Light.Green, Assert.Single(Analyze(Task(indicators: Count(112m))).Indicators).Result.Light);
        Assert.Equal(Light.Blue, Assert.Single(Analyze(Task(indicators: Count(112m)), other).Indicators).Result.Light);
        // Five days before the deadline: green by default, red there.
        var task = Task() with { AsOf = new DateOnly(2026, 7, 31), Deadline = new DateOnly(2026, 8, 14) };
        Assert.Equal(Light.Yellow, Analyze(task, today: new DateOnly(2026, 8, 9)).Deadline.Light);
        Assert.Equal(Light.Red, Analyze(task, other, today: new DateOnly(2026, 8, 9)).Deadline.Light);
    }

    [Fact]
    public void Analyze_WithoutExplanations_SameLightsValuesAndFindings()
    {
        var random = new Random(7);
        for (var n = 0; n < 500; n++)
        {
            var indicators = Enumerable.Range(0, 6).Select(i => i switch
            {
                5 => new MonitoredIndicator { Level1 = "效益指标", Name = "定性" + i, Operator = IndicatorOperator.Qualitative, Progress = (QualitativeAnswer)random.Next(0, 3) },
                _ => Count(random.Next(0, 150), random.Next(0, 3) == 0 ? 0m : random.Next(1, 120), unit: i % 2 == 0 ? "%" : "次", op: (IndicatorOperator)random.Next(0, 5)) with
                {
                    Forecast = random.Next(0, 200),
                    Reasons = random.Next(0, 2) == 0 ? [] : ["经费保障"],
                },
            }).ToArray();
            var task = Task(random.Next(0, 200), random.Next(0, 200), indicators) with { Deadline = new DateOnly(2026, 12, 31) };
            var asOf = new DateOnly(2026, random.Next(1, 13), 28);
            var today = new DateOnly(2026, 12, random.Next(1, 31));
            var full = MonitoringAnalyzer.Analyze(task, Default, asOf, today).Value;
            var lean = MonitoringAnalyzer.Analyze(task, Default, asOf, today, explain: false).Value;
            Assert.Equal((full.Budget.Light, full.Budget.Percent), (lean.Budget.Light, lean.Budget.Percent));
            Assert.Equal(full.Indicators.Select(i => (i.Result.Light, i.Result.Percent, i.ForecastPercent, i.ReasonRequired)), lean.Indicators.Select(i => (i.Result.Light, i.Result.Percent, i.ForecastPercent, i.ReasonRequired)));
            Assert.Equal(full.Deadline.Light, lean.Deadline.Light);
            Assert.Equal(full.Findings.Select(f => f.Code + f.Path), lean.Findings.Select(f => f.Code + f.Path));
            if (lean.Budget.Light != Light.NotAssessed)
            {
                Assert.Empty(lean.Budget.Explanation);
            }
        }
    }
}
