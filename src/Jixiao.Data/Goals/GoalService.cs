using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Goals;

/// <summary>One goal declaration version in a list or queue.</summary>
public sealed record GoalSummary(
    int Id, int UnitId, string UnitName, int Year, EvaluationKind Kind, string Title, GoalState State, int Round, string StateName,
    int Revision, int? PreviousId, string? Conclusion, int MaxSeverity, int FindingCount, int Version, int? EvaluationId, DateTimeOffset UpdatedAt);

/// <summary>An item of the checklist in the current review round: the saved opinion, or the findings that pre-fill it.</summary>
public sealed record GoalOpinionView(int Cycle, int Round, string ItemCode, string ItemName, string? Rating, string? Opinion, bool Prefilled, string Reviewer, IReadOnlyList<FindingView> Findings);

/// <summary>A goal declaration opened for reading, editing or review, with what the actor may do.</summary>
public sealed record GoalDetail(
    GoalSummary Summary, GoalDeclaration Declaration, IReadOnlyList<FindingView> Findings, GoalReviewChecklist Checklist,
    IReadOnlyList<GoalOpinionView> Opinions, string? ReviewComment, string? AdjustmentReason,
    bool CanEdit, bool CanReview, bool CanAdjust, IReadOnlyList<GoalAction> Actions, IReadOnlyList<GoalSummary> Versions, IReadOnlyList<AuditEntry> History);

/// <summary>An opinion as entered by the reviewer (item code, rating, text).</summary>
public sealed record OpinionInput(string ItemCode, string? Rating, string? Opinion);

/// <summary>
/// Use cases on goal declarations, shared by pages, REST API and CLI: declare, check, submit, the bureau's review in one or
/// two rounds with an opinion per checklist item and the goal checks pre-filled, return, revise, approve (locked), adjust
/// (a new version through the same review, both kept), and the year-end self-evaluation from the approved goals.
/// Every method checks access itself (the same rules as evaluations).
/// </summary>
public sealed class GoalService(JixiaoDbContext db, FrameworkService frameworks, EvaluationService evaluations, LibraryService library, TimeProvider clock)
{
    public async Task<IReadOnlyList<GoalSummary>> ListAsync(Actor actor, int? year = null, CancellationToken ct = default)
    {
        var query = Scoped(actor);
        if (year is int y)
        {
            query = query.Where(g => g.Year == y);
        }

        var rows = await Summaries(query.OrderByDescending(g => g.Year).ThenBy(g => g.Title).ThenBy(g => g.Revision).ThenBy(g => g.Id)).Take(500).ToListAsync(ct);
        return [.. rows.Select(Named)];
    }

    /// <summary>审核队列: declarations waiting for the actor's bureau, most severe findings first.</summary>
    public async Task<IReadOnlyList<GoalSummary>> QueueAsync(Actor actor, int take = 50, int skip = 0, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return [];
        }

        var rows = await Summaries(Scoped(actor)
                .Where(g => g.State == GoalState.Submitted || g.State == GoalState.InReview || g.State == GoalState.Resubmitted)
                .OrderByDescending(g => g.MaxSeverity).ThenByDescending(g => g.FindingCount).ThenBy(g => g.Id))
            .Skip(skip).Take(take).ToListAsync(ct);
        return [.. rows.Select(Named)];
    }

    public async Task<Outcome<GoalDetail>> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var record = await db.GoalDeclarations.AsNoTracking().Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<GoalDetail>.NotFound();
        }

        var declaration = GoalSerializer.ParseJson(record.Content, $"goals/{id}");
        if (!declaration.IsSuccess)
        {
            return Outcome<GoalDetail>.Invalid(declaration.Errors);
        }

        var checklist = await ChecklistAsync(record.BureauId, record.Year, record.ChecklistId, ct);
        var findings = await AnalyseAsync(declaration.Value, record.UnitId, ct);
        var opinions = await OpinionsAsync(record, checklist, findings, ct);
        var chain = await ChainAsync(record, ct);
        var idText = Id(id);
        var history = await db.AuditLog.AsNoTracking().Where(a => a.EntityType == "goal" && a.EntityId == idText).OrderBy(a => a.Id)
            .Select(a => new AuditEntry { Id = a.Id, At = a.At, Actor = a.Actor, Action = a.Action, EntityType = a.EntityType, EntityId = a.EntityId, After = a.Action == "goal.save" || a.Action == "goal.create" ? null : a.After })
            .ToListAsync(ct);
        var inScope = Access.InScope(actor, record.UnitId, record.BureauId);
        var position = new GoalPosition(record.State, record.Round);
        var open = chain.Any(c => c.PreviousId == record.Id && c.State is not (GoalState.Approved or GoalState.Superseded));
        return Outcome<GoalDetail>.Ok(new GoalDetail(
            ToSummary(record), declaration.Value, findings, checklist, opinions, record.ReviewComment, record.AdjustmentReason,
            inScope && GoalWorkflow.CanEdit(record.State, actor.Role),
            inScope && GoalWorkflow.CanReview(record.State, actor.Role),
            inScope && GoalWorkflow.CanAdjust(record.State, actor.Role) && !open,
            inScope ? GoalWorkflow.Available(position, actor.Role, checklist.Rounds) : [],
            chain, history));
    }

    /// <summary>Creates a draft declaration for the actor's unit (an admin names the unit).</summary>
    public async Task<Outcome<int>> CreateAsync(Actor actor, GoalDeclaration declaration, int? unitId = null, CancellationToken ct = default)
    {
        var target = actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => actor.UnitId,
            ActorRole.Admin => unitId,
            ActorRole.Reviewer => null,
        };
        if (target is not int uid || (unitId is int asked && asked != uid))
        {
            return Outcome<int>.Forbidden("只能为本单位申报绩效目标。");
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uid, ct);
        if (unit is null)
        {
            return Outcome<int>.Invalid("unit.unknown", "unitId", "单位不存在。");
        }

        var named = Stamp(declaration with { Unit = unit.Name, UnitCode = declaration.UnitCode ?? unit.Code }, actor);
        var invalid = GoalSerializer.Validate(named);
        if (invalid.Count > 0)
        {
            return Outcome<int>.Invalid(invalid);
        }

        var now = clock.GetUtcNow();
        var record = new GoalDeclarationRecord
        {
            BureauId = unit.BureauId,
            Year = named.Year,
            UnitId = unit.Id,
            Kind = named.Kind,
            Title = TitleOf(named, unit.Name),
            FrameworkId = named.FrameworkId,
            State = GoalState.Draft,
            Content = GoalSerializer.ToJsonLine(named),
            ChecklistId = (await ChecklistAsync(unit.BureauId, named.Year, null, ct)).Id,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
        };
        await ApplyFindingsAsync(record, named, ct);
        db.GoalDeclarations.Add(record);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(Audit.Entry(now, actor, "goal.create", "goal", Id(record.Id), null, record.Content));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(record.Id);
    }

    /// <summary>Saves new content when the version is current and the state allows editing (approved versions are locked).</summary>
    public async Task<Outcome<int>> SaveAsync(Actor actor, int id, int expectedVersion, GoalDeclaration declaration, CancellationToken ct = default)
    {
        var record = await db.GoalDeclarations.Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<int>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId) || !GoalWorkflow.CanEdit(record.State, actor.Role))
        {
            var why = record.State is GoalState.Approved or GoalState.Superseded ? "已批复的绩效目标已锁定，修改须走调整程序。" : $"当前状态为“{record.State.Name()}”，不能修改。";
            return Outcome<int>.Forbidden(why);
        }

        var fixedDeclaration = Stamp(declaration with { Unit = record.Unit!.Name, Year = record.Year, Kind = record.Kind }, actor);
        var invalid = GoalSerializer.Validate(fixedDeclaration);
        if (invalid.Count > 0)
        {
            return Outcome<int>.Invalid(invalid);
        }

        var content = GoalSerializer.ToJsonLine(fixedDeclaration);
        if (record.Version != expectedVersion)
        {
            db.ChangeTracker.Clear();
            db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "goal.conflict", "goal", Id(id), record.Content, content));
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Conflicted(new SaveConflict(record.Version, record.UpdatedBy, record.Content, content));
        }

        var before = record.Content;
        record.Content = content;
        record.Title = TitleOf(fixedDeclaration, record.Unit.Name);
        record.FrameworkId = fixedDeclaration.FrameworkId;
        await ApplyFindingsAsync(record, fixedDeclaration, ct);
        Touch(record, actor, expectedVersion);
        db.AuditLog.Add(Audit.Entry(record.UpdatedAt, actor, "goal.save", "goal", Id(id), before, content));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.GoalDeclarations.AsNoTracking().FirstAsync(g => g.Id == id, ct);
            return Outcome<int>.Conflicted(new SaveConflict(current.Version, current.UpdatedBy, current.Content, content));
        }

        return Outcome<int>.Ok(record.Version);
    }

    /// <summary>
    /// Moves the review. Approve needs an approving conclusion of the checklist (default: the first one), Return a comment
    /// (and records a non-approving conclusion). Approval locks the version, records its indicators' history, and when it
    /// is an adjustment, marks the version it replaces 已调整.
    /// </summary>
    public async Task<Outcome<GoalPosition>> TransitionAsync(Actor actor, int id, GoalAction action, string? comment, string? conclusion = null, CancellationToken ct = default)
    {
        var record = await db.GoalDeclarations.Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<GoalPosition>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId))
        {
            return Outcome<GoalPosition>.Forbidden();
        }

        var checklist = await ChecklistAsync(record.BureauId, record.Year, record.ChecklistId, ct);
        var from = new GoalPosition(record.State, record.Round);
        var moved = GoalWorkflow.Apply(from, action, actor.Role, checklist.Rounds, comment);
        if (!moved.IsSuccess)
        {
            return moved.Errors[0].Code == "goal.role-mismatch" ? Outcome<GoalPosition>.Forbidden(moved.Errors[0].Message) : Outcome<GoalPosition>.Invalid(moved.Errors);
        }

        ChecklistConclusion? reached = null;
        if (action is GoalAction.Approve or GoalAction.Return)
        {
            reached = conclusion is null
                ? checklist.Conclusions.First(c => c.Approves == (action == GoalAction.Approve))
                : checklist.Conclusion(conclusion);
            if (reached is null || reached.Approves != (action == GoalAction.Approve))
            {
                var allowed = checklist.Conclusions.Where(c => c.Approves == (action == GoalAction.Approve)).Select(c => c.Name);
                return Outcome<GoalPosition>.Invalid("goal.conclusion", "conclusion", $"“{conclusion}”不能用于“{action.Name()}”，可选：{string.Join("、", allowed)}。");
            }
        }

        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        switch (action)
        {
            case GoalAction.Submit or GoalAction.Resubmit:
                record.Cycle++;
                break;
            case GoalAction.Return:
                record.ReviewComment = comment!.Trim();
                record.Conclusion = reached!.Name;
                AddConclusion(record, actor, reached.Name, comment, now);
                break;
            case GoalAction.Approve:
                record.Conclusion = reached!.Name;
                record.ApprovedContentSha256 = EvaluationJson.Sha256(record.Content);
                record.ApprovedAt = now;
                record.ApprovedBy = actor.UserName;
                AddConclusion(record, actor, reached.Name, comment, now);
                await RecordHistoryAsync(record, ct);
                if (record.PreviousId is int previousId)
                {
                    var previous = await db.GoalDeclarations.FirstAsync(g => g.Id == previousId, ct);
                    previous.State = GoalState.Superseded;
                    previous.Version++;
                    record.EvaluationId ??= previous.EvaluationId;
                    db.AuditLog.Add(Audit.Entry(now, actor, "goal.superseded", "goal", Id(previousId), GoalState.Approved.Name(), $"{GoalState.Superseded.Name()}：由第 {record.Revision} 版（goals/{record.Id}）调整"));
                }

                break;
            case GoalAction.StartReview or GoalAction.PassRound:
                break;
        }

        var before = GoalWorkflow.Describe(from);
        record.State = moved.Value.State;
        record.Round = moved.Value.Round;
        Touch(record, actor, record.Version);
        var after = GoalWorkflow.Describe(moved.Value) + (reached is null ? string.Empty : "（" + reached.Name + "）") + (string.IsNullOrWhiteSpace(comment) ? string.Empty : "：" + comment.Trim());
        db.AuditLog.Add(Audit.Entry(now, actor, "goal." + action.ToString().ToLowerInvariant(), "goal", Id(id), before, after));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<GoalPosition>.Invalid("conflict", "version", "该绩效目标刚被他人修改，请刷新后重试。");
        }

        await tx.CommitAsync(ct);
        return Outcome<GoalPosition>.Ok(moved.Value);
    }

    /// <summary>The reviewer's opinions for the current round (replacing what was saved for the same items).</summary>
    public async Task<Outcome<int>> SaveOpinionsAsync(Actor actor, int id, IReadOnlyList<OpinionInput> opinions, CancellationToken ct = default)
    {
        var record = await db.GoalDeclarations.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<int>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId) || !GoalWorkflow.CanReview(record.State, actor.Role))
        {
            return Outcome<int>.Forbidden("只有审核中的绩效目标可由财政局填写审核意见。");
        }

        var checklist = await ChecklistAsync(record.BureauId, record.Year, record.ChecklistId, ct);
        var errors = new List<DomainError>();
        for (var i = 0; i < opinions.Count; i++)
        {
            var o = opinions[i];
            if (!checklist.Items.Any(x => x.Code == o.ItemCode))
            {
                errors.Add(new DomainError("goal.opinion-item", Indexed("opinions", i) + ".itemCode", $"审核要点中没有“{o.ItemCode}”，可选：{string.Join("、", checklist.Items.Select(x => x.Code + " " + x.Name))}。"));
            }

            if (!string.IsNullOrWhiteSpace(o.Rating) && !checklist.Ratings.Contains(o.Rating.Trim(), StringComparer.Ordinal))
            {
                errors.Add(new DomainError("goal.opinion-rating", Indexed("opinions", i) + ".rating", $"评级“{o.Rating}”无效，可选：{string.Join("、", checklist.Ratings)}。"));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var codes = opinions.Select(o => o.ItemCode).ToList();
        var old = await db.GoalReviewOpinions.Where(o => o.DeclarationId == id && o.Cycle == record.Cycle && o.Round == record.Round && codes.Contains(o.ItemCode)).ToListAsync(ct);
        db.GoalReviewOpinions.RemoveRange(old);
        foreach (var o in opinions)
        {
            db.GoalReviewOpinions.Add(new GoalReviewOpinion
            {
                BureauId = record.BureauId, Year = record.Year, DeclarationId = id, Cycle = record.Cycle, Round = record.Round, ItemCode = o.ItemCode,
                Rating = string.IsNullOrWhiteSpace(o.Rating) ? null : o.Rating.Trim(), Opinion = string.IsNullOrWhiteSpace(o.Opinion) ? null : o.Opinion.Trim(),
                Reviewer = actor.UserName, At = now,
            });
        }

        db.AuditLog.Add(Audit.Entry(now, actor, "goal.opinions", "goal", Id(id), null,
            string.Join("；", opinions.Select(o => $"{o.ItemCode} {o.Rating} {o.Opinion}".Trim()))));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(opinions.Count);
    }

    /// <summary>
    /// 调整: a new version of an approved declaration, with a reason, in 草稿 for the unit to change and submit; the approved
    /// version stays in force (and on record) until the adjustment is approved.
    /// </summary>
    public async Task<Outcome<int>> AdjustAsync(Actor actor, int id, string? reason, CancellationToken ct = default)
    {
        var record = await db.GoalDeclarations.AsNoTracking().Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<int>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId) || !GoalWorkflow.CanAdjust(record.State, actor.Role))
        {
            return Outcome<int>.Forbidden(record.State == GoalState.Approved ? "只有本单位可以申请调整绩效目标。" : "只有已批复的绩效目标可以申请调整。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome<int>.Invalid("goal.adjust-reason", "reason", "申请调整必须写明调整理由。");
        }

        if (await db.GoalDeclarations.AnyAsync(g => g.PreviousId == id && g.State != GoalState.Approved && g.State != GoalState.Superseded, ct))
        {
            return Outcome<int>.Invalid("goal.adjust-open", "id", "该绩效目标已有一个尚未批复的调整，请在该调整上继续。");
        }

        var now = clock.GetUtcNow();
        var adjustment = new GoalDeclarationRecord
        {
            BureauId = record.BureauId, Year = record.Year, UnitId = record.UnitId, Kind = record.Kind, Title = record.Title, FrameworkId = record.FrameworkId,
            State = GoalState.Draft, Content = record.Content, Revision = record.Revision + 1, PreviousId = record.Id, AdjustmentReason = reason.Trim(),
            ChecklistId = record.ChecklistId, MaxSeverity = record.MaxSeverity, FindingCount = record.FindingCount, EvaluationId = record.EvaluationId,
            Version = 1, CreatedAt = now, UpdatedAt = now, UpdatedBy = actor.UserName,
        };
        db.GoalDeclarations.Add(adjustment);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(Audit.Entry(now, actor, "goal.adjust", "goal", Id(adjustment.Id), $"goals/{id} 第 {record.Revision} 版", "调整理由：" + reason.Trim()));
        db.AuditLog.Add(Audit.Entry(now, actor, "goal.adjust", "goal", Id(id), null, $"申请调整：goals/{adjustment.Id}（第 {adjustment.Revision} 版）：{reason.Trim()}"));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(adjustment.Id);
    }

    /// <summary>
    /// 年终自评 from the approved goals: a draft self-evaluation of the unit whose indicators and targets are the approved
    /// ones (the adjusted version when an adjustment was approved), with the approved set kept as its basis.
    /// </summary>
    public async Task<Outcome<int>> CreateYearEndAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var record = await db.GoalDeclarations.AsNoTracking().Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<int>.NotFound();
        }

        if (actor.Role is not (ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin) || !Access.InScope(actor, record.UnitId, record.BureauId))
        {
            return Outcome<int>.Forbidden("只有本单位可以据已批复的绩效目标创建年终自评。");
        }

        if (record.State != GoalState.Approved)
        {
            var current = await CurrentApprovedIdAsync(record, ct);
            return Outcome<int>.Invalid("goal.not-approved", "state", record.State == GoalState.Superseded && current is int c
                ? $"该版本已被调整，请从现行的批复版本（goals/{c}）创建年终自评。"
                : "只有已批复的绩效目标可以转入年终自评。");
        }

        if (record.EvaluationId is int existing && await db.Evaluations.AnyAsync(e => e.Id == existing, ct))
        {
            return Outcome<int>.Invalid("goal.year-end-exists", "evaluationId", $"已据该绩效目标创建了年终自评（evaluations/{existing}）。");
        }

        var declaration = GoalSerializer.ParseJson(record.Content, $"goals/{id}").Value;
        var reference = string.Create(CultureInfo.InvariantCulture, $"goals/{record.Id}（{record.Year} 年度绩效目标第 {record.Revision} 版，{record.ApprovedAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 批复{(record.Revision > 1 ? "，含调整" : string.Empty)}）");
        var evaluation = YearEndGoals.Create(declaration, reference, record.Revision);
        var created = await evaluations.CreateAsync(actor, evaluation, actor.Role == ActorRole.Admin ? record.UnitId : null, ct);
        if (!created.IsOk)
        {
            return created;
        }

        var tracked = await db.GoalDeclarations.FirstAsync(g => g.Id == id, ct);
        tracked.EvaluationId = created.Value;
        tracked.Version++;
        await db.IndicatorHistory.Where(h => h.DeclarationId == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.EvaluationId, created.Value), ct);
        db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "goal.year-end", "goal", Id(id), null, $"据批复的绩效目标创建年终自评 evaluations/{created.Value}"));
        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>Suggestions for the declaration being written by the actor's unit (see <see cref="LibraryService.SuggestAsync"/>).</summary>
    public async Task<Outcome<IReadOnlyList<GoalSuggestion>>> SuggestAsync(Actor actor, GoalDeclaration declaration, int? unitId = null, CancellationToken ct = default)
    {
        var uid = actor.Role is ActorRole.Preparer or ActorRole.Approver ? actor.UnitId : unitId;
        if (uid is not int u)
        {
            return Outcome<IReadOnlyList<GoalSuggestion>>.Invalid("goal.unit", "unitId", "请指明为哪个单位给出建议。");
        }

        return Outcome<IReadOnlyList<GoalSuggestion>>.Ok(await library.SuggestAsync(declaration, u, ct: ct));
    }

    /// <summary>The goal checks for a declaration of a unit: framework settings, and last year's actuals from the database.</summary>
    public async Task<IReadOnlyList<FindingView>> AnalyseAsync(GoalDeclaration declaration, int unitId, CancellationToken ct = default)
    {
        var framework = await frameworks.ResolveAsync(declaration.FrameworkId, ct);
        if (!framework.IsSuccess)
        {
            return [.. framework.Errors.Select(e => new FindingView("GOAL-FRAMEWORK", 3, "无法检查：" + e.Message, "frameworkId"))];
        }

        var previous = await PreviousYearAsync(unitId, declaration.Year, ct);
        var findings = GoalChecks.Run(new GoalCheckSubject { Declaration = declaration, PreviousYear = previous }, framework.Value);
        return [.. findings.Select(View).OrderByDescending(f => f.Severity)];
    }

    /// <summary>The unit's approved indicators of the year before, with the actuals of its year-end evaluation.</summary>
    public async Task<IReadOnlyList<PreviousIndicator>> PreviousYearAsync(int unitId, int year, CancellationToken ct = default)
    {
        var rows = await db.IndicatorHistory.AsNoTracking().Where(h => h.UnitId == unitId && h.Year == year - 1)
            .Join(db.GoalDeclarations.AsNoTracking().Where(g => g.State == GoalState.Approved), h => h.DeclarationId, g => g.Id, (h, g) => h)
            .ToListAsync(ct);
        await library.FillActualsAsync(rows, ct);
        return [.. rows.Select(r => new PreviousIndicator(r.Level1, r.Level2, r.Name, r.Target, r.Actual, r.Unit, SourceOf(r)))];
    }

    /// <summary>The checklist of a bureau and year: its uploaded one, else the built-in one named, else the default.</summary>
    public async Task<GoalReviewChecklist> ChecklistAsync(int bureauId, int year, string? id, CancellationToken ct = default)
    {
        var yaml = await db.GoalChecklists.AsNoTracking().Where(c => c.BureauId == bureauId && c.Year == year).Select(c => c.Yaml).FirstOrDefaultAsync(ct);
        if (yaml is not null && GoalReviewChecklists.Parse(yaml, "checklist.yaml") is { IsSuccess: true } uploaded && (id is null || uploaded.Value.Id == id))
        {
            return uploaded.Value;
        }

        return GoalReviewChecklists.BuiltIn.FirstOrDefault(c => c.Id == id) ?? GoalReviewChecklists.Default;
    }

    /// <summary>A bureau's checklist for a year (YAML validated by the domain loader; nothing stored when it has errors).</summary>
    public async Task<Outcome<GoalReviewChecklist>> UploadChecklistAsync(Actor actor, int year, string yaml, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || actor.BureauId is not int bureauId)
        {
            return Outcome<GoalReviewChecklist>.Forbidden("只有财政局复核人可以设置本局的绩效目标审核要点。");
        }

        var parsed = GoalReviewChecklists.Parse(yaml, "checklist.yaml");
        if (!parsed.IsSuccess)
        {
            return Outcome<GoalReviewChecklist>.Invalid(parsed.Errors);
        }

        var now = clock.GetUtcNow();
        var existing = await db.GoalChecklists.FirstOrDefaultAsync(c => c.BureauId == bureauId && c.Year == year, ct);
        if (existing is null)
        {
            db.GoalChecklists.Add(new GoalChecklistDocument { BureauId = bureauId, Year = year, Yaml = yaml, UploadedBy = actor.UserName, UploadedAt = now });
        }
        else
        {
            existing.Yaml = yaml;
            existing.UploadedBy = actor.UserName;
            existing.UploadedAt = now;
        }

        db.AuditLog.Add(Audit.Entry(now, actor, "goal.checklist", "bureau", Id(bureauId), existing?.Yaml, yaml));
        await db.SaveChangesAsync(ct);
        return Outcome<GoalReviewChecklist>.Ok(parsed.Value);
    }

    /// <summary>Findings of the year-end evaluation created from a declaration, against the approved version in force.</summary>
    public async Task<Outcome<IReadOnlyList<FindingView>>> YearEndFindingsAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var detail = await GetAsync(actor, id, ct);
        if (!detail.IsOk)
        {
            return Outcome<IReadOnlyList<FindingView>>.NotFound();
        }

        if (detail.Value!.Summary.EvaluationId is not int evaluationId)
        {
            return Outcome<IReadOnlyList<FindingView>>.Invalid("goal.no-year-end", "evaluationId", "尚未据该绩效目标创建年终自评。");
        }

        var evaluation = await evaluations.GetContentAsync(actor, evaluationId, ct);
        if (!evaluation.IsOk)
        {
            return Outcome<IReadOnlyList<FindingView>>.NotFound();
        }

        return Outcome<IReadOnlyList<FindingView>>.Ok([.. YearEndGoalCheck.Run(evaluation.Value!.Evaluation).Select(View)]);
    }

    private async Task RecordHistoryAsync(GoalDeclarationRecord record, CancellationToken ct)
    {
        var declaration = GoalSerializer.ParseJson(record.Content, $"goals/{record.Id}").Value;
        await db.IndicatorHistory.Where(h => h.DeclarationId == record.Id).ExecuteDeleteAsync(ct);
        foreach (var (path, row) in declaration.AllIndicators().Where(r => r.Path.StartsWith("annual.", StringComparison.Ordinal)))
        {
            db.IndicatorHistory.Add(new IndicatorHistoryRow
            {
                BureauId = record.BureauId, Year = record.Year, UnitId = record.UnitId, UnitName = record.Unit?.Name ?? declaration.Unit,
                DeclarationId = record.Id, Revision = record.Revision, Path = path,
                EntryId = row.Provenance is { Reference: var r } && r.StartsWith("library/", StringComparison.Ordinal) && int.TryParse(r.AsSpan(8), NumberStyles.Integer, CultureInfo.InvariantCulture, out var entryId) ? entryId : null,
                NameKey = GoalChecks.Normalize(row.Name), Level1 = row.Level1, Level2 = row.Level2, Name = row.Name,
                Operator = row.IsQualitative ? IndicatorOperator.Qualitative : row.Operator, Target = row.IsQualitative ? null : row.Target,
                TargetText = row.TargetText, Unit = row.Unit, EvaluationId = record.EvaluationId,
            });
        }
    }

    private async Task<IReadOnlyList<GoalOpinionView>> OpinionsAsync(GoalDeclarationRecord record, GoalReviewChecklist checklist, IReadOnlyList<FindingView> findings, CancellationToken ct)
    {
        var saved = await db.GoalReviewOpinions.AsNoTracking().Where(o => o.DeclarationId == record.Id).OrderBy(o => o.Cycle).ThenBy(o => o.Round).ThenBy(o => o.Id).ToListAsync(ct);
        var views = saved.Select(o => new GoalOpinionView(o.Cycle, o.Round, o.ItemCode, checklist.Items.FirstOrDefault(i => i.Code == o.ItemCode)?.Name ?? o.ItemCode, o.Rating, o.Opinion, false, o.Reviewer, [])).ToList();
        if (record.State == GoalState.InReview)
        {
            foreach (var item in checklist.Items.Where(i => !saved.Any(o => o.Cycle == record.Cycle && o.Round == record.Round && o.ItemCode == i.Code)))
            {
                var mine = findings.Where(f => checklist.ItemFor(f.Code).Code == item.Code).ToList();
                var text = mine.Count == 0 ? null : string.Join("\n", mine.Select(f => $"【{f.SeverityName}】{f.Message}"));
                views.Add(new GoalOpinionView(record.Cycle, record.Round, item.Code, item.Name, null, text, true, string.Empty, mine));
            }
        }

        return views;
    }

    private void AddConclusion(GoalDeclarationRecord record, Actor actor, string conclusion, string? comment, DateTimeOffset now) =>
        db.GoalReviewOpinions.Add(new GoalReviewOpinion
        {
            BureauId = record.BureauId, Year = record.Year, DeclarationId = record.Id, Cycle = record.Cycle, Round = record.Round,
            ItemCode = GoalReviewOpinion.ConclusionItem, Rating = conclusion, Opinion = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Reviewer = actor.UserName, At = now,
        });

    /// <summary>Every version of the same declaration (original and adjustments), oldest first.</summary>
    private async Task<IReadOnlyList<GoalSummary>> ChainAsync(GoalDeclarationRecord record, CancellationToken ct)
    {
        var ids = new HashSet<int> { record.Id };
        var root = record;
        while (root.PreviousId is int p && await db.GoalDeclarations.AsNoTracking().Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == p, ct) is { } prev)
        {
            root = prev;
        }

        var chain = new List<GoalDeclarationRecord> { root };
        var frontier = new List<int> { root.Id };
        while (frontier.Count > 0)
        {
            var next = await db.GoalDeclarations.AsNoTracking().Include(g => g.Unit).Where(g => g.PreviousId != null && frontier.Contains(g.PreviousId.Value)).ToListAsync(ct);
            chain.AddRange(next);
            frontier = next.Select(n => n.Id).ToList();
        }

        return [.. chain.OrderBy(c => c.Revision).ThenBy(c => c.Id).Select(ToSummary)];
    }

    private async Task<int?> CurrentApprovedIdAsync(GoalDeclarationRecord record, CancellationToken ct)
    {
        var id = record.Id;
        while (await db.GoalDeclarations.AsNoTracking().Where(g => g.PreviousId == id && (g.State == GoalState.Approved || g.State == GoalState.Superseded)).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct) is int next)
        {
            id = next;
        }

        return id == record.Id ? null : id;
    }

    private async Task ApplyFindingsAsync(GoalDeclarationRecord record, GoalDeclaration declaration, CancellationToken ct)
    {
        var findings = await AnalyseAsync(declaration, record.UnitId, ct);
        record.MaxSeverity = findings.Count == 0 ? 0 : findings.Max(f => f.Severity);
        record.FindingCount = findings.Count;
    }

    /// <summary>Accepted suggestions keep their provenance; who accepted them is stamped on the first save.</summary>
    private static GoalDeclaration Stamp(GoalDeclaration d, Actor actor)
    {
        GoalSection Section(GoalSection s) => s with
        {
            Indicators = [.. s.Indicators.Select(i => i.Provenance is { AcceptedBy: null } p ? i with { Provenance = p with { AcceptedBy = actor.UserName } } : i)],
        };

        return d with { Annual = Section(d.Annual), LongTerm = d.LongTerm is null ? null : Section(d.LongTerm) };
    }

    private static FindingView View(Finding f) => new(f.Code, f.Severity switch
    {
        Severity.Note => 1,
        Severity.Suspect => 2,
        Severity.Certain => 3,
    }, f.Message, f.Path ?? string.Empty)
    {
        Evidence = string.Join("；", f.Evidence.Select(e => $"{e.Label} = {e.Value}（{e.Source}）")),
    };

    private static string SourceOf(IndicatorHistoryRow r)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{r.Year} 年度 goals/{r.DeclarationId} {r.Path}");
        return r.EvaluationId is int e ? where + string.Create(CultureInfo.InvariantCulture, $"，完成值见 evaluations/{e}") : where;
    }

    private static bool CanRead(Actor actor, GoalDeclarationRecord record) => actor.Role switch
    {
        ActorRole.Preparer or ActorRole.Approver => actor.UnitId == record.UnitId,
        ActorRole.Reviewer => actor.BureauId == record.BureauId && record.State != GoalState.Draft,
        ActorRole.Admin => true,
    };

    private IQueryable<GoalDeclarationRecord> Scoped(Actor actor)
    {
        var query = db.GoalDeclarations.AsNoTracking();
        return actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => query.Where(g => g.UnitId == actor.UnitId),
            ActorRole.Reviewer => query.Where(g => g.BureauId == actor.BureauId && g.State != GoalState.Draft),
            ActorRole.Admin => query,
        };
    }

    private static IQueryable<GoalSummary> Summaries(IQueryable<GoalDeclarationRecord> query) =>
        query.Select(g => new GoalSummary(g.Id, g.UnitId, g.Unit!.Name, g.Year, g.Kind, g.Title, g.State, g.Round, string.Empty, g.Revision, g.PreviousId, g.Conclusion, g.MaxSeverity, g.FindingCount, g.Version, g.EvaluationId, g.UpdatedAt));

    private static GoalSummary Named(GoalSummary s) => s with { StateName = GoalWorkflow.Describe(new GoalPosition(s.State, s.Round)) };

    private static GoalSummary ToSummary(GoalDeclarationRecord g) =>
        new(g.Id, g.UnitId, g.Unit?.Name ?? string.Empty, g.Year, g.Kind, g.Title, g.State, g.Round, GoalWorkflow.Describe(new GoalPosition(g.State, g.Round)),
            g.Revision, g.PreviousId, g.Conclusion, g.MaxSeverity, g.FindingCount, g.Version, g.EvaluationId, g.UpdatedAt);

    private void Touch(GoalDeclarationRecord record, Actor actor, int expectedVersion)
    {
        db.Entry(record).Property(g => g.Version).OriginalValue = expectedVersion;
        record.Version = expectedVersion + 1;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.UserName;
    }

    private static string TitleOf(GoalDeclaration d, string unitName) =>
        d.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(d.Project?.Name) ? d.Project.Name : unitName;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Indexed(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
}
