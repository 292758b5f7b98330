using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests.Goals;

public class GoalCheckTests
{
    private static readonly Framework Dept = FrameworkCatalog.Get("gz-district-dept-2022").Value;

    private static DeclaredIndicator Row(string level1, string level2, string name, IndicatorOperator op, decimal target, string unit, string? explanation = null) =>
        new() { Level1 = level1, Level2 = level2, Name = name, ValueType = IndicatorValueType.Quantitative, Operator = op, Target = target, Unit = unit, Explanation = explanation ?? "以台账和验收资料统计。" };

    /// <summary>A department goal table that every rule accepts.</summary>
    internal static GoalDeclaration Clean() => new()
    {
        Unit = "示范区司法局",
        Year = 2025,
        Kind = EvaluationKind.Department,
        FrameworkId = "gz-district-dept-2022",
        Annual = new GoalSection
        {
            Text = "开展法治宣传和业务培训，提升基层法律服务水平。",
            Indicators =
            [
                Row("产出指标", "数量指标", "举办业务培训班期数", IndicatorOperator.AtLeast, 10m, "期"),
                Row("产出指标", "质量指标", "培训考核合格率", IndicatorOperator.AtLeast, 95m, "%"),
                Row("产出指标", "时效指标", "培训计划按时完成率", IndicatorOperator.AtLeast, 100m, "%"),
                Row("产出指标", "成本指标", "人均培训费用", IndicatorOperator.AtMost, 500m, "元") with { Standard = TargetStandard.BudgetStandard, StandardValue = 550m },
                Row("效益指标", "社会效益指标", "基层法律服务覆盖率", IndicatorOperator.AtLeast, 98m, "%"),
                Row("满意度指标", "服务对象满意度指标", "参训学员满意度", IndicatorOperator.AtLeast, 90m, "%", "培训结束时发放问卷调查，满意份数 ÷ 有效问卷份数。"),
            ],
        },
    };

    private static GoalDeclaration Replace(GoalDeclaration d, int index, Func<DeclaredIndicator, DeclaredIndicator> change) =>
        d with { Annual = d.Annual with { Indicators = [.. d.Annual.Indicators.Select((r, i) => i == index ? change(r) : r)] } };

    private static GoalDeclaration Add(GoalDeclaration d, DeclaredIndicator row) =>
        d with { Annual = d.Annual with { Indicators = [.. d.Annual.Indicators, row] } };

    private static IReadOnlyList<Finding> Run(GoalDeclaration d, Framework? framework = null, IReadOnlyList<PreviousIndicator>? previous = null) =>
        GoalChecks.Run(new GoalCheckSubject { Declaration = d, PreviousYear = previous ?? [] }, framework ?? Dept);

    private static Finding Single(IReadOnlyList<Finding> findings, string code)
    {
        Assert.True(findings.Count(f => f.Code == code) == 1, $"expected one {code}; got: {string.Join("; ", findings.Select(f => f.Code + " " + f.Message))}");
        return findings.Single(f => f.Code == code);
    }

    [Fact]
    public void Run_CleanDeclaration_NoFindings()
    {
        var findings = Run(Clean());

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Code + " " + f.Message)));
    }

    [Fact]
    public void Run_CostWrittenAtLeast_CertainFinding()
    {
        var f = Single(Run(Replace(Clean(), 3, r => r with { Operator = IndicatorOperator.AtLeast })), "GOAL-COST-AT-LEAST");

        Assert.Equal(Severity.Certain, f.Severity);
        Assert.Equal("annual.indicators[3].operator", f.Path);
        Assert.Contains("人均培训费用", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CostTargetAboveBudgetStandard_FindingWithBothValues()
    {
        var f = Single(Run(Replace(Clean(), 3, r => r with { Target = 600m })), "GOAL-COST-ABOVE-STANDARD");

        Assert.Equal(Severity.Certain, f.Severity);
        Assert.Contains(f.Evidence, e => e.Label == "目标值" && e.Value == "600");
        Assert.Contains(f.Evidence, e => e.Label == "预算支出标准" && e.Value == "550");
    }

    [Fact]
    public void Run_BudgetStandardWithoutValue_SaysTheCheckCouldNotRun()
    {
        var f = Single(Run(Replace(Clean(), 3, r => r with { StandardValue = null })), "GOAL-COST-NO-STANDARD-VALUE");

        Assert.Equal(Severity.Note, f.Severity);
        Assert.Contains("无法检查", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_QuantityThatIsAPaymentRate_Suspect()
    {
        var f = Single(Run(Replace(Clean(), 0, r => r with { Name = "培训经费支付率", Unit = "%", Target = 100m })), "GOAL-QUANTITY-SPENDING");

        Assert.Equal(Severity.Suspect, f.Severity);
        Assert.Contains(f.Evidence, e => e.Value == "支付率");
    }

    [Fact]
    public void Run_SameIndicatorUnderOutputAndOutcome_CountedOnce()
    {
        var f = Single(Run(Add(Clean(), Row("效益指标", "社会效益指标", "举办业务培训班期数", IndicatorOperator.AtLeast, 10m, "期"))), "GOAL-OUTPUT-OUTCOME-DUPLICATE");

        Assert.Equal("annual.indicators[6].name", f.Path);
        Assert.Contains("只计一次", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SatisfactionWithoutSurveyMethod_Suspect()
    {
        var f = Single(Run(Replace(Clean(), 5, r => r with { Explanation = "满意人数占比。" })), "GOAL-SATISFACTION-NO-SURVEY");

        Assert.Equal(Severity.Suspect, f.Severity);
        Assert.Equal("annual.indicators[5].explanation", f.Path);
    }

    [Fact]
    public void Run_SatisfactionHundredWithoutSurvey_ReportedOnceNotTwice()
    {
        var findings = Run(Replace(Clean(), 5, r => r with { Explanation = "满意人数占比。", Target = 100m }));

        Single(findings, "GOAL-SATISFACTION-NO-SURVEY");
        Assert.DoesNotContain(findings, f => f.Code == "LINT-SATISFACTION-100");
    }

    [Fact]
    public void Run_ThirdLevelNotFittingSecondLevel_Note()
    {
        var f = Single(Run(Replace(Clean(), 2, r => r with { Name = "培训课程门数", Unit = "门" })), "GOAL-LEVEL-MISMATCH");

        Assert.Equal(Severity.Note, f.Severity);
        Assert.Equal("annual.indicators[2].level2", f.Path);
    }

    [Fact]
    public void Run_DuplicateThirdLevelNames_RefusedUnlessTheFrameworkAllowsThem()
    {
        var twice = Add(Clean(), Row("产出指标", "数量指标", "举办业务培训班 期数", IndicatorOperator.AtLeast, 12m, "期"));

        var f = Single(Run(twice), "GOAL-DUPLICATE-NAME");
        Assert.Equal(Severity.Certain, f.Severity);
        Assert.Equal(2, f.Evidence.Count);

        var lenient = Dept with { Settings = Dept.Settings with { Goals = Dept.Settings.Goals with { AllowDuplicateNames = true } } };
        Assert.DoesNotContain(Run(twice, lenient), x => x.Code == "GOAL-DUPLICATE-NAME");
    }

    [Fact]
    public void Run_RequiredClassMissing_NamesTheClass()
    {
        var noOutcome = Clean() with { Annual = Clean().Annual with { Indicators = [.. Clean().Annual.Indicators.Where(r => r.Level1 != "效益指标")] } };

        var f = Single(Run(noOutcome), "GOAL-REQUIRED-MISSING");

        Assert.Contains("效益指标", f.Message, StringComparison.Ordinal);
        Assert.Contains(f.Evidence, e => e.Source == "settings.goals.required");
    }

    [Fact]
    public void Run_2021FormWithoutCostLevel_CostClassRequiredAndCostUnderOutputUnknown()
    {
        var national2021 = FrameworkCatalog.Get("national-project-2021").Value;
        var project = Clean() with { Kind = EvaluationKind.Project, FrameworkId = national2021.Id, Project = new ProjectInfo { Name = "法治培训项目" } };

        var findings = Run(project, national2021);

        Assert.Contains(findings, f => f.Code == "GOAL-REQUIRED-MISSING" && f.Message.Contains("成本指标", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "GOAL-UNKNOWN-CLASS" && f.Path == "annual.indicators[3].level2");

        var fixedRows = Replace(project, 3, r => r with { Level1 = "成本指标", Level2 = "经济成本指标" });
        Assert.DoesNotContain(Run(fixedRows, national2021), f => f.Code is "GOAL-REQUIRED-MISSING" or "GOAL-UNKNOWN-CLASS");
    }

    [Fact]
    public void Run_Level2OutsideTheTree_Certain()
    {
        var f = Single(Run(Replace(Clean(), 0, r => r with { Level2 = "进度指标" })), "GOAL-UNKNOWN-CLASS");

        Assert.Equal(Severity.Certain, f.Severity);
        Assert.Contains("数量指标", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TargetBelowLastYearsActual_SuspectUnlessAReasonIsGiven()
    {
        var previous = new[] { new PreviousIndicator("产出指标", "数量指标", "举办业务培训班期数", 10m, 14m, "期", "2024 年度自评 goals[0]") };

        var f = Single(Run(Clean(), previous: previous), "GOAL-BELOW-LAST-YEAR");
        Assert.Contains(f.Evidence, e => e.Label == "上年实际值" && e.Value == "14" && e.Source == "2024 年度自评 goals[0]");

        var withReason = Replace(Clean(), 0, r => r with { Reason = "本年培训经费压减 30%，班次相应减少。" });
        Assert.DoesNotContain(Run(withReason, previous: previous), x => x.Code == "GOAL-BELOW-LAST-YEAR");

        var raised = Replace(Clean(), 0, r => r with { Target = 15m });
        Assert.DoesNotContain(Run(raised, previous: previous), x => x.Code == "GOAL-BELOW-LAST-YEAR");
    }

    [Fact]
    public void Run_CostCeilingAboveLastYearsActual_LooserTargetFlagged()
    {
        var previous = new[] { new PreviousIndicator("产出指标", "成本指标", "人均培训费用", 520m, 460m, "元", "上年") };

        var f = Single(Run(Clean(), previous: previous), "GOAL-BELOW-LAST-YEAR");

        Assert.Contains("高于上年实际完成值 460", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AnnualGoalWithoutIndicators_Certain()
    {
        var f = Single(Run(Clean() with { Annual = new GoalSection { Text = "做好各项工作" } }), "GOAL-NO-INDICATORS");

        Assert.Equal(Severity.Certain, f.Severity);
    }

    [Fact]
    public void Run_IndicatorLintOnRows_PathsOfTheGoalDocument()
    {
        var vague = Replace(Clean(), 4, r => r with { ValueType = IndicatorValueType.Qualitative, Operator = IndicatorOperator.Qualitative, Target = null, Unit = null, TargetText = "效果明显" });
        var noOperator = Replace(Clean(), 1, r => r with { Operator = null });

        Assert.Equal("annual.indicators[4].target", Single(Run(vague), "LINT-VAGUE").Path);
        Assert.Equal("annual.indicators[1].operator", Single(Run(noOperator), "LINT-NO-OPERATOR").Path);
    }

    [Fact]
    public void Run_LongTermTable_CheckedWithItsOwnPaths()
    {
        var d = Clean() with { LongTerm = new GoalSection { Text = "三年内", Indicators = [Row("产出指标", "成本指标", "项目总成本", IndicatorOperator.MoreThan, 100m, "万元")] } };

        var findings = Run(d);

        Assert.Equal("longTerm.indicators[0].operator", Single(findings, "GOAL-COST-AT-LEAST").Path);
        Assert.Contains(findings, f => f.Code == "GOAL-REQUIRED-MISSING" && f.Path == "longTerm.indicators");
    }

    [Fact]
    public void Run_CodeDisabledByTheFramework_NotReported()
    {
        var off = Dept with { Settings = Dept.Settings with { Checks = Dept.Settings.Checks with { Disabled = ["GOAL-COST-AT-LEAST"] } } };

        Assert.DoesNotContain(Run(Replace(Clean(), 3, r => r with { Operator = IndicatorOperator.AtLeast }), off), f => f.Code == "GOAL-COST-AT-LEAST");
    }

    [Fact]
    public void Run_TangxiProjectFromTheCorpus_VagueQualitativeTargetsFlagged()
    {
        var d = GoalSerializerTests.Parse(Repo.Read("testdata", "goals", "tangxi-2022-project.yaml"));

        var findings = GoalChecks.Run(new GoalCheckSubject { Declaration = d }, FrameworkCatalog.Get(d.FrameworkId).Value);

        Assert.Equal(3, findings.Count(f => f.Code == "LINT-VAGUE"));
        Assert.Contains(findings, f => f.Code == "GOAL-SATISFACTION-NO-SURVEY" && f.Path == "annual.indicators[9].explanation");
        Assert.All(findings, f => Assert.True(GoalChecks.Codes.ContainsKey(f.Code) || Checker.Codes.ContainsKey(f.Code), f.Code));
    }
}
