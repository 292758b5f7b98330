namespace Jixiao.Domain.Review;

/// <summary>复核流程状态 (workflow state of an evaluation: inside the department, then between the department and its finance bureau).</summary>
public enum ReviewState
{
    /// <summary>草稿</summary>
    Draft,

    /// <summary>待部门审核 (the preparer has submitted it to the department approver).</summary>
    DepartmentReview,

    /// <summary>部门退回 (the department approver sent it back to the preparer, with a comment).</summary>
    DepartmentReturned,

    /// <summary>已提交 (the department approved it; waiting for the bureau).</summary>
    Submitted,

    /// <summary>复核中</summary>
    InReview,

    /// <summary>退回 (by the bureau, with comments and findings)</summary>
    Returned,

    /// <summary>再次提交 (approved again by the department after a bureau return; waiting for the bureau).</summary>
    Resubmitted,

    /// <summary>已通过</summary>
    Approved,

    /// <summary>已公开</summary>
    Published,
}

/// <summary>A move of the workflow.</summary>
public enum ReviewAction
{
    /// <summary>提交 (draft or returned by the department → department review).</summary>
    Submit,

    /// <summary>部门审核通过 (department review → submitted to the bureau, or resubmitted after a bureau return).</summary>
    DepartmentApprove,

    /// <summary>部门退回 (department review → returned inside the department), a comment is required.</summary>
    DepartmentReturn,

    /// <summary>开始复核 (submitted or resubmitted → in review).</summary>
    StartReview,

    /// <summary>退回 (in review → returned), a comment is required.</summary>
    Return,

    /// <summary>再次提交 (returned by the bureau → department review again).</summary>
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
/// The review workflow as an explicit state machine:
/// 草稿 → 待部门审核 (→ 部门退回 → 待部门审核) → 已提交 → 复核中 → 退回 → 待部门审核 → 再次提交 → 复核中 → 已通过 → 已公开.
/// Every submission to the bureau passes the 部门审核人; a 填报人 cannot send anything to the bureau.
/// Transitions refuse illegal moves and role mismatches with a <see cref="DomainError"/>; they never throw.
/// Unit scope (own unit, bureau) and the content gates are checked by the caller, which knows the records.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>
    /// The state an action leads to from a state, or an error when the move is illegal or the role may not make it.
    /// <paramref name="sentToBureauBefore"/>: the evaluation went to the bureau before (and came back), so the
    /// department's approval makes it 再次提交 rather than 已提交.
    /// </summary>
    public static Result<ReviewState> Apply(ReviewState from, ReviewAction action, ActorRole role, string? comment = null, bool sentToBureauBefore = false)
    {
        var target = Target(from, action, sentToBureauBefore);
        if (target is null)
        {
            return Result<ReviewState>.Failure(new DomainError(
                "review.illegal-transition", "state", $"当前状态为“{from.Name()}”，不能执行“{action.Name()}”。"));
        }

        if (!MayAct(action, role))
        {
            return Result<ReviewState>.Failure(new DomainError(
                "review.role-mismatch", "role", $"“{role.Name()}”不能执行“{action.Name()}”（只有{Who(action)}可以）。"));
        }

        if (NeedsComment(action) && string.IsNullOrWhiteSpace(comment))
        {
            return Result<ReviewState>.Failure(new DomainError(
                "review.comment-required", "comment", "退回时必须填写退回意见。"));
        }

        return Result<ReviewState>.Success(target.Value);
    }

    /// <summary>Actions that are legal from a state for a role (for buttons; the server re-checks with <see cref="Apply"/>).</summary>
    public static IReadOnlyList<ReviewAction> Available(ReviewState from, ActorRole role, bool sentToBureauBefore = false) =>
        Enum.GetValues<ReviewAction>().Where(a => Target(from, a, sentToBureauBefore) is not null && MayAct(a, role)).ToList();

    /// <summary>Whether an action needs a comment (the two returns).</summary>
    public static bool NeedsComment(ReviewAction action) => action switch
    {
        ReviewAction.Return or ReviewAction.DepartmentReturn => true,
        ReviewAction.Submit or ReviewAction.DepartmentApprove or ReviewAction.StartReview or ReviewAction.Resubmit or ReviewAction.Approve or ReviewAction.Publish => false,
    };

    /// <summary>
    /// Whether an action must pass the content gates (scoreable, no 【待填写】, required sections, no duplicate):
    /// every move that sends the evaluation on, approves or publishes it.
    /// </summary>
    public static bool IsGated(ReviewAction action) => action switch
    {
        ReviewAction.Submit or ReviewAction.Resubmit or ReviewAction.DepartmentApprove or ReviewAction.Approve or ReviewAction.Publish => true,
        ReviewAction.DepartmentReturn or ReviewAction.StartReview or ReviewAction.Return => false,
    };

    /// <summary>Whether a role may change the content (figures, indicators, narrative) in a state.</summary>
    public static bool CanEditContent(ReviewState state, ActorRole role) => state switch
    {
        ReviewState.Draft or ReviewState.DepartmentReturned or ReviewState.Returned => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        ReviewState.DepartmentReview => false,
        ReviewState.Submitted or ReviewState.InReview or ReviewState.Resubmitted => false,
        ReviewState.Approved or ReviewState.Published => false,
    };

    /// <summary>Whether a role may enter review deductions (复核扣分) in a state.</summary>
    public static bool CanEditReview(ReviewState state, ActorRole role) => state switch
    {
        ReviewState.InReview => role is ActorRole.Reviewer or ActorRole.Admin,
        ReviewState.Draft or ReviewState.DepartmentReview or ReviewState.DepartmentReturned => false,
        ReviewState.Submitted or ReviewState.Returned or ReviewState.Resubmitted => false,
        ReviewState.Approved or ReviewState.Published => false,
    };

    /// <summary>Whether the evaluation is waiting for the bureau (shown in the review queue).</summary>
    public static bool IsWithBureau(ReviewState state) => state switch
    {
        ReviewState.Submitted or ReviewState.InReview or ReviewState.Resubmitted => true,
        ReviewState.Draft or ReviewState.DepartmentReview or ReviewState.DepartmentReturned => false,
        ReviewState.Returned or ReviewState.Approved or ReviewState.Published => false,
    };

    /// <summary>Whether the evaluation waits for the 部门审核人.</summary>
    public static bool IsWithDepartmentApprover(ReviewState state) => state == ReviewState.DepartmentReview;

    /// <summary>Whether the evaluation waits for the 填报人 to change it (a draft, or returned by the department or the bureau).</summary>
    public static bool IsWithPreparer(ReviewState state) => state is ReviewState.Draft or ReviewState.DepartmentReturned or ReviewState.Returned;

    private static ReviewState? Target(ReviewState from, ReviewAction action, bool sentToBureauBefore) => (from, action) switch
    {
        (ReviewState.Draft, ReviewAction.Submit) => ReviewState.DepartmentReview,
        (ReviewState.DepartmentReturned, ReviewAction.Submit) => ReviewState.DepartmentReview,
        (ReviewState.DepartmentReview, ReviewAction.DepartmentApprove) => sentToBureauBefore ? ReviewState.Resubmitted : ReviewState.Submitted,
        (ReviewState.DepartmentReview, ReviewAction.DepartmentReturn) => ReviewState.DepartmentReturned,
        (ReviewState.Submitted, ReviewAction.StartReview) => ReviewState.InReview,
        (ReviewState.Resubmitted, ReviewAction.StartReview) => ReviewState.InReview,
        (ReviewState.InReview, ReviewAction.Return) => ReviewState.Returned,
        (ReviewState.InReview, ReviewAction.Approve) => ReviewState.Approved,
        (ReviewState.Returned, ReviewAction.Resubmit) => ReviewState.DepartmentReview,
        (ReviewState.Approved, ReviewAction.Publish) => ReviewState.Published,
        _ => null,
    };

    private static bool MayAct(ReviewAction action, ActorRole role) => action switch
    {
        ReviewAction.Submit or ReviewAction.Resubmit => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        ReviewAction.DepartmentApprove or ReviewAction.DepartmentReturn => role is ActorRole.Approver or ActorRole.Admin,
        ReviewAction.StartReview or ReviewAction.Return or ReviewAction.Approve => role is ActorRole.Reviewer or ActorRole.Admin,
        ReviewAction.Publish => role is ActorRole.Reviewer or ActorRole.Admin,
    };

    private static string Who(ReviewAction action) => action switch
    {
        ReviewAction.Submit or ReviewAction.Resubmit => "本单位填报人或部门审核人",
        ReviewAction.DepartmentApprove or ReviewAction.DepartmentReturn => "部门审核人",
        ReviewAction.StartReview or ReviewAction.Return or ReviewAction.Approve or ReviewAction.Publish => "财政局复核人",
    };

    public static string Name(this ReviewState state) => state switch
    {
        ReviewState.Draft => "草稿",
        ReviewState.DepartmentReview => "待部门审核",
        ReviewState.DepartmentReturned => "部门退回",
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
        ReviewAction.DepartmentApprove => "部门审核通过",
        ReviewAction.DepartmentReturn => "部门退回",
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
