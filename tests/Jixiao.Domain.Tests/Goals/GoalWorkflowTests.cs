using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Goals;

public class GoalWorkflowTests
{
    private static GoalPosition At(GoalState state, int round = 0) => new(state, round);

    [Fact]
    public void Apply_TwoRounds_DraftToApprovedThroughFirstAndSecondReview()
    {
        var p = GoalWorkflow.Apply(At(GoalState.Draft), GoalAction.Submit, ActorRole.Preparer, 2).Value;
        p = GoalWorkflow.Apply(p, GoalAction.StartReview, ActorRole.Reviewer, 2).Value;
        Assert.Equal(new GoalPosition(GoalState.InReview, 1), p);
        Assert.False(GoalWorkflow.Apply(p, GoalAction.Approve, ActorRole.Reviewer, 2).IsSuccess);
        p = GoalWorkflow.Apply(p, GoalAction.PassRound, ActorRole.Reviewer, 2).Value;
        Assert.Equal("复审中", GoalWorkflow.Describe(p));
        Assert.False(GoalWorkflow.Apply(p, GoalAction.PassRound, ActorRole.Reviewer, 2).IsSuccess);
        Assert.Equal(GoalState.Approved, GoalWorkflow.Apply(p, GoalAction.Approve, ActorRole.Reviewer, 2).Value.State);
    }

    [Fact]
    public void Apply_OneRound_ApproveFromFirstReviewAndNoPassRound()
    {
        var inReview = At(GoalState.InReview, 1);

        Assert.Equal(GoalState.Approved, GoalWorkflow.Apply(inReview, GoalAction.Approve, ActorRole.Reviewer, 1).Value.State);
        Assert.DoesNotContain(GoalAction.PassRound, GoalWorkflow.Available(inReview, ActorRole.Reviewer, 1));
    }

    [Fact]
    public void Apply_ReturnWithoutCommentOrByPreparer_Refused()
    {
        var inReview = At(GoalState.InReview, 2);

        Assert.Equal("goal.comment-required", GoalWorkflow.Apply(inReview, GoalAction.Return, ActorRole.Reviewer, 2, " ").Errors[0].Code);
        Assert.Equal("goal.role-mismatch", GoalWorkflow.Apply(inReview, GoalAction.Return, ActorRole.Preparer, 2, "x").Errors[0].Code);
        Assert.Equal(new GoalPosition(GoalState.Returned, 0), GoalWorkflow.Apply(inReview, GoalAction.Return, ActorRole.Reviewer, 2, "请修改").Value);
        Assert.Equal(GoalState.Resubmitted, GoalWorkflow.Apply(At(GoalState.Returned), GoalAction.Resubmit, ActorRole.Preparer, 2).Value.State);
    }

    [Theory]
    [InlineData(GoalState.Approved)]
    [InlineData(GoalState.Superseded)]
    public void Apply_LockedVersions_NoMoveAndNoEdit(GoalState state)
    {
        Assert.All(Enum.GetValues<GoalAction>(), a => Assert.False(GoalWorkflow.Apply(At(state), a, ActorRole.Admin, 2, "x").IsSuccess));
        Assert.False(GoalWorkflow.CanEdit(state, ActorRole.Admin));
        Assert.Equal(state == GoalState.Approved, GoalWorkflow.CanAdjust(state, ActorRole.Preparer));
    }
}

public class YearEndGoalTests
{
    private static GoalDeclaration Approved() => GoalCheckTests.Clean();

    [Fact]
    public void Create_ApprovedDeclaration_RowsCarriedOverAndKeptAsBasis()
    {
        var e = YearEndGoals.Create(Approved(), "goals/7（第 2 版）", 2);

        Assert.Equal(Approved().Annual.Indicators.Select(i => (i.Name, i.Target, i.Unit)), e.Goals.Select(g => (g.Name, g.Target, g.Unit)));
        Assert.All(e.Goals, g => Assert.Null(g.Actual));
        Assert.Equal(2, e.ApprovedGoals!.Revision);
        Assert.Empty(e.Inputs);
        Assert.Empty(YearEndGoalCheck.Run(e));
        Assert.DoesNotContain(Checker.Run(new CheckSubject { Name = "e", Evaluation = e }), f => f.Code.StartsWith("GOAL-", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TargetChangedAtYearEnd_CertainWithBothValues()
    {
        var e = YearEndGoals.Create(Approved(), "goals/7", 1);
        var changed = e with { Goals = [.. e.Goals.Select(g => g.Name == "举办业务培训班期数" ? g with { Target = 8m } : g)] };

        var f = Assert.Single(YearEndGoalCheck.Run(changed));

        Assert.Equal("GOAL-YEAREND-TARGET-CHANGED", f.Code);
        Assert.Equal(Severity.Certain, f.Severity);
        Assert.Equal("goals[0].target", f.Path);
        Assert.Contains(f.Evidence, x => x.Label == "批复目标" && x.Value == "≥10期");
        Assert.Contains(f.Evidence, x => x.Label == "年终自评" && x.Value == "≥8期");
    }

    [Fact]
    public void Run_RowDroppedAndRowAdded_BothFlagged()
    {
        var e = YearEndGoals.Create(Approved(), "goals/7", 1);
        var changed = e with { Goals = [.. e.Goals.Skip(1), new GoalIndicator { Level1 = "产出指标", Name = "新增宣传活动场次", Target = 3m, Unit = "场" }] };

        var findings = YearEndGoalCheck.Run(changed);

        Assert.Contains(findings, f => f.Code == "GOAL-YEAREND-MISSING" && f.Message.Contains("举办业务培训班期数", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == "GOAL-YEAREND-ADDED" && f.Path == "goals[5].name");
    }

    [Fact]
    public void Run_EvaluationWithoutBasis_Quiet()
    {
        var e = YearEndGoals.Create(Approved(), "goals/7", 1) with { ApprovedGoals = null };

        Assert.Empty(YearEndGoalCheck.Run(e with { Goals = [] }));
    }

    [Fact]
    public void Serializer_EvaluationWithBasis_RoundTripsThroughYaml()
    {
        var e = YearEndGoals.Create(Approved(), "goals/7", 2);

        var again = EvaluationSerializer.Parse(EvaluationSerializer.ToYaml(e), "e.yaml");

        Assert.True(again.IsSuccess, string.Join("\n", again.Errors));
        Assert.Equal(EvaluationSerializer.ToJson(e), EvaluationSerializer.ToJson(again.Value));
        Assert.Contains("approvedGoals", EvaluationSerializer.ToJson(e), StringComparison.Ordinal);
    }
}

public class TextGramTests
{
    [Theory]
    [InlineData("服务对象满意度", new[] { "服务", "务对", "对象", "象满", "满意", "意度" })]
    [InlineData("Ａ级 培训！", new[] { "a级", "级培", "培训" })]
    [InlineData("训", new[] { "训" })]
    [InlineData("", new string[0])]
    public void Grams_Text_NormalisedBigrams(string text, string[] expected) =>
        Assert.Equal(expected, TextGrams.Grams(text));

    [Fact]
    public void Bm25_ShortDocumentWithTheRareGram_RanksFirst()
    {
        var postings = new List<(int, string, int)> { (1, "培训", 3), (2, "培训", 3), (2, "满意", 1), (3, "满意", 1) };
        var lengths = new Dictionary<int, int> { [1] = 10, [2] = 40, [3] = 12 };

        var scores = TextGrams.Bm25(postings, lengths, documentCount: 100, averageLength: 20);

        Assert.True(scores[1] > 0 && scores[3] > 0);
        Assert.True(scores[2] > scores[3], "two matched grams beat one");
        Assert.True(TextGrams.Bm25([(1, "培训", 3)], lengths, 100, 20)[1] > TextGrams.Bm25([(2, "培训", 3)], lengths, 100, 20)[2], "shorter document ranks first");
    }
}

public class GoalReviewChecklistTests
{
    [Fact]
    public void BuiltIn_DefaultAndGrades_ValidWithRoundsAndConclusions()
    {
        var d = GoalReviewChecklists.Default;
        var grades = GoalReviewChecklists.BuiltIn.Single(c => c.Id == "grade-four-levels");

        Assert.Equal(2, d.Rounds);
        Assert.Equal(["完整性", "相关性", "适当性", "可行性"], d.Items.Select(i => i.Name).ToArray());
        Assert.True(d.Conclusion("通过")!.Approves);
        Assert.False(d.Conclusion("修改后通过")!.Approves);
        Assert.Equal(1, grades.Rounds);
        Assert.False(grades.Conclusion("差")!.Approves);
        Assert.Equal("feasibility", d.ItemFor("GOAL-SATISFACTION-NO-SURVEY").Code);
        Assert.All(GoalChecks.Codes.Keys.Where(c => !c.StartsWith("GOAL-YEAREND", StringComparison.Ordinal)), c => Assert.Contains(d.Items, i => i.Checks.Contains(c)));
    }

    [Fact]
    public void Parse_UnknownCheckCodeOnlyApprovingConclusionsAndThreeRounds_EveryErrorWithPath()
    {
        var r = GoalReviewChecklists.Parse("""
            id: test
            name: 测试
            rounds: 3
            ratings: [好, 差]
            conclusions:
              - { name: 通过, approves: true }
            items:
              - { code: a, name: 完整性, checks: [GOAL-NOPE] }
            """, "c.yaml");

        Assert.False(r.IsSuccess);
        Assert.Contains(r.Errors, e => e.Path == "rounds");
        Assert.Contains(r.Errors, e => e.Path == "items[0].checks" && e.Message.Contains("GOAL-NOPE", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoReturningConclusion_Refused()
    {
        var r = GoalReviewChecklists.Parse("id: t\nname: t\nratings: [好]\nconclusions: [{ name: 通过, approves: true }]\nitems: [{ code: a, name: b }]\n", "c.yaml");

        Assert.Contains(r.Errors, e => e.Path == "conclusions" && e.Message.Contains("退回", StringComparison.Ordinal));
    }
}
