using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>Indicator lint: each rule fires on a weak target and keeps quiet on a good one.</summary>
public class LintTests
{
    private static readonly GoalIndicator Good = new()
    {
        Level1 = "产出指标", Level2 = "数量指标", Name = "培训人次", Operator = IndicatorOperator.AtLeast, Target = 500m, TargetText = "≥500人次", Unit = "人次", Actual = 520m, Weight = 50m,
    };

    private static IReadOnlyList<Finding> Lint(GoalIndicator goal, IReadOnlyList<string>? missing = null, Narrative? narrative = null) =>
        IndicatorLint.Run(
            new CheckSubject
            {
                Name = "t",
                Evaluation = new Evaluation { Unit = "u", Year = 2023, Kind = EvaluationKind.Project, FrameworkId = string.Empty, Goals = [goal], OverallGoal = "组织开展干部培训", Narrative = narrative ?? new Narrative() },
                Missing = missing ?? [],
            },
            new CheckSettings());

    public static TheoryData<string, GoalIndicator> Weak => new()
    {
        { "LINT-NO-NUMBER", Good with { Target = null, TargetText = "按要求完成" } },
        { "LINT-NO-UNIT", Good with { Unit = null, TargetText = "500" } },
        { "LINT-VAGUE", Good with { Name = "服务水平", Level2 = "质量指标", Target = null, TargetText = "进一步提升", Operator = IndicatorOperator.Qualitative } },
        { "LINT-SATISFACTION-100", Good with { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "群众满意度", Target = 100m, TargetText = "100%", Unit = "%", Actual = 100m } },
        { "LINT-QUALITATIVE-NUMERIC", Good with { Level2 = "时效指标", Name = "报告提交及时性", Operator = IndicatorOperator.Qualitative, Target = null, TargetText = "按时完成", Unit = null } },
        { "LINT-RESTATES-TASK", Good with { Level2 = "质量指标", Name = "完成干部培训工作", Operator = IndicatorOperator.EqualTo, Target = 100m, TargetText = "100", Unit = null } },
    };

    [Theory]
    [MemberData(nameof(Weak))]
    public void Run_WeakIndicator_Fires(string code, GoalIndicator goal) => Assert.Contains(Lint(goal), f => f.Code == code);

    [Fact]
    public void Run_GoodIndicator_Quiet() => Assert.Empty(Lint(Good));

    [Fact]
    public void Run_SatisfactionWithSurvey_Quiet() =>
        Assert.Empty(Lint(Good with { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "群众满意度", Target = 95m, TargetText = "≥95%", Unit = "%", Actual = 100m, Basis = "发放问卷 200 份" }));

    [Fact]
    public void Run_OperatorMissingInSource_Fires()
    {
        Assert.Contains(Lint(Good, ["goals[0].operator"]), f => f.Code == "LINT-NO-OPERATOR");
        Assert.DoesNotContain(Lint(Good), f => f.Code == "LINT-NO-OPERATOR");
    }

    [Fact]
    public void Run_NarrativeSatisfactionHundred_NoteUnlessSurveyed()
    {
        Assert.Contains(Lint(Good, narrative: new Narrative { Achievements = "群众满意度 100%。" }), f => f.Code == "LINT-SATISFACTION-100");
        Assert.Empty(Lint(Good, narrative: new Narrative { Achievements = "经问卷调查，群众满意度 100%。" }));
    }
}
