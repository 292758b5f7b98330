using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

public class ReviewWorkflowTests
{
    public static TheoryData<ReviewState, ReviewAction, ActorRole, ReviewState> LegalMoves => new()
    {
        { ReviewState.Draft, ReviewAction.Submit, ActorRole.Preparer, ReviewState.DepartmentReview },
        { ReviewState.Draft, ReviewAction.Submit, ActorRole.Approver, ReviewState.DepartmentReview },
        { ReviewState.DepartmentReview, ReviewAction.DepartmentReturn, ActorRole.Approver, ReviewState.DepartmentReturned },
        { ReviewState.DepartmentReturned, ReviewAction.Submit, ActorRole.Preparer, ReviewState.DepartmentReview },
        { ReviewState.DepartmentReview, ReviewAction.DepartmentApprove, ActorRole.Approver, ReviewState.Submitted },
        { ReviewState.Submitted, ReviewAction.StartReview, ActorRole.Reviewer, ReviewState.InReview },
        { ReviewState.InReview, ReviewAction.Return, ActorRole.Reviewer, ReviewState.Returned },
        { ReviewState.Returned, ReviewAction.Resubmit, ActorRole.Preparer, ReviewState.DepartmentReview },
        { ReviewState.Resubmitted, ReviewAction.StartReview, ActorRole.Reviewer, ReviewState.InReview },
        { ReviewState.InReview, ReviewAction.Approve, ActorRole.Reviewer, ReviewState.Approved },
        { ReviewState.Approved, ReviewAction.Publish, ActorRole.Reviewer, ReviewState.Published },
        { ReviewState.Approved, ReviewAction.Publish, ActorRole.Admin, ReviewState.Published },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Apply_LegalMove_ReachesTarget(ReviewState from, ReviewAction action, ActorRole role, ReviewState expected)
    {
        var result = ReviewWorkflow.Apply(from, action, role, "请补充说明");

        Assert.True(result.IsSuccess, string.Join("；", result.Errors));
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Apply_DepartmentApprovalAfterBureauReturn_IsResubmitted()
    {
        var first = ReviewWorkflow.Apply(ReviewState.DepartmentReview, ReviewAction.DepartmentApprove, ActorRole.Approver, sentToBureauBefore: false);
        var again = ReviewWorkflow.Apply(ReviewState.DepartmentReview, ReviewAction.DepartmentApprove, ActorRole.Approver, sentToBureauBefore: true);

        Assert.Equal(ReviewState.Submitted, first.Value);
        Assert.Equal(ReviewState.Resubmitted, again.Value);
    }

    [Theory]
    [InlineData(ReviewState.Draft, ReviewAction.DepartmentApprove)]
    [InlineData(ReviewState.Draft, ReviewAction.StartReview)]
    [InlineData(ReviewState.DepartmentReview, ReviewAction.StartReview)]
    [InlineData(ReviewState.DepartmentReturned, ReviewAction.DepartmentApprove)]
    [InlineData(ReviewState.Returned, ReviewAction.DepartmentApprove)]
    [InlineData(ReviewState.Draft, ReviewAction.Approve)]
    [InlineData(ReviewState.Draft, ReviewAction.Publish)]
    [InlineData(ReviewState.Submitted, ReviewAction.Approve)]
    [InlineData(ReviewState.Returned, ReviewAction.Approve)]
    [InlineData(ReviewState.Published, ReviewAction.Return)]
    [InlineData(ReviewState.Approved, ReviewAction.Submit)]
    [InlineData(ReviewState.Submitted, ReviewAction.Publish)]
    public void Apply_IllegalMove_ReturnsIllegalTransitionError(ReviewState from, ReviewAction action)
    {
        var result = ReviewWorkflow.Apply(from, action, ActorRole.Admin, "意见");

        Assert.False(result.IsSuccess);
        Assert.Equal("review.illegal-transition", result.Errors.Single().Code);
        Assert.Contains(from.Name(), result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReviewState.Submitted, ReviewAction.StartReview, ActorRole.Preparer)]
    [InlineData(ReviewState.InReview, ReviewAction.Approve, ActorRole.Approver)]
    [InlineData(ReviewState.Approved, ReviewAction.Publish, ActorRole.Preparer)]
    [InlineData(ReviewState.Draft, ReviewAction.Submit, ActorRole.Reviewer)]
    [InlineData(ReviewState.Returned, ReviewAction.Resubmit, ActorRole.Reviewer)]
    [InlineData(ReviewState.DepartmentReview, ReviewAction.DepartmentApprove, ActorRole.Preparer)]
    [InlineData(ReviewState.DepartmentReview, ReviewAction.DepartmentReturn, ActorRole.Preparer)]
    [InlineData(ReviewState.DepartmentReview, ReviewAction.DepartmentApprove, ActorRole.Reviewer)]
    public void Apply_RoleMismatch_ReturnsRoleError(ReviewState from, ReviewAction action, ActorRole role)
    {
        var result = ReviewWorkflow.Apply(from, action, role, "意见");

        Assert.Equal("review.role-mismatch", result.Errors.Single().Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Apply_ReturnWithoutComment_RequiresComment(string? comment)
    {
        var result = ReviewWorkflow.Apply(ReviewState.InReview, ReviewAction.Return, ActorRole.Reviewer, comment);
        var department = ReviewWorkflow.Apply(ReviewState.DepartmentReview, ReviewAction.DepartmentReturn, ActorRole.Approver, comment);

        Assert.Equal("review.comment-required", result.Errors.Single().Code);
        Assert.Equal("review.comment-required", department.Errors.Single().Code);
    }

    [Fact]
    public void Available_Preparer_NeverReachesTheBureauDirectly()
    {
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            foreach (var before in new[] { false, true })
            {
                foreach (var action in ReviewWorkflow.Available(state, ActorRole.Preparer, before))
                {
                    var target = ReviewWorkflow.Apply(state, action, ActorRole.Preparer, "意见", before).Value;
                    Assert.False(ReviewWorkflow.IsWithBureau(target), $"{state} --{action}--> {target}");
                }
            }
        }
    }

    [Fact]
    public void Apply_EveryStateAndActionAndRole_NeverThrowsAndAgreesWithAvailable()
    {
        foreach (var state in Enum.GetValues<ReviewState>())
        {
            foreach (var role in Enum.GetValues<ActorRole>())
            {
                var available = ReviewWorkflow.Available(state, role);
                foreach (var action in Enum.GetValues<ReviewAction>())
                {
                    var result = ReviewWorkflow.Apply(state, action, role, "意见");
                    Assert.Equal(available.Contains(action), result.IsSuccess);
                }
            }
        }
    }

    [Fact]
    public void Available_PublishedState_HasNoMoves()
    {
        foreach (var role in Enum.GetValues<ActorRole>())
        {
            Assert.Empty(ReviewWorkflow.Available(ReviewState.Published, role));
        }
    }

    [Theory]
    [InlineData(ReviewState.Draft, ActorRole.Preparer, true)]
    [InlineData(ReviewState.Returned, ActorRole.Preparer, true)]
    [InlineData(ReviewState.Submitted, ActorRole.Preparer, false)]
    [InlineData(ReviewState.InReview, ActorRole.Preparer, false)]
    [InlineData(ReviewState.Approved, ActorRole.Admin, false)]
    [InlineData(ReviewState.Draft, ActorRole.Reviewer, false)]
    [InlineData(ReviewState.DepartmentReview, ActorRole.Preparer, false)]
    [InlineData(ReviewState.DepartmentReview, ActorRole.Approver, false)]
    [InlineData(ReviewState.DepartmentReturned, ActorRole.Preparer, true)]
    public void CanEditContent_ByStateAndRole_MatchesRules(ReviewState state, ActorRole role, bool expected) =>
        Assert.Equal(expected, ReviewWorkflow.CanEditContent(state, role));

    [Fact]
    public void Names_EveryState_AreChinese()
    {
        var names = Enum.GetValues<ReviewState>().Select(s => s.Name()).ToList();

        Assert.Equal(["草稿", "待部门审核", "部门退回", "已提交", "复核中", "退回", "再次提交", "已通过", "已公开"], names);
    }
}
