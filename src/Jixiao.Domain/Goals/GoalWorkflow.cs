using Jixiao.Domain.Review;

namespace Jixiao.Domain.Goals;

/// <summary>审核状态 of a goal declaration (one version of it).</summary>
public enum GoalState
{
    /// <summary>草稿</summary>
    Draft,

    /// <summary>已提交</summary>
    Submitted,

    /// <summary>审核中 (初审 or 复审, see the round)</summary>
    InReview,

    /// <summary>退回修改</summary>
    Returned,

    /// <summary>再次提交</summary>
    Resubmitted,

    /// <summary>已批复 (locked; a change is an adjustment, a new version)</summary>
    Approved,

    /// <summary>已调整 (replaced by an approved adjustment; kept on record)</summary>
    Superseded,
}

/// <summary>A move of the goal review.</summary>
public enum GoalAction
{
    /// <summary>提交</summary>
    Submit,

    /// <summary>开始审核 (submitted or resubmitted → 初审)</summary>
    StartReview,

    /// <summary>初审通过，转复审</summary>
    PassRound,

    /// <summary>退回修改 (a comment is required)</summary>
    Return,

    /// <summary>再次提交</summary>
    Resubmit,

    /// <summary>批复通过 (in the last round)</summary>
    Approve,
}

/// <summary>Where a declaration is: its state and, while in review, the round (1 初审, 2 复审).</summary>
public readonly record struct GoalPosition(GoalState State, int Round);

/// <summary>
/// The bureau's goal review as an explicit state machine: 草稿 → 已提交 → 审核中（初审 → 复审）→ 退回 → 再次提交 → 审核中 → 已批复.
/// The number of rounds comes from the checklist (1 or 2). An approved version is locked; a later change is an
/// adjustment (调整): a new version that goes through the same review, and on its approval the old one becomes 已调整.
/// Transitions refuse illegal moves and role mismatches with a <see cref="DomainError"/>; they never throw.
/// </summary>
public static class GoalWorkflow
{
    public static Result<GoalPosition> Apply(GoalPosition from, GoalAction action, ActorRole role, int rounds, string? comment = null)
    {
        var target = Target(from, action, Math.Clamp(rounds, 1, 2));
        if (target is null)
        {
            return Result<GoalPosition>.Failure(new DomainError("goal.illegal-transition", "state",
                $"当前状态为“{Describe(from)}”，不能执行“{action.Name()}”。"));
        }

        if (!MayAct(action, role))
        {
            return Result<GoalPosition>.Failure(new DomainError("goal.role-mismatch", "role", $"“{role.Name()}”不能执行“{action.Name()}”。"));
        }

        if (action == GoalAction.Return && string.IsNullOrWhiteSpace(comment))
        {
            return Result<GoalPosition>.Failure(new DomainError("goal.comment-required", "comment", "退回时必须填写退回意见。"));
        }

        return Result<GoalPosition>.Success(target.Value);
    }

    /// <summary>Actions legal from a position for a role (for buttons; the server re-checks with <see cref="Apply"/>).</summary>
    public static IReadOnlyList<GoalAction> Available(GoalPosition from, ActorRole role, int rounds) =>
        Enum.GetValues<GoalAction>().Where(a => Target(from, a, Math.Clamp(rounds, 1, 2)) is not null && MayAct(a, role)).ToList();

    /// <summary>Whether a role may change the declaration's content in a state (approved versions are locked).</summary>
    public static bool CanEdit(GoalState state, ActorRole role) => state switch
    {
        GoalState.Draft or GoalState.Returned => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        GoalState.Submitted or GoalState.InReview or GoalState.Resubmitted => false,
        GoalState.Approved or GoalState.Superseded => false,
    };

    /// <summary>Whether the reviewer may write opinions (only while reviewing).</summary>
    public static bool CanReview(GoalState state, ActorRole role) => state switch
    {
        GoalState.InReview => role is ActorRole.Reviewer or ActorRole.Admin,
        GoalState.Draft or GoalState.Submitted or GoalState.Returned or GoalState.Resubmitted or GoalState.Approved or GoalState.Superseded => false,
    };

    /// <summary>Whether the bureau's queue shows it.</summary>
    public static bool IsWithBureau(GoalState state) => state switch
    {
        GoalState.Submitted or GoalState.InReview or GoalState.Resubmitted => true,
        GoalState.Draft or GoalState.Returned or GoalState.Approved or GoalState.Superseded => false,
    };

    /// <summary>An adjustment (调整) may be started from an approved version only.</summary>
    public static bool CanAdjust(GoalState state, ActorRole role) =>
        state == GoalState.Approved && role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin;

    private static GoalPosition? Target(GoalPosition from, GoalAction action, int rounds) => (from.State, action) switch
    {
        (GoalState.Draft, GoalAction.Submit) => new(GoalState.Submitted, 0),
        (GoalState.Submitted or GoalState.Resubmitted, GoalAction.StartReview) => new(GoalState.InReview, 1),
        (GoalState.InReview, GoalAction.PassRound) when from.Round < rounds => new(GoalState.InReview, from.Round + 1),
        (GoalState.InReview, GoalAction.Return) => new(GoalState.Returned, 0),
        (GoalState.InReview, GoalAction.Approve) when from.Round >= rounds => new(GoalState.Approved, 0),
        (GoalState.Returned, GoalAction.Resubmit) => new(GoalState.Resubmitted, 0),
        _ => null,
    };

    private static bool MayAct(GoalAction action, ActorRole role) => action switch
    {
        GoalAction.Submit or GoalAction.Resubmit => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        GoalAction.StartReview or GoalAction.PassRound or GoalAction.Return or GoalAction.Approve => role is ActorRole.Reviewer or ActorRole.Admin,
    };

    public static string Describe(GoalPosition p) => p.State == GoalState.InReview ? RoundName(p.Round) + "中" : p.State.Name();

    public static string RoundName(int round) => round switch
    {
        1 => "初审",
        2 => "复审",
        _ => "审核",
    };

    public static string Name(this GoalState state) => state switch
    {
        GoalState.Draft => "草稿",
        GoalState.Submitted => "已提交",
        GoalState.InReview => "审核中",
        GoalState.Returned => "退回修改",
        GoalState.Resubmitted => "再次提交",
        GoalState.Approved => "已批复",
        GoalState.Superseded => "已调整",
    };

    public static string Name(this GoalAction action) => action switch
    {
        GoalAction.Submit => "提交",
        GoalAction.StartReview => "开始审核",
        GoalAction.PassRound => "初审通过，转复审",
        GoalAction.Return => "退回修改",
        GoalAction.Resubmit => "再次提交",
        GoalAction.Approve => "批复通过",
    };
}
