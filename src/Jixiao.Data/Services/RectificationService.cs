using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>One row of the rectification ledger (整改台账).</summary>
public sealed record RectificationSummary(
    int Id, int BureauId, int Year, int UnitId, string UnitName, int? EvaluationId, RectificationSource Source, string? SourceRef,
    string? IndicatorCode, string? IndicatorName, string Problem, string RequiredMeasure, string Owner, DateOnly Deadline,
    RectificationState State, int Answers, bool IsOverdue, int DaysOverdue, int Version, DateTimeOffset UpdatedAt)
{
    public string StateName => State.Name();

    public string SourceName => Source.Name();

    public string SourceLabel => RectificationService.SourceLabel(Source, SourceRef);
}

/// <summary>An item with its answers, evidence, history and what the actor may do.</summary>
public sealed record RectificationDetail(
    RectificationSummary Summary, string? Verification, string? ResultUse, DateTimeOffset? ClosedAt,
    IReadOnlyList<RectificationFeedback> Feedback, IReadOnlyList<RectificationEvidence> Evidence,
    IReadOnlyList<RectificationAction> Actions, bool CanUpload, IReadOnlyList<AuditEntry> History);

/// <summary>A problem of a reviewed evaluation that may become an item (the bureau picks which).</summary>
public sealed record RectificationProposal(
    string Key, RectificationSource Source, string? IndicatorCode, string? IndicatorName, string Problem, string RequiredMeasure, bool AlreadyIssued)
{
    public string SourceLabel => RectificationService.SourceLabel(Source, Key);
}

/// <summary>A new item entered by the bureau (monitoring follow-up, a published report, by hand).</summary>
public sealed record NewRectification(
    int UnitId, int Year, RectificationSource Source, string Problem, string RequiredMeasure, string Owner, DateOnly Deadline,
    string? SourceRef = null, string? IndicatorCode = null, string? IndicatorName = null, int? EvaluationId = null);

/// <summary>Which proposals of an evaluation to issue (all when <see cref="Keys"/> is null), with the deadline and owner.</summary>
public sealed record IssueRequest(DateOnly Deadline, string Owner, IReadOnlyList<string>? Keys = null);

/// <summary>Filters of the ledger.</summary>
public sealed record RectificationQuery(int? Year = null, int? UnitId = null, RectificationState? State = null, bool OverdueOnly = false);

/// <summary>Counts per state and overdue, for the bureau's overview.</summary>
public sealed record RectificationCounts(int Total, int Overdue, IReadOnlyDictionary<string, int> ByState);

/// <summary>
/// 整改 use cases (CYCLE §5), shared by pages, API and CLI: items from a reviewed evaluation's findings or entered by hand,
/// the unit's answers with evidence, the bureau's accept / return / verify-and-close, the overdue list, and the carry-over
/// into next year's 上年问题整改情况. Every change is one audit entry (entity type <c>rectification</c>). Time comes from
/// <see cref="TimeProvider"/>; "today" is the date in China (UTC+8).
/// </summary>
public sealed class RectificationService(JixiaoDbContext db, EvaluationAnalyzer analyzer, EvaluationService evaluations, TimeProvider clock)
{
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>Today's date in China, from the clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public DateOnly Today() => Today(clock);

    /// <summary>Readable source: 复核扣分（1.1.3）, 审核发现 EXEC-REASON, 退回意见, or the free text given.</summary>
    public static string SourceLabel(RectificationSource source, string? sourceRef)
    {
        if (sourceRef is null)
        {
            return source.Name();
        }

        if (sourceRef.StartsWith("deduction:", StringComparison.Ordinal))
        {
            return $"复核扣分（{sourceRef["deduction:".Length..]}）";
        }

        if (sourceRef.StartsWith("finding:", StringComparison.Ordinal))
        {
            var code = sourceRef["finding:".Length..].Split(':')[0];
            return $"审核发现（{code}）";
        }

        return sourceRef == "comment" ? "退回意见" : $"{source.Name()}：{sourceRef}";
    }

    /// <summary>
    /// 复核发现 of an evaluation that the bureau has reviewed (returned, approved or published): one proposal per indicator
    /// with review deductions, one per finding of severity 疑似 or 确定, and the return comment.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<RectificationProposal>>> ProposeAsync(Actor actor, int evaluationId, CancellationToken ct = default)
    {
        var (record, error) = await ReviewedEvaluationAsync(actor, evaluationId, ct);
        if (record is null)
        {
            return Outcome<IReadOnlyList<RectificationProposal>>.Invalid(error!.Errors) with { Status = error.Status };
        }

        var evaluation = EvaluationJson.Read(record.Content, $"evaluations/{evaluationId}");
        if (!evaluation.IsSuccess)
        {
            return Outcome<IReadOnlyList<RectificationProposal>>.Invalid(evaluation.Errors);
        }

        var framework = await analyzer.FrameworkAsync(record.FrameworkId, ct);
        var names = framework.IsSuccess ? framework.Value.Leaves().ToDictionary(l => l.Code, l => l.Name, StringComparer.Ordinal) : [];
        var issued = await db.Rectifications.AsNoTracking().Where(r => r.EvaluationId == evaluationId && r.SourceRef != null)
            .Select(r => r.SourceRef!).ToListAsync(ct);
        var done = issued.ToHashSet(StringComparer.Ordinal);
        var proposals = new List<RectificationProposal>();
        foreach (var (code, input) in evaluation.Value.Inputs.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (input.ReviewDeductions.Count == 0)
            {
                continue;
            }

            var name = names.GetValueOrDefault(code, code);
            var points = input.ReviewDeductions.Sum(d => d.Points);
            var reasons = string.Join("；", input.ReviewDeductions.Select(d => d.Reason.Trim()));
            var key = "deduction:" + code;
            proposals.Add(new RectificationProposal(
                key, RectificationSource.Review, code, name,
                $"{name}：复核扣 {Money.FormatShort(points)} 分，{reasons}",
                $"针对“{reasons}”逐项整改，报送整改措施及佐证材料。",
                done.Contains(key)));
        }

        var analysis = await analyzer.AnalyseAsync(evaluation.Value, ct);
        foreach (var finding in analysis.Findings.Where(f => f.Severity >= 2))
        {
            var key = $"finding:{finding.Code}:{finding.Path}";
            if (proposals.Any(p => p.Key == key))
            {
                continue;
            }

            var title = Domain.Checks.Checker.Codes.GetValueOrDefault(finding.Code, finding.Code);
            proposals.Add(new RectificationProposal(
                key, RectificationSource.Review, finding.Path.Length > 0 ? finding.Path : null, title, finding.Message,
                $"核实并纠正“{title}”，说明原因，报送佐证材料。", done.Contains(key)));
        }

        if (!string.IsNullOrWhiteSpace(record.ReviewComment))
        {
            proposals.Add(new RectificationProposal(
                "comment", RectificationSource.Review, null, null, record.ReviewComment.Trim(), "按财政局退回意见逐条整改，报送整改措施及佐证材料。", done.Contains("comment")));
        }

        return Outcome<IReadOnlyList<RectificationProposal>>.Ok(proposals);
    }

    /// <summary>Issues the chosen proposals of a reviewed evaluation as items (already issued ones are skipped). Returns the new ids.</summary>
    public async Task<Outcome<IReadOnlyList<int>>> IssueFromEvaluationAsync(Actor actor, int evaluationId, IssueRequest request, CancellationToken ct = default)
    {
        var proposed = await ProposeAsync(actor, evaluationId, ct);
        if (!proposed.IsOk)
        {
            return new Outcome<IReadOnlyList<int>>(proposed.Status, null, proposed.Errors);
        }

        var errors = CheckOwnerAndDeadline(request.Owner, request.Deadline);
        var chosen = request.Keys is null ? proposed.Value!.ToList() : [];
        if (request.Keys is not null)
        {
            foreach (var key in request.Keys)
            {
                var p = proposed.Value!.FirstOrDefault(x => x.Key == key);
                if (p is null)
                {
                    errors.Add(new DomainError("rectification.unknown-proposal", "keys", $"没有编号为“{key}”的复核发现。"));
                }
                else
                {
                    chosen.Add(p);
                }
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<int>>.Invalid(errors);
        }

        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstAsync(e => e.Id == evaluationId, ct);
        var now = clock.GetUtcNow();
        var items = chosen.Where(p => !p.AlreadyIssued).Select(p => new RectificationRecord
        {
            BureauId = record.Unit!.BureauId,
            Year = record.Year,
            UnitId = record.UnitId,
            EvaluationId = evaluationId,
            Source = p.Source,
            SourceRef = p.Key,
            IndicatorCode = p.IndicatorCode,
            IndicatorName = p.IndicatorName,
            Problem = p.Problem,
            RequiredMeasure = p.RequiredMeasure,
            Owner = request.Owner.Trim(),
            Deadline = request.Deadline,
            State = RectificationState.Open,
            CreatedAt = now,
            CreatedBy = actor.UserName,
            UpdatedAt = now,
            Version = 1,
        }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Rectifications.AddRange(items);
        await db.SaveChangesAsync(ct);
        foreach (var item in items)
        {
            db.AuditLog.Add(Audit.Entry(now, actor, "rectification.create", "rectification", Id(item.Id), null, Snapshot(item)));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<IReadOnlyList<int>>.Ok(items.Select(i => i.Id).ToList());
    }

    /// <summary>An item entered by the bureau (monitoring follow-up, imported published report, by hand).</summary>
    public async Task<Outcome<int>> CreateAsync(Actor actor, NewRectification item, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return Outcome<int>.Forbidden("只有财政局可以下达整改事项。");
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == item.UnitId, ct);
        if (unit is null || !Access.InScope(actor, unit.Id, unit.BureauId))
        {
            return Outcome<int>.Invalid("rectification.unit", "unitId", "单位不存在或不属于本局。");
        }

        var errors = CheckOwnerAndDeadline(item.Owner, item.Deadline);
        if (string.IsNullOrWhiteSpace(item.Problem))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "problem", "请填写存在的问题。"));
        }

        if (string.IsNullOrWhiteSpace(item.RequiredMeasure))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "requiredMeasure", "请填写整改要求。"));
        }

        if (item.Year is < 2000 or > 2100)
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "year", "年度应在 2000 到 2100 之间。"));
        }

        if (item.EvaluationId is int eid && !await db.Evaluations.AnyAsync(e => e.Id == eid && e.UnitId == unit.Id, ct))
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "evaluationId", "所指自评不属于该单位。"));
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var record = new RectificationRecord
        {
            BureauId = unit.BureauId,
            Year = item.Year,
            UnitId = unit.Id,
            EvaluationId = item.EvaluationId,
            Source = item.Source,
            SourceRef = string.IsNullOrWhiteSpace(item.SourceRef) ? null : item.SourceRef.Trim(),
            IndicatorCode = string.IsNullOrWhiteSpace(item.IndicatorCode) ? null : item.IndicatorCode.Trim(),
            IndicatorName = string.IsNullOrWhiteSpace(item.IndicatorName) ? null : item.IndicatorName.Trim(),
            Problem = item.Problem.Trim(),
            RequiredMeasure = item.RequiredMeasure.Trim(),
            Owner = item.Owner.Trim(),
            Deadline = item.Deadline,
            State = RectificationState.Open,
            CreatedAt = now,
            CreatedBy = actor.UserName,
            UpdatedAt = now,
            Version = 1,
        };
        db.Rectifications.Add(record);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(Audit.Entry(now, actor, "rectification.create", "rectification", Id(record.Id), null, Snapshot(record)));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(record.Id);
    }

    /// <summary>The ledger in the actor's scope: overdue first, then by deadline.</summary>
    public async Task<IReadOnlyList<RectificationSummary>> ListAsync(Actor actor, RectificationQuery query, int take = 500, CancellationToken ct = default)
    {
        var today = Today();
        var q = Filtered(Scoped(actor), query, today);
        var rows = await q.OrderBy(r => r.Deadline).ThenBy(r => r.Id).Take(take)
            .Select(r => new { r, UnitName = r.Unit!.Name }).ToListAsync(ct);
        return rows.Select(x => ToSummary(x.r, x.UnitName, today)).OrderByDescending(s => s.IsOverdue).ThenBy(s => s.Deadline).ThenBy(s => s.Id).ToList();
    }

    /// <summary>Counts per state and the overdue count in the actor's scope.</summary>
    public async Task<RectificationCounts> CountsAsync(Actor actor, int? year = null, CancellationToken ct = default)
    {
        var today = Today();
        var q = Filtered(Scoped(actor), new RectificationQuery(year), today);
        var byState = await q.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var overdue = await Filtered(Scoped(actor), new RectificationQuery(year, OverdueOnly: true), today).CountAsync(ct);
        var dict = Enum.GetValues<RectificationState>().ToDictionary(s => s.Name(), s => byState.FirstOrDefault(x => x.Key == s)?.Count ?? 0);
        return new RectificationCounts(byState.Sum(x => x.Count), overdue, dict);
    }

    public async Task<Outcome<RectificationDetail>> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var row = await Scoped(actor).Where(r => r.Id == id).Select(r => new { r, UnitName = r.Unit!.Name }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return Outcome<RectificationDetail>.NotFound();
        }

        var feedback = await db.RectificationFeedback.AsNoTracking().Where(f => f.RectificationId == id).OrderBy(f => f.Round).ToListAsync(ct);
        var evidence = await db.RectificationEvidence.AsNoTracking().Where(f => f.RectificationId == id).OrderBy(f => f.Id).ToListAsync(ct);
        var idText = Id(id);
        var history = await db.AuditLog.AsNoTracking().Where(a => a.EntityType == "rectification" && a.EntityId == idText).OrderBy(a => a.Id).ToListAsync(ct);
        var r = row.r;
        return Outcome<RectificationDetail>.Ok(new RectificationDetail(
            ToSummary(r, row.UnitName, Today()), r.Verification, r.ResultUse, r.ClosedAt, feedback, evidence,
            RectificationWorkflow.Available(r.State, actor.Role), CanUpload(actor, r), history));
    }

    /// <summary>佐证材料 for the unit's next answer (only while the unit owes one).</summary>
    public async Task<Outcome<RectificationEvidence>> AddEvidenceAsync(Actor actor, int id, string fileName, string contentType, Stream content, EvidenceStore store, CancellationToken ct = default)
    {
        var record = await Scoped(actor).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return Outcome<RectificationEvidence>.NotFound();
        }

        if (!CanUpload(actor, record))
        {
            return Outcome<RectificationEvidence>.Forbidden($"当前状态为“{record.State.Name()}”，不能上传整改佐证材料。");
        }

        var saved = await store.SaveAsync(fileName, contentType, content, ct);
        if (!saved.IsSuccess)
        {
            return Outcome<RectificationEvidence>.Invalid(saved.Errors);
        }

        var file = new RectificationEvidence
        {
            BureauId = record.BureauId,
            Year = record.Year,
            RectificationId = id,
            FileName = saved.Value.FileName,
            ContentType = saved.Value.ContentType,
            Size = saved.Value.Size,
            Sha256 = saved.Value.Sha256,
            UploadedBy = actor.UserName,
            UploadedAt = clock.GetUtcNow(),
        };
        db.RectificationEvidence.Add(file);
        db.AuditLog.Add(Audit.Entry(file.UploadedAt, actor, "rectification.evidence", "rectification", Id(id), null, $"{file.FileName} sha256={file.Sha256}"));
        await db.SaveChangesAsync(ct);
        return Outcome<RectificationEvidence>.Ok(file);
    }

    public async Task<Outcome<(RectificationEvidence File, Stream Content)>> OpenEvidenceAsync(Actor actor, int evidenceId, EvidenceStore store, CancellationToken ct = default)
    {
        var file = await db.RectificationEvidence.AsNoTracking().FirstOrDefaultAsync(f => f.Id == evidenceId, ct);
        if (file is null || !await Scoped(actor).AnyAsync(r => r.Id == file.RectificationId, ct))
        {
            return Outcome<(RectificationEvidence, Stream)>.NotFound();
        }

        return Outcome<(RectificationEvidence, Stream)>.Ok((file, store.Open(file.Sha256)));
    }

    /// <summary>
    /// Moves an item: the unit answers (text, with the evidence uploaded since its last answer), the bureau returns
    /// (reason), accepts (optional opinion) or verifies and closes (verification, optional 结果应用意见).
    /// <paramref name="expectedVersion"/>, when given, must be current.
    /// </summary>
    public async Task<Outcome<RectificationState>> ActAsync(
        Actor actor, int id, RectificationAction action, string? text, int? expectedVersion = null, string? resultUse = null, CancellationToken ct = default)
    {
        var record = await Scoped(actor, tracking: true).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return Outcome<RectificationState>.NotFound();
        }

        if (expectedVersion is int v && v != record.Version)
        {
            return Outcome<RectificationState>.Invalid("conflict", "version", $"该整改事项已被他人更新（当前第 {record.Version} 版），请刷新后再操作。") with { Status = OutcomeStatus.Conflict };
        }

        var pending = await db.RectificationEvidence.Where(f => f.RectificationId == id && f.FeedbackId == null).ToListAsync(ct);
        var moved = RectificationWorkflow.Apply(record.State, action, actor.Role, text, pending.Count);
        if (!moved.IsSuccess)
        {
            return moved.Errors[0].Code == "rectification.role-mismatch" ? Outcome<RectificationState>.Forbidden(moved.Errors[0].Message) : Outcome<RectificationState>.Invalid(moved.Errors);
        }

        var now = clock.GetUtcNow();
        var before = Snapshot(record);
        var note = text?.Trim();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        switch (action)
        {
            case RectificationAction.Answer:
                record.Answers++;
                var feedback = new RectificationFeedback { BureauId = record.BureauId, Year = record.Year, RectificationId = id, Round = record.Answers, Measure = note!, FiledBy = actor.UserName, FiledAt = now };
                db.RectificationFeedback.Add(feedback);
                await db.SaveChangesAsync(ct);
                foreach (var file in pending)
                {
                    file.FeedbackId = feedback.Id;
                }

                break;
            case RectificationAction.Return or RectificationAction.Accept:
                var last = await db.RectificationFeedback.Where(f => f.RectificationId == id).OrderByDescending(f => f.Round).FirstAsync(ct);
                last.Decision = action;
                last.DecisionNote = string.IsNullOrEmpty(note) ? last.DecisionNote : (last.DecisionNote is null ? note : last.DecisionNote + "\n" + note);
                last.DecidedBy = actor.UserName;
                last.DecidedAt = now;
                break;
            case RectificationAction.Close:
                record.Verification = note;
                record.ResultUse = string.IsNullOrWhiteSpace(resultUse) ? null : resultUse.Trim();
                record.ClosedAt = now;
                break;
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = record.Version;
        record.State = moved.Value;
        record.Version++;
        record.UpdatedAt = now;
        var after = JsonSerializer.Serialize(new { state = record.State.ToString(), note, resultUse = record.ResultUse, evidence = action == RectificationAction.Answer ? pending.Select(p => new { p.FileName, p.Sha256 }) : null }, AuditJson);
        db.AuditLog.Add(Audit.Entry(now, actor, "rectification." + action.ToString().ToLowerInvariant(), "rectification", Id(id), before, after));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<RectificationState>.Invalid("conflict", "version", "该整改事项刚被他人更新，请刷新后再操作。") with { Status = OutcomeStatus.Conflict };
        }

        await tx.CommitAsync(ct);
        return Outcome<RectificationState>.Ok(record.State);
    }

    /// <summary>Last year's ledger of a unit as 上年问题整改情况 of <paramref name="year"/>'s evaluation.</summary>
    public static async Task<IReadOnlyList<RectificationItem>> CarryOverAsync(JixiaoDbContext db, int unitId, int year, DateOnly today, CancellationToken ct = default)
    {
        var previous = year - 1;
        var items = await db.Rectifications.AsNoTracking().Where(r => r.UnitId == unitId && r.Year == previous).OrderBy(r => r.Id).ToListAsync(ct);
        if (items.Count == 0)
        {
            return [];
        }

        var ids = items.Select(i => i.Id).ToList();
        var last = (await db.RectificationFeedback.AsNoTracking().Where(f => ids.Contains(f.RectificationId)).ToListAsync(ct))
            .GroupBy(f => f.RectificationId).ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Round).First().Measure);
        return RectificationCarryOver.PreviousProblems(
            items.Select(i => new LedgerItem(i.Problem, i.RequiredMeasure, i.State, i.Answers, last.GetValueOrDefault(i.Id), i.Deadline,
                i.ClosedAt is { } c ? DateOnly.FromDateTime(c.ToOffset(TimeSpan.FromHours(8)).DateTime) : null, i.Verification)),
            today);
    }

    /// <summary>The ledger's present state written into an editable evaluation's 上年问题整改情况 (hand-written entries kept).</summary>
    public async Task<Outcome<int>> SyncPreviousProblemsAsync(Actor actor, int evaluationId, CancellationToken ct = default)
    {
        var got = await evaluations.GetContentAsync(actor, evaluationId, ct);
        if (!got.IsOk)
        {
            return new Outcome<int>(got.Status, 0, got.Errors);
        }

        var detail = got.Value!;
        if (!detail.CanEdit)
        {
            return Outcome<int>.Forbidden($"当前状态为“{detail.Summary.State.Name()}”，不能更新上年问题整改情况。");
        }

        var ledger = await CarryOverAsync(db, detail.Summary.UnitId, detail.Summary.Year, Today(), ct);
        var merged = RectificationCarryOver.Merge(detail.Evaluation.PreviousProblems, ledger);
        return await evaluations.SaveAsync(actor, evaluationId, detail.Summary.Version, detail.Evaluation with { PreviousProblems = merged }, ct);
    }

    private async Task<(EvaluationRecord? Record, Outcome<int>? Error)> ReviewedEvaluationAsync(Actor actor, int evaluationId, CancellationToken ct)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return (null, Outcome<int>.NotFound());
        }

        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || !Access.InScope(actor, record.UnitId, record.Unit.BureauId))
        {
            return (null, Outcome<int>.Forbidden("只有本局财政复核人可以把复核发现下达为整改事项。"));
        }

        var reviewed = record.State == ReviewState.Returned || record.State == ReviewState.Approved || record.State == ReviewState.Published;
        if (!reviewed)
        {
            return (null, Outcome<int>.Invalid("rectification.not-reviewed", "state", $"当前状态为“{record.State.Name()}”：只有已退回、已通过或已公开的自评才能下达整改事项。"));
        }

        return (record, null);
    }

    private static List<DomainError> CheckOwnerAndDeadline(string? owner, DateOnly deadline)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(owner))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "owner", "请填写整改责任人。"));
        }

        if (deadline.Year is < 2000 or > 2100)
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "deadline", "请填写有效的整改期限（如 2026-06-30）。"));
        }

        return errors;
    }

    private static bool CanUpload(Actor actor, RectificationRecord r) =>
        actor.Role is ActorRole.Preparer or ActorRole.Approver or ActorRole.Admin && RectificationWorkflow.IsWithUnit(r.State);

    private IQueryable<RectificationRecord> Scoped(Actor actor, bool tracking = false)
    {
        var query = tracking ? db.Rectifications : db.Rectifications.AsNoTracking();
        return actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => query.Where(r => r.UnitId == actor.UnitId),
            ActorRole.Reviewer => query.Where(r => r.BureauId == actor.BureauId),
            ActorRole.Admin => query,
        };
    }

    private static IQueryable<RectificationRecord> Filtered(IQueryable<RectificationRecord> q, RectificationQuery query, DateOnly today)
    {
        if (query.Year is int y)
        {
            q = q.Where(r => r.Year == y);
        }

        if (query.UnitId is int u)
        {
            q = q.Where(r => r.UnitId == u);
        }

        if (query.State is RectificationState s)
        {
            q = q.Where(r => r.State == s);
        }

        if (query.OverdueOnly)
        {
            // The states in which the unit owes an answer (RectificationWorkflow.IsWithUnit).
            q = q.Where(r => (r.State == RectificationState.Open || r.State == RectificationState.Returned) && r.Deadline < today);
        }

        return q;
    }

    private static RectificationSummary ToSummary(RectificationRecord r, string unitName, DateOnly today) =>
        new(r.Id, r.BureauId, r.Year, r.UnitId, unitName, r.EvaluationId, r.Source, r.SourceRef, r.IndicatorCode, r.IndicatorName, r.Problem,
            r.RequiredMeasure, r.Owner, r.Deadline, r.State, r.Answers, RectificationWorkflow.IsOverdue(r.State, r.Deadline, today),
            RectificationWorkflow.DaysOverdue(r.State, r.Deadline, today), r.Version, r.UpdatedAt);

    private static string Snapshot(RectificationRecord r) => JsonSerializer.Serialize(new
    {
        r.Year,
        r.UnitId,
        r.EvaluationId,
        source = r.Source.ToString(),
        r.SourceRef,
        r.IndicatorCode,
        r.Problem,
        r.RequiredMeasure,
        r.Owner,
        deadline = r.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        state = r.State.ToString(),
        r.Answers,
    }, AuditJson);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
