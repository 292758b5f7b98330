using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests;

/// <summary>Invariants over random evaluations of the built-in frameworks (seeded, so failures reproduce).</summary>
public class PropertyTests
{
    private static readonly Framework Department = FrameworkCatalog.Get("gz-district-dept-2022").Value;
    private static readonly Framework Project = FrameworkCatalog.Get("national-project-2020").Value;

    private static decimal Amount(Random r, int max) => Math.Round((decimal)r.NextDouble() * max, 2);

    private static GoalIndicator RandomGoal(Random r, string level1, decimal weight)
    {
        var op = (IndicatorOperator)r.Next(0, 6);
        if (op == IndicatorOperator.Qualitative && weight > 0m)
        {
            var answer = (QualitativeAnswer)r.Next(0, 3);
            var range = new FrameworkSettings().RangeFor(answer);
            var score = Math.Round(weight * (range.Min + ((range.Max - range.Min) * (decimal)r.NextDouble())), 2);
            return new GoalIndicator { Level1 = level1, Name = "定性", Operator = op, Answer = answer, Score = Math.Clamp(score, range.Min * weight, range.Max * weight), Weight = weight };
        }

        if (op == IndicatorOperator.Qualitative)
        {
            op = IndicatorOperator.AtLeast;
        }

        var target = r.Next(0, 4) == 0 ? 0m : Amount(r, 200);
        var actual = Amount(r, 400) - (r.Next(0, 10) == 0 ? 50m : 0m);   // sometimes negative
        return new GoalIndicator { Level1 = level1, Name = "定量", Operator = op, Target = target, Actual = actual, Weight = weight };
    }

    internal static Evaluation RandomDepartment(int seed)
    {
        var r = new Random(seed);
        var adjusted = Amount(r, 10000) + 1m;
        var inputs = new Dictionary<string, LeafInput>();
        foreach (var leaf in Department.Leaves().Where(l => l.Rule is ComplianceRule))
        {
            if (r.Next(0, 4) == 0)
            {
                inputs[leaf.Code] = new LeafInput
                {
                    Deductions = [new Deduction(Amount(r, 6), "问题")],
                    ReviewDeductions = r.Next(0, 2) == 0 ? [new Deduction(Amount(r, 3), "复核")] : [],
                };
            }
        }

        var goals = new List<GoalIndicator>();
        foreach (var level1 in new[] { "产出指标", "效益指标" })
        {
            var n = r.Next(1, 5);
            for (var i = 0; i < n; i++)
            {
                goals.Add(RandomGoal(r, level1, r.Next(0, 3) * 5m));
            }
        }

        return new Evaluation
        {
            Unit = "随机单位",
            Year = 2024,
            Kind = EvaluationKind.Department,
            FrameworkId = Department.Id,
            Budget = new BudgetFigures
            {
                Adjusted = adjusted,
                Executed = Amount(r, (int)(adjusted * 1.3m)),
                CarryOver = Amount(r, (int)(adjusted / 3m)),
                FixedAssetsTotal = 1000m,
                FixedAssetsInUse = Amount(r, 1000),
                PublicExpense = new BudgetLine(100m, Amount(r, 150)),
                ThreePublic = new BudgetLine(10m, Amount(r, 15)),
            },
            Goals = goals,
            Inputs = inputs,
        };
    }

    private static Evaluation RandomProject(int seed)
    {
        var r = new Random(seed);
        var goals = new List<GoalIndicator>();
        foreach (var (level1, weight) in new[] { ("产出指标", 50m), ("效益指标", 30m), ("满意度指标", 10m) })
        {
            var n = r.Next(1, 4);
            var each = Math.Round(weight / n, 2);
            for (var i = 0; i < n; i++)
            {
                goals.Add(RandomGoal(r, level1, i == n - 1 ? weight - (each * (n - 1)) : each));
            }
        }

        return new Evaluation
        {
            Unit = "随机单位",
            Year = 2024,
            Kind = EvaluationKind.Project,
            FrameworkId = Project.Id,
            Budget = new BudgetFigures { Adjusted = 100m, Executed = Amount(r, 130) },
            Goals = goals,
        };
    }

    private static ScoreResult ScoreOk(Framework f, Evaluation e)
    {
        var result = Scorer.Score(f, e);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value;
    }

    [Property(MaxTest = 300)]
    public void Score_RandomDepartment_TotalIsSumOfLeavesAndParentsSumChildren(int seed)
    {
        var s = ScoreOk(Department, RandomDepartment(seed));
        Assert.Equal(s.Total, s.Indicators.Where(i => i.IsLeaf).Sum(i => i.Score));
        Assert.Equal(s.ReviewTotal, s.Indicators.Where(i => i.IsLeaf).Sum(i => i.ReviewScore));
        foreach (var parent in s.Indicators.Where(i => !i.IsLeaf))
        {
            Assert.Equal(parent.Score, s.Indicators.Where(c => c.ParentCode == parent.Code).Sum(c => c.Score));
        }
    }

    [Property(MaxTest = 300)]
    public void Score_RandomDepartment_EveryScoreWithinZeroAndWeight(int seed)
    {
        var s = ScoreOk(Department, RandomDepartment(seed));
        Assert.All(s.Indicators, i =>
        {
            Assert.InRange(i.Score, 0m, i.Weight);
            Assert.InRange(i.ReviewScore, 0m, i.Score);
            Assert.Equal(i.Score, Money.Round(i.Score));
            Assert.False(string.IsNullOrEmpty(i.Explanation.Text));
        });
        Assert.NotNull(s.Grade);
    }

    [Property(MaxTest = 200)]
    public void Score_RandomProject_TotalIsSumOfLeavesWithinWeights(int seed)
    {
        var s = ScoreOk(Project, RandomProject(seed));
        Assert.Equal(s.Total, s.Indicators.Where(i => i.IsLeaf).Sum(i => i.Score));
        Assert.All(s.Indicators, i => Assert.InRange(i.Score, 0m, i.Weight));
        Assert.InRange(s.Total, 0m, 100m);
    }

    [Property(MaxTest = 100)]
    public void ToJsonThenParse_RandomDepartment_SameDocument(int seed)
    {
        var e = RandomDepartment(seed);
        var json = EvaluationSerializer.ToJson(e);
        var again = EvaluationSerializer.Parse(json, "r.json");
        Assert.True(again.IsSuccess, string.Join("\n", again.Errors));
        Assert.Equal(json, EvaluationSerializer.ToJson(again.Value));
        Assert.Equal(ScoreOk(Department, e).Total, ScoreOk(Department, again.Value).Total);
    }

    [Property(MaxTest = 300)]
    public void ScoreTotals_RandomEvaluations_SameNumbersAsScore(int seed)
    {
        foreach (var (f, e) in new[] { (Department, RandomDepartment(seed)), (Project, RandomProject(seed)) })
        {
            var full = ScoreOk(f, e);
            var totals = Scorer.ScoreTotals(f, e).Value;
            Assert.Equal(full.Total, totals.Total);
            Assert.Equal(full.ReviewTotal, totals.ReviewTotal);
            Assert.Equal(full.Indicators.Select(i => (i.Code, i.Score, i.ReviewScore)), totals.Indicators.Select(i => (i.Code, i.Score, i.ReviewScore)));
        }
    }

    [Property(MaxTest = 1000)]
    public void OperatorScoring_WithAndWithoutText_SameScore(int op, int target, int actual, bool variant)
    {
        var o = (IndicatorOperator)(Math.Abs(op % 5));
        var settings = new FrameworkSettings { NegativeUsesTargetOverActual = variant };
        var (t, a) = (target % 500 / 4m, actual % 900 / 3m);
        Assert.Equal(OperatorScoring.Score(o, t, a, 7m, settings).Score, OperatorScoring.Score(o, t, a, 7m, settings, explain: false).Score);
    }

    [Property(MaxTest = 1000)]
    public void Fmt_AnyAmount_SameTextAsMoney(long hundredths, byte extra)
    {
        var value = (hundredths / 100m) + (extra / 100000m);
        Assert.Equal(Money.Format(value), Fmt.Two(value));
        Assert.Equal(Money.FormatShort(value), Fmt.Short(value));
        Assert.Equal(Money.FormatPercent(value / 1000m), Fmt.Percent(value / 1000m));
        Assert.Equal(Money.FormatPercent(value / 1000m, 2), Fmt.Percent(value / 1000m, 2));
    }

    private static int Rank(GradeScale scale, decimal score)
    {
        var band = scale.For(score);
        Assert.NotNull(band);
        return scale.Bands.Count - scale.Bands.ToList().IndexOf(band);   // bands are highest first
    }

    [Property(MaxTest = 500)]
    public Property For_HigherScore_NeverLowerGrade() =>
        Prop.ForAll(
            Gen.Choose(0, 10000).Two().ToArbitrary(),
            pair =>
            {
                var (a, b) = (pair.Item1 / 100m, pair.Item2 / 100m);
                var (low, high) = a <= b ? (a, b) : (b, a);
                return Rank(GradeScale.Default, low) <= Rank(GradeScale.Default, high)
                    && Rank(Department.Grades, low) <= Rank(Department.Grades, high);
            });
}
