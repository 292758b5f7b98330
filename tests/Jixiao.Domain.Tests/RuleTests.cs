using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;
using static Jixiao.Domain.IndicatorOperator;

namespace Jixiao.Domain.Tests;

/// <summary>Every rule kind through the scorer, with hand-computed values.</summary>
public class RuleTests
{
    // ---- execution rate ----

    [Theory]
    [InlineData(251.89, 251.89, 10)]        // Qingshen: 100 %
    [InlineData(1297.59, 1167.83, 9)]       // 10 × 90.0 % (8.99997 → 9.00)
    [InlineData(320, 304, 9.5)]             // 10 × 95 %
    [InlineData(100, 120, 10)]              // over 100 %: capped at the weight
    [InlineData(100, 0, 0)]
    public void Score_ExecutionRate_WeightTimesRateCapped(decimal adjusted, decimal executed, decimal expected)
    {
        var leaf = Build.Leaf(Build.Framework(new ExecutionRateRule()), Build.Evaluation(new BudgetFigures { Adjusted = adjusted, Executed = executed }));
        Assert.Equal(expected, leaf.Score);
        Assert.Contains(leaf.Explanation.Inputs, i => i.Source == "budget.executed");
        Assert.Contains(leaf.Explanation.Inputs, i => i.Source == "budget.adjusted");
    }

    [Fact]
    public void Score_ExecutionRateCapOff_ScoreAboveWeight()
    {
        var fw = Build.Framework(new ExecutionRateRule(), settings: new FrameworkSettings { CapExecutionScore = false });
        var leaf = Build.Leaf(fw, Build.Evaluation(new BudgetFigures { Adjusted = 100m, Executed = 120m }));
        Assert.Equal(12m, leaf.Score);   // 10 × 120 %, no cap
    }

    [Fact]
    public void Score_ExecutionRateInitialBasis_DividesByInitialBudget()
    {
        var fw = Build.Framework(new ExecutionRateRule { Basis = BudgetBasis.Initial });
        var leaf = Build.Leaf(fw, Build.Evaluation(new BudgetFigures { Initial = 200m, Adjusted = 100m, Executed = 150m }));
        Assert.Equal(7.5m, leaf.Score);   // 10 × 150 / 200
        Assert.Contains(leaf.Explanation.Inputs, i => i.Source == "budget.initial");
    }

    [Fact]
    public void Score_ExecutionRateFromSettingsBasis_UsesFrameworkSetting()
    {
        var fw = Build.Framework(new ExecutionRateRule(), settings: new FrameworkSettings { ExecutionBasis = BudgetBasis.Initial });
        Assert.Equal(7.5m, Build.Leaf(fw, Build.Evaluation(new BudgetFigures { Initial = 200m, Adjusted = 100m, Executed = 150m })).Score);
    }

    [Fact]
    public void Score_ExecutionRateValueInput_UsesPercent()
    {
        var leaf = Build.Leaf(Build.Framework(new ExecutionRateRule()), Build.Evaluation(input: new LeafInput { Value = 87.5m }));
        Assert.Equal(8.75m, leaf.Score);
        Assert.Equal("inputs[\"L\"].value", leaf.Explanation.Inputs[0].Source);
    }

    [Fact]
    public void Score_ExecutionRateNumeratorDenominator_UsesThem()
    {
        var leaf = Build.Leaf(Build.Framework(new ExecutionRateRule()), Build.Evaluation(input: new LeafInput { Numerator = 45m, Denominator = 60m }));
        Assert.Equal(7.5m, leaf.Score);
    }

    [Fact]
    public void Score_ExecutionRateWithoutExecuted_ErrorNamesField()
    {
        var errors = Build.Errors(Build.Framework(new ExecutionRateRule()), Build.Evaluation(new BudgetFigures { Adjusted = 100m }));
        var e = Assert.Single(errors);
        Assert.Equal("budget.executed", e.Path);
        Assert.Equal(ErrorCatalogue.MissingInput, e.Code);
    }

    [Fact]
    public void Score_ExecutionRateZeroBudget_Error()
    {
        var errors = Build.Errors(Build.Framework(new ExecutionRateRule()), Build.Evaluation(new BudgetFigures { Adjusted = 0m, Executed = 5m }));
        Assert.Equal("budget.adjusted", Assert.Single(errors).Path);
    }

    [Fact]
    public void Score_StatedScoreWithoutInputs_UsedAndMarked()
    {
        var leaf = Build.Leaf(Build.Framework(new ExecutionRateRule()), Build.Evaluation(input: new LeafInput { Score = 9m }));
        Assert.Equal(9m, leaf.Score);
        Assert.Contains("填报", leaf.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_StatedScoreNotAccepted_Error()
    {
        var fw = Build.Framework(new ExecutionRateRule(), settings: new FrameworkSettings { AcceptStatedScores = false });
        var errors = Build.Errors(fw, Build.Evaluation(input: new LeafInput { Score = 9m }));
        Assert.Equal("budget.executed", Assert.Single(errors).Path);
    }

    [Fact]
    public void Score_StatedScoreAboveWeight_Error()
    {
        var errors = Build.Errors(Build.Framework(new ExecutionRateRule()), Build.Evaluation(input: new LeafInput { Score = 11m }));
        var e = Assert.Single(errors);
        Assert.Equal("inputs[\"L\"].score", e.Path);
        Assert.Equal(ErrorCatalogue.ScoreOutOfRange, e.Code);
    }

    [Fact]
    public void Score_StatedScoreDiffersFromComputed_ComputedWinsAndNoted()
    {
        var leaf = Build.Leaf(Build.Framework(new ExecutionRateRule()),
            Build.Evaluation(new BudgetFigures { Adjusted = 100m, Executed = 80m }, input: new LeafInput { Score = 10m }));
        Assert.Equal(8m, leaf.Score);
        Assert.Contains("以计算结果为准", leaf.Explanation.Text, StringComparison.Ordinal);
    }

    // ---- goal completion (部门整体 产出/效益 指标完成情况) ----

    [Fact]
    public void Score_GoalCompletionWeighted_WeightTimesSumScoresOverSumWeights()
    {
        var rule = new GoalCompletionRule { Level1 = ["产出指标"] };
        var goals = new[]
        {
            Build.Goal("产出指标", AtLeast, 16m, 17m, 10m),          // 10
            Build.Goal("产出指标", AtLeast, 100m, 80m, 30m),         // 30 × 0.8 = 24
            Build.Goal("效益指标", AtLeast, 100m, 0m, 50m),          // another class: ignored
        };
        var leaf = Build.Leaf(Build.Framework(rule, weight: 20m), Build.Evaluation(goals: goals));
        Assert.Equal(17m, leaf.Score);   // 20 × 34 / 40
        Assert.Equal(2, leaf.Explanation.Inputs.Count);
        Assert.Equal("goals[1]", leaf.Explanation.Inputs[1].Source);
    }

    [Fact]
    public void Score_GoalCompletionEqual_MeanOfCompletionRates()
    {
        var rule = new GoalCompletionRule { Level1 = ["产出"], Derivation = GoalDerivation.Equal };
        var goals = new[] { Build.Goal("产出指标", AtLeast, 100m, 100m, 10m), Build.Goal("产出指标", AtLeast, 100m, 50m, 30m) };
        Assert.Equal(15m, Build.Leaf(Build.Framework(rule, weight: 20m), Build.Evaluation(goals: goals)).Score);   // 20 × (1 + 0.5) / 2
    }

    [Fact]
    public void Score_GoalCompletionGoalsWithoutWeights_CountEqually()
    {
        var rule = new GoalCompletionRule { Level1 = ["效益指标"] };
        var goals = new[] { Build.Goal("效益指标", AtMost, 10m, 15m, 0m), Build.Goal("效益指标", EqualTo, 100m, 100m, 0m) };
        Assert.Equal(15m, Build.Leaf(Build.Framework(rule, weight: 20m), Build.Evaluation(goals: goals)).Score);   // 20 × (0.5 + 1) / 2
    }

    [Fact]
    public void Score_GoalCompletionQualitativeGoal_ScoreCountsWithinItsWeight()
    {
        var rule = new GoalCompletionRule { Level1 = ["效益指标"] };
        var goals = new[]
        {
            Build.Goal("效益指标", Qualitative, null, null, 10m) with { Answer = QualitativeAnswer.Achieved, Score = 9m },
            Build.Goal("效益指标", AtLeast, 100m, 100m, 10m),
        };
        Assert.Equal(19m, Build.Leaf(Build.Framework(rule, weight: 20m), Build.Evaluation(goals: goals)).Score);   // 20 × 19 / 20
    }

    [Fact]
    public void Score_QualitativeGoalWithoutWeight_ErrorNamesWeight()
    {
        var goals = new[] { Build.Goal("效益指标", Qualitative, null, null, 0m) with { Answer = QualitativeAnswer.Achieved, Score = 9m } };
        var e = Assert.Single(Build.Errors(Build.Framework(new GoalCompletionRule { Level1 = ["效益指标"] }, 20m), Build.Evaluation(goals: goals)));
        Assert.Equal("goals[0].weight", e.Path);
    }

    [Fact]
    public void Score_QualitativeGoalOutsideRange_ErrorNamesGoalScore()
    {
        var goals = new[] { Build.Goal("效益指标", Qualitative, null, null, 10m) with { Answer = QualitativeAnswer.NotAchieved, Score = 7m } };
        var e = Assert.Single(Build.Errors(Build.Framework(new GoalCompletionRule { Level1 = ["效益指标"] }, 20m), Build.Evaluation(goals: goals)));
        Assert.Equal("goals[0].score", e.Path);
        Assert.Contains("0–6", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_GoalCompletionNoGoals_ErrorNamesGoals()
    {
        var e = Assert.Single(Build.Errors(Build.Framework(new GoalCompletionRule { Level1 = ["产出指标"] }, 20m), Build.Evaluation()));
        Assert.Equal("goals", e.Path);
    }

    [Fact]
    public void Score_GoalWithoutActual_ErrorNamesGoal()
    {
        var goals = new[] { Build.Goal("产出指标", AtLeast, 100m, 100m, 10m), Build.Goal("产出指标", AtLeast, 100m, null, 10m, "培训人次") };
        var e = Assert.Single(Build.Errors(Build.Framework(new GoalCompletionRule { Level1 = ["产出指标"] }, 20m), Build.Evaluation(goals: goals)));
        Assert.Equal("goals[1].actual", e.Path);
        Assert.Contains("培训人次", e.Message, StringComparison.Ordinal);
    }

    // ---- declared indicators (project frameworks) ----

    [Fact]
    public void Score_DeclaredIndicators_SumOfGoalScoresWithGoalsAsChildren()
    {
        var goals = new[]
        {
            Build.Goal("产出指标", EqualTo, 100m, 100m, 60m, "覆盖率"),
            Build.Goal("效益指标", AtLeast, 100m, 90m, 30m, "保障率"),   // 30 × 0.9 = 27
        };
        var fw = Build.Framework(new DeclaredIndicatorsRule(), weight: 90m, kind: EvaluationKind.Project);
        var result = Scorer.Score(fw, Build.Evaluation(goals: goals, kind: EvaluationKind.Project));
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var leaf = result.Value.Find("L")!;
        Assert.Equal(87m, leaf.Score);
        Assert.False(leaf.IsLeaf);
        Assert.Equal(60m, result.Value.Find("L.1")!.Score);
        Assert.Equal(27m, result.Value.Find("L.2")!.Score);
        Assert.Equal("L", result.Value.Find("L.2")!.ParentCode);
        Assert.Equal(97m, result.Value.Total);
    }

    [Fact]
    public void Score_DeclaredIndicatorsWeightsDoNotSum_ErrorListsGoalWeights()
    {
        var goals = new[] { Build.Goal("产出指标", AtLeast, 1m, 1m, 60m), Build.Goal("效益指标", AtLeast, 1m, 1m, 20m) };
        var fw = Build.Framework(new DeclaredIndicatorsRule(), weight: 90m, kind: EvaluationKind.Project);
        var e = Assert.Single(Build.Errors(fw, Build.Evaluation(goals: goals, kind: EvaluationKind.Project)));
        Assert.Equal(ErrorCatalogue.GoalWeights, e.Code);
        Assert.Contains("合计 80", e.Message, StringComparison.Ordinal);
        Assert.Contains("goals[1].weight=20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DeclaredIndicatorsGoalOfUnknownClass_ErrorNamesGoal()
    {
        var goals = new[] { Build.Goal("产出指标", AtLeast, 1m, 1m, 90m), Build.Goal("成效指标", AtLeast, 1m, 1m, 0m) };
        var fw = Build.Framework(new DeclaredIndicatorsRule { Level1 = ["产出指标"] }, weight: 90m, kind: EvaluationKind.Project);
        var e = Assert.Single(Build.Errors(fw, Build.Evaluation(goals: goals, kind: EvaluationKind.Project)));
        Assert.Equal("goals[1].level1", e.Path);
    }

    // ---- measured ----

    [Fact]
    public void Score_MeasuredAtMost_LinearCut()
    {
        var rule = new MeasuredRule { Operator = AtMost, Target = 10m, Unit = "天" };
        Assert.Equal(5m, Build.Leaf(Build.Framework(rule), Build.Evaluation(input: new LeafInput { Value = 15m })).Score);   // 10 × (1 − 5/10)
    }

    [Fact]
    public void Score_MeasuredWithoutValue_ErrorNamesValue()
    {
        var rule = new MeasuredRule { Operator = AtLeast, Target = 10m };
        Assert.Equal("inputs[\"L\"].value", Assert.Single(Build.Errors(Build.Framework(rule), Build.Evaluation())).Path);
    }

    // ---- ratio ----

    private static RatioRule CarryOver(decimal? deduct) => new()
    {
        Numerator = "budget.carryOver",
        Denominator = "budget.adjusted",
        Scoring = RatioScoring.Threshold,
        Threshold = new RatioThreshold(AtMost, 10m, deduct),
    };

    [Theory]
    [InlineData(8, 2)]        // 8 % ≤ 10 %: full
    [InlineData(10, 2)]
    [InlineData(15, 1)]       // 2 − 0.2 × 5
    [InlineData(12.5, 1.5)]   // 2 − 0.2 × 2.5
    [InlineData(30, 0)]       // 2 − 0.2 × 20 → floor 0
    public void Score_RatioThresholdWithDeduction_DeductPerPercentagePoint(decimal carryOver, decimal expected)
    {
        var leaf = Build.Leaf(Build.Framework(CarryOver(0.2m), weight: 2m), Build.Evaluation(new BudgetFigures { Adjusted = 100m, CarryOver = carryOver }));
        Assert.Equal(expected, leaf.Score);
        Assert.Contains(leaf.Explanation.Inputs, i => i.Source == "budget.carryOver");
    }

    [Fact]
    public void Score_RatioThresholdWithoutDeduction_ZeroWhenMissed()
    {
        var leaf = Build.Leaf(Build.Framework(CarryOver(null), weight: 2m), Build.Evaluation(new BudgetFigures { Adjusted = 100m, CarryOver = 10.01m }));
        Assert.Equal(0m, leaf.Score);
    }

    [Theory]
    [InlineData(96, 2)]
    [InlineData(95, 2)]
    [InlineData(90, 1.5)]
    [InlineData(75, 1)]
    [InlineData(74.99, 0)]
    public void Score_RatioSteps_FirstMatchingStep(decimal inUse, decimal expected)
    {
        var rule = new RatioRule
        {
            Numerator = "budget.fixedAssetsInUse",
            Denominator = "budget.fixedAssetsTotal",
            Scoring = RatioScoring.Steps,
            Steps = [new RatioStep(AtLeast, 95m, 2m), new RatioStep(AtLeast, 85m, 1.5m), new RatioStep(AtLeast, 75m, 1m)],
        };
        var leaf = Build.Leaf(Build.Framework(rule, weight: 2m), Build.Evaluation(new BudgetFigures { FixedAssetsInUse = inUse, FixedAssetsTotal = 100m }));
        Assert.Equal(expected, leaf.Score);
    }

    [Fact]
    public void Score_RatioProportionalFromInput_WeightTimesRatio()
    {
        var rule = new RatioRule { Scoring = RatioScoring.Proportional };
        var leaf = Build.Leaf(Build.Framework(rule, weight: 4m), Build.Evaluation(input: new LeafInput { Numerator = 30m, Denominator = 40m }));
        Assert.Equal(3m, leaf.Score);   // 4 × 75 %
    }

    [Fact]
    public void Score_RatioZeroDenominator_ErrorNamesField()
    {
        var e = Assert.Single(Build.Errors(Build.Framework(CarryOver(0.2m), weight: 2m), Build.Evaluation(new BudgetFigures { Adjusted = 0m, CarryOver = 1m })));
        Assert.Equal("budget.adjusted", e.Path);
    }

    [Fact]
    public void Score_RatioMissingBudgetField_ErrorNamesField()
    {
        var e = Assert.Single(Build.Errors(Build.Framework(CarryOver(0.2m), weight: 2m), Build.Evaluation(new BudgetFigures { Adjusted = 100m })));
        Assert.Equal("budget.carryOver", e.Path);
    }

    // ---- compliance ----

    [Fact]
    public void Score_ComplianceNoFindings_Full() =>
        Assert.Equal(10m, Build.Leaf(Build.Framework(new ComplianceRule()), Build.Evaluation()).Score);

    [Fact]
    public void Score_ComplianceDeductions_WeightLessDeductions()
    {
        var input = new LeafInput { Deductions = [new Deduction(0.5m, "凭证不全"), new Deduction(1m, "未按期公开")] };
        var leaf = Build.Leaf(Build.Framework(new ComplianceRule(), weight: 2m), Build.Evaluation(input: input));
        Assert.Equal(0.5m, leaf.Score);
        Assert.Contains("凭证不全", leaf.Explanation.Text, StringComparison.Ordinal);
        Assert.Contains(leaf.Explanation.Inputs, i => i.Source == "inputs[\"L\"].deductions[1]");
    }

    [Fact]
    public void Score_ComplianceDeductionsAboveWeight_FloorZero()
    {
        var input = new LeafInput { Deductions = [new Deduction(3m, "多项问题")] };
        Assert.Equal(0m, Build.Leaf(Build.Framework(new ComplianceRule(), weight: 2m), Build.Evaluation(input: input)).Score);
    }

    [Fact]
    public void Score_DeductionWithoutReason_Error()
    {
        var input = new LeafInput { Deductions = [new Deduction(1m, " ")] };
        var e = Assert.Single(Build.Errors(Build.Framework(new ComplianceRule(), weight: 2m), Build.Evaluation(input: input)));
        Assert.Equal("inputs[\"L\"].deductions[0].reason", e.Path);
    }

    // ---- qualitative ----

    [Theory]
    [InlineData(QualitativeAnswer.Achieved, 8)]
    [InlineData(QualitativeAnswer.Achieved, 10)]
    [InlineData(QualitativeAnswer.PartlyAchieved, 6)]
    [InlineData(QualitativeAnswer.PartlyAchieved, 7.5)]
    [InlineData(QualitativeAnswer.NotAchieved, 0)]
    [InlineData(QualitativeAnswer.NotAchieved, 5.99)]
    public void Score_QualitativeInRange_Accepted(QualitativeAnswer answer, decimal score)
    {
        var leaf = Build.Leaf(Build.Framework(new QualitativeRule()), Build.Evaluation(input: new LeafInput { Answer = answer, Score = score }));
        Assert.Equal(score, leaf.Score);
    }

    [Theory]
    [InlineData(QualitativeAnswer.Achieved, 7.99)]
    [InlineData(QualitativeAnswer.PartlyAchieved, 8.5)]
    [InlineData(QualitativeAnswer.PartlyAchieved, 5)]
    [InlineData(QualitativeAnswer.NotAchieved, 6.5)]
    public void Score_QualitativeOutsideRange_RejectedNamingScore(QualitativeAnswer answer, decimal score)
    {
        var e = Assert.Single(Build.Errors(Build.Framework(new QualitativeRule()), Build.Evaluation(input: new LeafInput { Answer = answer, Score = score })));
        Assert.Equal(ErrorCatalogue.ScoreOutOfRange, e.Code);
        Assert.Equal("inputs[\"L\"].score", e.Path);
        Assert.Contains(answer.Name(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_QualitativeCustomRanges_FromSettings()
    {
        var settings = new FrameworkSettings { Achieved = new QualitativeRange(0.9m, 1m) };
        var fw = Build.Framework(new QualitativeRule(), settings: settings);
        Assert.Single(Build.Errors(fw, Build.Evaluation(input: new LeafInput { Answer = QualitativeAnswer.Achieved, Score = 8.5m })));
        Assert.Equal(9m, Build.Leaf(fw, Build.Evaluation(input: new LeafInput { Answer = QualitativeAnswer.Achieved, Score = 9m })).Score);
    }

    [Fact]
    public void Score_QualitativeWithoutAnswer_ErrorNamesAnswer() =>
        Assert.Equal("inputs[\"L\"].answer", Assert.Single(Build.Errors(Build.Framework(new QualitativeRule()), Build.Evaluation(input: new LeafInput { Score = 9m }))).Path);

    // ---- not applicable, review, whole-evaluation checks ----

    [Fact]
    public void Score_NotApplicableFullMarks_Full()
    {
        var fw = Build.Framework(new ExecutionRateRule(), settings: new FrameworkSettings { NotApplicable = NotApplicablePolicy.FullMarks });
        var leaf = Build.Leaf(fw, Build.Evaluation(input: new LeafInput { NotApplicable = true }));
        Assert.Equal(10m, leaf.Score);
        Assert.True(leaf.NotApplicable);
    }

    [Fact]
    public void Score_NotApplicableRescale_OthersScaledToTotal()
    {
        // L (10) is excluded; F (90) scored 45 of 90 after a deduction → 45 × 100 / 90 = 50.
        var fw = Build.Framework(new ExecutionRateRule());
        var evaluation = Build.Evaluation(input: new LeafInput { NotApplicable = true }) with
        {
            Inputs = new Dictionary<string, LeafInput>
            {
                ["L"] = new() { NotApplicable = true },
                ["F"] = new() { Deductions = [new Deduction(45m, "问题")] },
            },
        };
        var result = Scorer.Score(fw, evaluation);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal(0m, result.Value.Find("L")!.Score);
        Assert.Equal(50m, result.Value.Find("F")!.Score);
        Assert.Equal(100m, result.Value.Find("F")!.RescaledWeight);
        Assert.Equal(50m, result.Value.Total);
    }

    [Fact]
    public void Score_ReviewDeductions_KeptApartFromSelfScore()
    {
        var input = new LeafInput { Deductions = [new Deduction(1m, "自查问题")], ReviewDeductions = [new Deduction(2m, "复核发现问题")] };
        var result = Scorer.Score(Build.Framework(new ComplianceRule()), Build.Evaluation(input: input));
        Assert.True(result.IsSuccess);
        var leaf = result.Value.Find("L")!;
        Assert.Equal(9m, leaf.Score);
        Assert.Equal(7m, leaf.ReviewScore);
        Assert.Equal(2m, leaf.ReviewDeduction);
        Assert.Equal(99m, result.Value.Total);
        Assert.Equal(97m, result.Value.ReviewTotal);
    }

    [Fact]
    public void Score_KindMismatch_Error() =>
        Assert.Equal("kind", Assert.Single(Build.Errors(Build.Framework(new ComplianceRule()), Build.Evaluation(kind: EvaluationKind.Project))).Path);

    [Fact]
    public void Score_InputForUnknownLeaf_Error()
    {
        var evaluation = Build.Evaluation() with { Inputs = new Dictionary<string, LeafInput> { ["9.9"] = new() } };
        Assert.Equal("inputs[\"9.9\"]", Assert.Single(Build.Errors(Build.Framework(new ComplianceRule()), evaluation)).Path);
    }

    [Fact]
    public void Score_SeveralProblems_AllReportedInOnePass()
    {
        var goals = new[] { Build.Goal("产出指标", AtLeast, 100m, null, 10m), Build.Goal("产出指标", AtLeast, null, 5m, 10m) };
        var fw = new Framework
        {
            Id = "t",
            Name = "t",
            Kind = EvaluationKind.Department,
            Indicators =
            [
                new IndicatorNode { Code = "A", Name = "a", Weight = 50m, Rule = new GoalCompletionRule { Level1 = ["产出指标"] } },
                new IndicatorNode { Code = "B", Name = "b", Weight = 50m, Rule = new ExecutionRateRule() },
            ],
        };
        var errors = Build.Errors(fw, Build.Evaluation(goals: goals));
        Assert.Equal(["goals[0].actual", "goals[1].target", "budget.executed"], errors.Select(e => e.Path).ToArray());
    }
}
