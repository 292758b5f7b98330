using Jixiao.Data.Entities;
using Jixiao.Domain.Review;

namespace Jixiao.Data.Services;

/// <summary>Who is acting, with the scope of their role. Null actor: anonymous public.</summary>
public sealed record Actor(string UserId, string UserName, ActorRole Role, int? UnitId, int? BureauId)
{
    public static Actor From(AppUser user) => new(user.Id, user.UserName ?? user.Id, user.Role, user.UnitId, user.BureauId);

    /// <summary>The system itself (seeding, import from the CLI).</summary>
    public static Actor System { get; } = new("system", "系统", ActorRole.Admin, null, null);
}

/// <summary>
/// Who may read and write what, in one place; pages and API both go through the services that call it.
/// 填报人/部门审核人: own unit. 财政局复核人: units of their bureau, once the department sent it. 管理员: all.
/// Everyone else, signed in or not, sees a published evaluation only through <see cref="PublicReportService"/>: the
/// documents frozen at approval and their hashes, never the record with its comments, findings, history or evidence.
/// </summary>
public static class Access
{
    /// <summary>Whether the actor may read the whole record (content, review comment, findings, evidence, history).</summary>
    public static bool CanRead(Actor? actor, EvaluationRecord record, int bureauId)
    {
        if (actor is null)
        {
            return false;
        }

        return actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => actor.UnitId == record.UnitId,
            // The bureau sees what the department sent it, from then on (also while it is back in the department after a return).
            ActorRole.Reviewer => actor.BureauId == bureauId && record.SubmittedAt is not null,
            ActorRole.Admin => true,
        };
    }

    /// <summary>Whether the actor is in scope for the record's unit (a write still needs the state machine's consent).</summary>
    public static bool InScope(Actor actor, int unitId, int bureauId) => actor.Role switch
    {
        ActorRole.Preparer or ActorRole.Approver => actor.UnitId == unitId,
        ActorRole.Reviewer => actor.BureauId == bureauId,
        ActorRole.Admin => true,
    };
}
