namespace Jixiao.Domain.Review;

/// <summary>复核流程状态 (workflow state of an evaluation between a department and its finance bureau).</summary>
public enum ReviewState
{
    /// <summary>草稿</summary>
    Draft,

    /// <summary>已提交</summary>
    Submitted,

    /// <summary>复核中</summary>
    InReview,

    /// <summary>退回 (with comments and findings)</summary>
    Returned,

    /// <summary>再次提交</summary>
    Resubmitted,

    /// <summary>已通过</summary>
    Approved,

    /// <summary>已公开</summary>
    Published,
}

/// <summary>A move of the workflow.</summary>
public enum ReviewAction
{
    /// <summary>提交 (draft → submitted).</summary>
    Submit,

    /// <summary>开始复核 (submitted or resubmitted → in review).</summary>
    StartReview,

    /// <summary>退回 (in review → returned), a comment is required.</summary>
    Return,

    /// <summary>再次提交 (returned → resubmitted).</summary>
    Resubmit,

    /// <summary>通过 (in review → approved).</summary>
    Approve,

    /// <summary>公开 (approved → published).</summary>
    Publish,
}

/// <summary>Who acts. 填报人, 部门审核人, 财政局复核人, 管理员.</summary>
public enum ActorRole
{
    /// <summary>填报人 (department, own unit only).</summary>
    Preparer,

    /// <summary>部门审核人 (department, own unit only).</summary>
    Approver,

    /// <summary>财政局复核人 (units of their bureau).</summary>
    Reviewer,

    /// <summary>管理员.</summary>
    Admin,
}

/// <summary>
/// The review workflow as an explicit state machine: 草稿 → 已提交 → 复核中 → 退回 → 再次提交 → 复核中 → 已通过 → 已公开.
/// Transitions refuse illegal moves and role mismatches with a <see cref="DomainError"/>; they never throw.
/// Unit scope (own unit, bureau) is checked by the caller, which knows the records.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>The state an action leads to from a state, or an error when the move is illegal or the role may not make it.</summary>
    public static Result<ReviewState> Apply(ReviewState from, ReviewAction action, ActorRole role, string? comment = null)
    {
        var target = Target(from, action);
        if (target is null)
        {
            return Result<ReviewState>.Failure(new DomainError(
                "review.illegal-transition", "state", $"当前状态为“{from.Name()}”，不能执行“{action.Name()}”。"));
        }

        if (!MayAct(action, role))
        {
            return Result<ReviewState>.Failure(new DomainError(
                "review.role-mismatch", "role", $"“{role.Name()}”不能执行“{action.Name()}”。"));
        }

        if (action == ReviewAction.Return && string.IsNullOrWhiteSpace(comment))
        {
            return Result<ReviewState>.Failure(new DomainError(
                "review.comment-required", "comment", "退回时必须填写退回意见。"));
        }

        return Result<ReviewState>.Success(target.Value);
    }

    /// <summary>Actions that are legal from a state for a role (for buttons; the server re-checks with <see cref="Apply"/>).</summary>
    public static IReadOnlyList<ReviewAction> Available(ReviewState from, ActorRole role) =>
        Enum.GetValues<ReviewAction>().Where(a => Target(from, a) is not null && MayAct(a, role)).ToList();

    /// <summary>Whether a role may change the content (figures, indicators, narrative) in a state.</summary>
    public static bool CanEditContent(ReviewState state, ActorRole role) => state switch
    {
        ReviewState.Draft or ReviewState.Returned => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        ReviewState.Submitted or ReviewState.InReview or ReviewState.Resubmitted => false,
        ReviewState.Approved or ReviewState.Published => false,
    };

    /// <summary>Whether a role may enter review deductions (复核扣分) in a state.</summary>
    public static bool CanEditReview(ReviewState state, ActorRole role) => state switch
    {
        ReviewState.InReview => role is ActorRole.Reviewer or ActorRole.Admin,
        ReviewState.Draft or ReviewState.Submitted or ReviewState.Returned or ReviewState.Resubmitted => false,
        ReviewState.Approved or ReviewState.Published => false,
    };

    /// <summary>Whether the evaluation is waiting for the bureau (shown in the review queue).</summary>
    public static bool IsWithBureau(ReviewState state) => state switch
    {
        ReviewState.Submitted or ReviewState.InReview or ReviewState.Resubmitted => true,
        ReviewState.Draft or ReviewState.Returned or ReviewState.Approved or ReviewState.Published => false,
    };

    private static ReviewState? Target(ReviewState from, ReviewAction action) => (from, action) switch
    {
        (ReviewState.Draft, ReviewAction.Submit) => ReviewState.Submitted,
        (ReviewState.Submitted, ReviewAction.StartReview) => ReviewState.InReview,
        (ReviewState.Resubmitted, ReviewAction.StartReview) => ReviewState.InReview,
        (ReviewState.InReview, ReviewAction.Return) => ReviewState.Returned,
        (ReviewState.InReview, ReviewAction.Approve) => ReviewState.Approved,
        (ReviewState.Returned, ReviewAction.Resubmit) => ReviewState.Resubmitted,
        (ReviewState.Approved, ReviewAction.Publish) => ReviewState.Published,
        _ => null,
    };

    private static bool MayAct(ReviewAction action, ActorRole role) => action switch
    {
        ReviewAction.Submit or ReviewAction.Resubmit => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        ReviewAction.StartReview or ReviewAction.Return or ReviewAction.Approve => role is ActorRole.Reviewer or ActorRole.Admin,
        ReviewAction.Publish => role is ActorRole.Reviewer or ActorRole.Admin,
    };

    public static string Name(this ReviewState state) => state switch
    {
        ReviewState.Draft => "草稿",
        ReviewState.Submitted => "已提交",
        ReviewState.InReview => "复核中",
        ReviewState.Returned => "退回",
        ReviewState.Resubmitted => "再次提交",
        ReviewState.Approved => "已通过",
        ReviewState.Published => "已公开",
    };

    public static string Name(this ReviewAction action) => action switch
    {
        ReviewAction.Submit => "提交",
        ReviewAction.StartReview => "开始复核",
        ReviewAction.Return => "退回",
        ReviewAction.Resubmit => "再次提交",
        ReviewAction.Approve => "通过",
        ReviewAction.Publish => "公开",
    };

    public static string Name(this ActorRole role) => role switch
    {
        ActorRole.Preparer => "填报人",
        ActorRole.Approver => "部门审核人",
        ActorRole.Reviewer => "财政局复核人",
        ActorRole.Admin => "管理员",
    };
}
