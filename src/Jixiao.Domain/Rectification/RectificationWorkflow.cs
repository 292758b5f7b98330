using System.Globalization;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Rectification;

/// <summary>问题来源 of a rectification item (CYCLE §5).</summary>
public enum RectificationSource
{
    /// <summary>复核发现 (the bureau's review of a self-evaluation: deductions, findings, the return comment).</summary>
    Review,

    /// <summary>监控预警 (a mid-year monitoring follow-up).</summary>
    Monitoring,

    /// <summary>已公开报告 (a problem read from an imported published report).</summary>
    PublishedReport,

    /// <summary>手工录入.</summary>
    Manual,
}

/// <summary>整改事项状态.</summary>
public enum RectificationState
{
    /// <summary>待整改: issued, the unit has not answered yet.</summary>
    Open,

    /// <summary>待审核: the unit filed its feedback with evidence.</summary>
    Answered,

    /// <summary>退回重改: the bureau returned the feedback; the unit must answer again.</summary>
    Returned,

    /// <summary>已认可，待验证成效: the bureau accepted the feedback; the effect is still to be verified.</summary>
    Accepted,

    /// <summary>已销号: the bureau verified the effect and closed the item.</summary>
    Closed,
}

/// <summary>A move of a rectification item.</summary>
public enum RectificationAction
{
    /// <summary>报送整改情况 (the unit, with evidence).</summary>
    Answer,

    /// <summary>退回 (the bureau, with a reason).</summary>
    Return,

    /// <summary>认可 (the bureau accepts the feedback).</summary>
    Accept,

    /// <summary>验证销号 (the bureau verified the effect and closes).</summary>
    Close,
}

/// <summary>
/// The rectification flow of CYCLE §5 as an explicit state machine: 待整改 → (unit answers with evidence) 待审核 →
/// (bureau) 退回重改 → 待审核 … → 已认可 → (bureau verifies the effect) 已销号. An item cannot be closed before the bureau
/// accepted the feedback, and closing needs the verification of the effect in words. Transitions refuse illegal moves
/// and role mismatches with a <see cref="DomainError"/>; they never throw.
/// </summary>
public static class RectificationWorkflow
{
    /// <summary>The state an action leads to, or every reason it may not be taken.</summary>
    public static Result<RectificationState> Apply(RectificationState from, RectificationAction action, ActorRole role, string? text, int evidenceCount)
    {
        var target = Target(from, action);
        if (target is null)
        {
            var hint = action == RectificationAction.Close && from != RectificationState.Closed
                ? "：整改事项须先经财政局认可整改情况，再验证成效后方可销号"
                : string.Empty;
            return Result<RectificationState>.Failure(new DomainError(
                "rectification.illegal-transition", "state", $"当前状态为“{from.Name()}”，不能执行“{action.Name()}”{hint}。"));
        }

        if (!MayAct(action, role))
        {
            return Result<RectificationState>.Failure(new DomainError(
                "rectification.role-mismatch", "role", $"“{role.Name()}”不能执行“{action.Name()}”。"));
        }

        var errors = new List<DomainError>();
        switch (action)
        {
            case RectificationAction.Answer:
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(new DomainError("rectification.measure-required", "measure", "请填写已采取的整改措施及成效。"));
                }

                if (evidenceCount < 1)
                {
                    errors.Add(new DomainError("rectification.evidence-required", "evidence", "报送整改情况须附至少一份佐证材料。"));
                }

                break;
            case RectificationAction.Return:
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(new DomainError("rectification.reason-required", "note", "退回时必须写明退回理由。"));
                }

                break;
            case RectificationAction.Close:
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(new DomainError("rectification.verification-required", "note", "销号前必须写明整改成效的验证情况。"));
                }

                break;
            case RectificationAction.Accept:
                break;
        }

        return errors.Count > 0 ? Result<RectificationState>.Failure(errors) : Result<RectificationState>.Success(target.Value);
    }

    /// <summary>Actions legal from a state for a role (for buttons; the server re-checks with <see cref="Apply"/>).</summary>
    public static IReadOnlyList<RectificationAction> Available(RectificationState from, ActorRole role) =>
        Enum.GetValues<RectificationAction>().Where(a => Target(from, a) is not null && MayAct(a, role)).ToList();

    /// <summary>
    /// 逾期: past the deadline while the unit still owes an answer (待整改 or 退回重改). Items waiting for the bureau are not
    /// the unit's delay; closed items are never overdue.
    /// </summary>
    public static bool IsOverdue(RectificationState state, DateOnly deadline, DateOnly today) =>
        IsWithUnit(state) && today > deadline;

    /// <summary>Days past the deadline (0 when not overdue).</summary>
    public static int DaysOverdue(RectificationState state, DateOnly deadline, DateOnly today) =>
        IsOverdue(state, deadline, today) ? today.DayNumber - deadline.DayNumber : 0;

    /// <summary>Whether the unit must act next.</summary>
    public static bool IsWithUnit(RectificationState state) => state switch
    {
        RectificationState.Open or RectificationState.Returned => true,
        RectificationState.Answered or RectificationState.Accepted or RectificationState.Closed => false,
    };

    /// <summary>The status a report states for the item (上年问题整改情况): 已整改 only once verified and closed.</summary>
    public static RectificationStatus ReportStatus(RectificationState state, int answers) => state switch
    {
        RectificationState.Closed => RectificationStatus.Done,
        RectificationState.Answered or RectificationState.Accepted => RectificationStatus.InProgress,
        RectificationState.Open or RectificationState.Returned => answers > 0 ? RectificationStatus.InProgress : RectificationStatus.NotDone,
    };

    private static RectificationState? Target(RectificationState from, RectificationAction action) => (from, action) switch
    {
        (RectificationState.Open, RectificationAction.Answer) => RectificationState.Answered,
        (RectificationState.Returned, RectificationAction.Answer) => RectificationState.Answered,
        (RectificationState.Answered, RectificationAction.Return) => RectificationState.Returned,
        (RectificationState.Accepted, RectificationAction.Return) => RectificationState.Returned,
        (RectificationState.Answered, RectificationAction.Accept) => RectificationState.Accepted,
        (RectificationState.Accepted, RectificationAction.Close) => RectificationState.Closed,
        _ => null,
    };

    private static bool MayAct(RectificationAction action, ActorRole role) => action switch
    {
        RectificationAction.Answer => role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin,
        RectificationAction.Return or RectificationAction.Accept or RectificationAction.Close => role is ActorRole.Reviewer or ActorRole.Admin,
    };

    public static string Name(this RectificationState state) => state switch
    {
        RectificationState.Open => "待整改",
        RectificationState.Answered => "待审核",
        RectificationState.Returned => "退回重改",
        RectificationState.Accepted => "已认可待验证",
        RectificationState.Closed => "已销号",
    };

    public static string Name(this RectificationAction action) => action switch
    {
        RectificationAction.Answer => "报送整改情况",
        RectificationAction.Return => "退回",
        RectificationAction.Accept => "认可",
        RectificationAction.Close => "验证成效并销号",
    };

    public static string Name(this RectificationSource source) => source switch
    {
        RectificationSource.Review => "复核发现",
        RectificationSource.Monitoring => "监控预警",
        RectificationSource.PublishedReport => "已公开报告",
        RectificationSource.Manual => "手工录入",
    };
}

/// <summary>One item of last year's rectification ledger, as the next year's evaluation needs it.</summary>
public sealed record LedgerItem(
    string Problem, string RequiredMeasure, RectificationState State, int Answers, string? LastMeasure, DateOnly Deadline, DateOnly? ClosedOn, string? Verification);

/// <summary>Turns last year's ledger into the 上年问题整改情况 of this year's self-evaluation.</summary>
public static class RectificationCarryOver
{
    /// <summary>One <see cref="RectificationItem"/> per ledger item, with the status only the ledger can give.</summary>
    public static IReadOnlyList<RectificationItem> PreviousProblems(IEnumerable<LedgerItem> items, DateOnly today) =>
        items.Select(i => new RectificationItem
        {
            Problem = i.Problem,
            Measure = i.LastMeasure ?? i.RequiredMeasure,
            Status = RectificationWorkflow.ReportStatus(i.State, i.Answers),
            Note = Note(i, today),
        }).ToList();

    /// <summary>
    /// Replaces the entries of <paramref name="current"/> that stand for ledger items (same problem text) with the ledger's
    /// present state, appends ledger items not yet listed, and keeps every entry the unit wrote by hand.
    /// </summary>
    public static IReadOnlyList<RectificationItem> Merge(IReadOnlyList<RectificationItem> current, IReadOnlyList<RectificationItem> fromLedger)
    {
        var byProblem = fromLedger.ToDictionary(i => Key(i.Problem), StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var merged = new List<RectificationItem>();
        foreach (var item in current)
        {
            var key = Key(item.Problem);
            if (byProblem.TryGetValue(key, out var ledger) && used.Add(key))
            {
                merged.Add(ledger);
            }
            else if (!byProblem.ContainsKey(key))
            {
                merged.Add(item);
            }
        }

        merged.AddRange(fromLedger.Where(i => used.Add(Key(i.Problem))));
        return merged;
    }

    private static string Key(string problem) => Checks.RecycledText.Clean(problem);

    private static string Note(LedgerItem i, DateOnly today)
    {
        var deadline = i.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return i.State switch
        {
            RectificationState.Closed => $"财政局已于 {i.ClosedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"} 验证成效并销号：{i.Verification}",
            RectificationState.Accepted => "整改情况已获财政局认可，成效待验证。",
            RectificationState.Answered => "整改情况已报送，待财政局审核。",
            RectificationState.Returned when RectificationWorkflow.IsOverdue(i.State, i.Deadline, today) =>
                $"整改情况被财政局退回，已逾期 {RectificationWorkflow.DaysOverdue(i.State, i.Deadline, today)} 天（整改期限 {deadline}）。",
            RectificationState.Returned => $"整改情况被财政局退回，须在 {deadline} 前重新报送。",
            RectificationState.Open when RectificationWorkflow.IsOverdue(i.State, i.Deadline, today) =>
                $"未报送整改情况，已逾期 {RectificationWorkflow.DaysOverdue(i.State, i.Deadline, today)} 天（整改期限 {deadline}）。",
            RectificationState.Open => $"整改期限 {deadline}，尚未报送整改情况。",
        };
    }
}
