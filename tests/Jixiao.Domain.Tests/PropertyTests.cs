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

    /// <summary>
    /// A random department or project evaluation with what the plain generators leave out: not-applicable
    /// leaves (rescaled by both built-in frameworks), stated scores, self and review deductions on any leaf,
    /// and now and then an error (unknown code, negative or unexplained deduction, missing actual, goal
    /// weights that do not add up, wrong kind).
    /// </summary>
    internal static (Framework Framework, Evaluation Evaluation) RandomAny(int seed)
    {
        var r = new Random(seed);
        var project = r.Next(0, 3) == 0;
        var (f, e) = project ? (Project, RandomProject(seed)) : (Department, RandomDepartment(seed));
        var inputs = new Dictionary<string, LeafInput>(e.Inputs);
        foreach (var leaf in f.Leaves())
        {
            inputs.TryGetValue(leaf.Code, out var input);
            input ??= new LeafInput();
            switch (r.Next(0, 12))
            {
                case 0:
                    input = input with { NotApplicable = true, Reason = "本年度无此项业务" };
                    break;
                case 1:
                    input = input with { Deductions = [new Deduction(Amount(r, 3), "自查问题"), new Deduction(Amount(r, 2), "另一问题")] };
                    break;
                case 2:
                    input = input with { ReviewDeductions = [new Deduction(Amount(r, 4), "复核问题")], Measure = "整改" };
                    break;
                case 3:
                    input = input with { Score = Amount(r, (int)leaf.Weight + 1) };
                    break;
                case 4 when r.Next(0, 8) == 0:
                    input = input with { Deductions = [new Deduction(-1m, "负数")] };
                    break;
                case 5 when r.Next(0, 8) == 0:
                    input = input with { ReviewDeductions = [new Deduction(1m, " ")] };
                    break;
                default:
                    continue;
            }

            inputs[leaf.Code] = input;
        }

        if (r.Next(0, 25) == 0)
        {
            inputs["9.9.9"] = new LeafInput { Score = 1m };
        }

        var goals = e.Goals.ToList();
        if (goals.Count > 0 && r.Next(0, 15) == 0)
        {
            var i = r.Next(goals.Count);
            goals[i] = goals[i].Operator == IndicatorOperator.Qualitative ? goals[i] with { Score = null } : goals[i] with { Actual = null };
        }

        if (goals.Count > 0 && r.Next(0, 15) == 0)
        {
            goals[0] = goals[0] with { Weight = goals[0].Weight + 1m };
        }

        var kind = r.Next(0, 40) == 0 ? (project ? EvaluationKind.Department : EvaluationKind.Project) : e.Kind;
        return (f, e with { Inputs = inputs, Goals = goals, Kind = kind });
    }

    /// <summary>Every number (with its scale, as JSON writes it) and flag of a result, explanations aside.</summary>
    private static string Figures(ScoreResult s) => string.Join("\n",
        new[] { FormattableString.Invariant($"{s.FrameworkId} {s.Total} {s.MaxTotal} {s.Grade?.Name} {s.ReviewTotal} {s.ReviewGrade?.Name}") }.Concat(
            s.Indicators.Select(i => FormattableString.Invariant(
                $"{i.Code} {i.Name} {i.Level} {i.ParentCode} {i.Weight} {i.RescaledWeight} {i.Score} {i.ReviewScore} {i.IsLeaf} {i.NotApplicable} {i.Reason} {i.Measure}"))));

    [Property(MaxTest = 1000)]
    public void ScoreTotals_RandomEvaluations_SameFiguresAndErrorsAsScore(int seed)
    {
        var (f, e) = RandomAny(seed);
        var full = Scorer.Score(f, e);
        var totals = Scorer.ScoreTotals(f, e);
        Assert.Equal(full.IsSuccess, totals.IsSuccess);
        if (!full.IsSuccess)
        {
            Assert.Equal(full.Errors, totals.Errors);
            return;
        }

        Assert.Equal(Figures(full.Value), Figures(totals.Value));
        Assert.All(totals.Value.Indicators, i => Assert.Equal(string.Empty, i.Explanation.Text));
        Assert.All(full.Value.Indicators, i => Assert.NotEqual(string.Empty, i.Explanation.Text));
    }

    [Fact]
    public void RandomAny_FirstThousandSeeds_CoverRescalingDeductionsAndErrors()
    {
        var results = Enumerable.Range(0, 1000).Select(RandomAny).Select(p => Scorer.ScoreTotals(p.Framework, p.Evaluation)).ToList();
        var ok = results.Where(x => x.IsSuccess).Select(x => x.Value).ToList();
        Assert.Contains(ok, s => s.Indicators.Any(i => i.RescaledWeight is not null));
        Assert.Contains(ok, s => s.ReviewTotal < s.Total);
        Assert.Contains(ok, s => s.Indicators.Any(i => i.Reason == "本年度无此项业务"));
        Assert.Contains(ok, s => s.FrameworkId == "national-project-2020" && s.Indicators.Any(i => i.Level == 2));
        Assert.InRange(results.Count(x => !x.IsSuccess), 20, 500);
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
