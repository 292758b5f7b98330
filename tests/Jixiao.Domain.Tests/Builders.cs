using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests;

/// <summary>Small frameworks and evaluations for rule tests: one leaf "L" under test plus a compliance filler "F" up to 100.</summary>
internal static class Build
{
    public static Framework Framework(ScoringRule rule, decimal weight = 10m, FrameworkSettings? settings = null,
        EvaluationKind kind = EvaluationKind.Department, GradeScale? grades = null) => new()
    {
        Id = "test",
        Name = "测试评分表",
        Kind = kind,
        Settings = settings ?? new FrameworkSettings(),
        Grades = grades ?? GradeScale.Default,
        Indicators =
        [
            new IndicatorNode { Code = "L", Name = "被测指标", Weight = weight, Rule = rule },
            new IndicatorNode { Code = "F", Name = "其他指标", Weight = 100m - weight, Rule = new ComplianceRule() },
        ],
    };

    public static Evaluation Evaluation(
        BudgetFigures? budget = null,
        IReadOnlyList<GoalIndicator>? goals = null,
        LeafInput? input = null,
        EvaluationKind kind = EvaluationKind.Department) => new()
    {
        Unit = "测试单位",
        Year = 2024,
        Kind = kind,
        FrameworkId = "test",
        Budget = budget ?? new BudgetFigures(),
        Goals = goals ?? [],
        Inputs = input is null ? new Dictionary<string, LeafInput>() : new Dictionary<string, LeafInput> { ["L"] = input },
    };

    public static GoalIndicator Goal(string level1, IndicatorOperator op, decimal? target, decimal? actual, decimal weight, string name = "指标") => new()
    {
        Level1 = level1,
        Name = name,
        Operator = op,
        Target = target,
        Actual = actual,
        Weight = weight,
    };

    /// <summary>Scores and returns the leaf "L"; fails the test with the errors when scoring fails.</summary>
    public static IndicatorScore Leaf(Framework framework, Evaluation evaluation)
    {
        var result = Scorer.Score(framework, evaluation);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value.Find("L")!;
    }

    public static IReadOnlyList<DomainError> Errors(Framework framework, Evaluation evaluation)
    {
        var result = Scorer.Score(framework, evaluation);
        Assert.False(result.IsSuccess);
        return result.Errors;
    }
}
