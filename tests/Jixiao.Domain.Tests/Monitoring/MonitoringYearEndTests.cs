using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>The year end beside the mid-year forecast: the deviation threshold is a setting, red-then-full needs evidence.</summary>
public class MonitoringYearEndTests
{
    private static readonly MonitoringSettings Default = MonitoringCatalog.Get(null).Value;

    private static MonitoringTask Task(params MonitoredIndicator[] indicators) => new()
    {
        Unit = "示范区某某局",
        Year = 2026,
        Kind = EvaluationKind.Department,
        AsOf = new DateOnly(2026, 6, 30),
        Indicators = indicators,
    };

    private static MonitoredIndicator Monitored(string name, decimal current, decimal forecast, decimal target = 100m) => new()
    {
        Level1 = "产出指标", Level2 = "数量指标", Name = name, Target = target, Unit = "次", Current = current, Forecast = forecast,
        Reasons = ["其他"], ReasonText = "原因", Measure = "措施",
    };

    private static GoalIndicator Goal(string name, decimal actual, decimal target = 100m, string? reason = null, string? basis = null) => new()
    {
        Level1 = "产出指标", Level2 = "数量指标", Name = name, Target = target, Unit = "次", Actual = actual, Weight = 10m, Reason = reason, Basis = basis,
    };

    private static YearEndComparison Compare(MonitoringTask task, MonitoringSettings? settings = null, params GoalIndicator[] goals)
    {
        var s = settings ?? Default;
        var evaluation = new Evaluation { Unit = "示范区某某局", Year = 2026, Kind = EvaluationKind.Department, FrameworkId = "x", Goals = goals };
        return MonitoringYearEnd.Compare(evaluation, task, MonitoringAnalyzer.Analyze(task, s, null, new DateOnly(2026, 12, 1)).Value, s, new FrameworkSettings());
    }

    [Theory]
    [InlineData("80", false)]
    [InlineData("79.99", true)]
    [InlineData("120", false)]
    [InlineData("120.01", true)]
    public void Compare_ActualAgainstForecast_FlaggedBeyondTwentyPercentWithoutReason(string actual, bool flagged)
    {
        var r = Compare(Task(Monitored("培训次数", 50m, 100m)), null, Goal("培训次数", decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(flagged, r.Findings.Any(f => f.Code == "MON-YEAREND-FORECAST"));
        Assert.Equal(100m, r.Indicators[0].Forecast);
    }

    [Fact]
    public void Compare_FarFromForecastWithReason_NotFlagged()
    {
        var r = Compare(Task(Monitored("培训次数", 50m, 100m)), null, Goal("培训次数", 60m, reason: "下半年疫情停办。"));

        Assert.DoesNotContain(r.Findings, f => f.Code == "MON-YEAREND-FORECAST");
        Assert.Equal(40m, r.Indicators[0].DeviationPercent);
    }

    [Fact]
    public void Compare_OtherRegionThreshold_ChangesTheOutcome()
    {
        var strict = MonitoringSettingsLoader.Parse("id: strict\nname: 严格\nyearEndForecastDeviationPercent: 5\n", "strict.yaml").Value;

        var r = Compare(Task(Monitored("培训次数", 50m, 100m)), strict, Goal("培训次数", 90m));

        Assert.Contains(r.Findings, f => f.Code == "MON-YEAREND-FORECAST" && f.Path == "goals[0].reason");
        Assert.Empty(Compare(Task(Monitored("培训次数", 50m, 100m)), null, Goal("培训次数", 90m)).Findings);
    }

    [Fact]
    public void Compare_RedMidYearFullMarksAtYearEnd_FlaggedUnlessEvidenceStated()
    {
        // 30 June: 20 of 50 expected = 40 % → red; year end 100 of 100 → full marks.
        var task = Task(Monitored("培训次数", 20m, 100m));

        var bare = Compare(task, null, Goal("培训次数", 100m));
        var evidenced = Compare(task, null, Goal("培训次数", 100m, basis: "培训签到表 100 期，见附件 3。"));
        var notFull = Compare(task, null, Goal("培训次数", 95m));

        var finding = Assert.Single(bare.Findings);
        Assert.Equal("MON-YEAREND-RED-FULL", finding.Code);
        Assert.Equal("goals[0].basis", finding.Path);
        Assert.Equal(Light.Red, bare.Indicators[0].MidYearLight);
        Assert.Empty(evidenced.Findings);
        Assert.DoesNotContain(notFull.Findings, f => f.Code == "MON-YEAREND-RED-FULL");
    }

    [Fact]
    public void Compare_RedThenFullWithOnlyTheApprovedExplanation_StillFlagged()
    {
        var task = Task(Monitored("培训次数", 20m, 100m));
        var explained = Goal("培训次数", 100m, basis: "以培训签到表统计。");
        var evaluation = new Evaluation
        {
            Unit = "示范区某某局", Year = 2026, Kind = EvaluationKind.Department, FrameworkId = "x", Goals = [explained],
            ApprovedGoals = new Jixiao.Domain.Goals.ApprovedGoalSet { Reference = "goals/1", Revision = 1, Indicators = [explained with { Actual = null }] },
        };

        var r = MonitoringYearEnd.Compare(evaluation, task, MonitoringAnalyzer.Analyze(task, Default, null, new DateOnly(2026, 12, 1)).Value, Default, new FrameworkSettings());

        Assert.Equal("MON-YEAREND-RED-FULL", Assert.Single(r.Findings).Code);
    }

    [Fact]
    public void Compare_IndicatorNotMonitored_ShownWithoutForecastAndNotFlagged()
    {
        var r = Compare(Task(Monitored("培训次数", 50m, 100m)), null, Goal("新增指标", 10m));

        Assert.Null(r.Indicators[0].Forecast);
        Assert.Null(r.Indicators[0].MidYearLight);
        Assert.Empty(r.Findings);
    }

    [Fact]
    public void Load_NegativeYearEndThreshold_RefusedWithLine()
    {
        var bad = MonitoringSettingsLoader.Parse("id: bad\nname: 错误\nyearEndForecastDeviationPercent: -1\n", "bad.yaml");

        Assert.False(bad.IsSuccess);
        Assert.Contains(bad.Errors, e => e.Path == "yearEndForecastDeviationPercent" && e.Message.Contains("第 3 行", StringComparison.Ordinal));
    }
}
