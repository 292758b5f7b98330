using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>One row of a list or queue.</summary>
public sealed record EvaluationSummary(
    int Id, int UnitId, string UnitName, int Year, EvaluationKind Kind, string Title, ReviewState State,
    decimal? SelfTotal, string? SelfGrade, decimal? ReviewTotal, string? ReviewGrade, decimal? ExecutionRate,
    int MaxSeverity, int FindingCount, int Version, DateTimeOffset UpdatedAt);

/// <summary>An evaluation opened for reading or editing, with what the actor may do to it.</summary>
public sealed record EvaluationDetail(
    EvaluationSummary Summary, Evaluation Evaluation, string FrameworkId, string? ReviewComment, string? ApprovedContentSha256,
    bool CanEdit, bool CanReview, IReadOnlyList<ReviewAction> Actions, IReadOnlyList<EvidenceFile> Evidence,
    IReadOnlyList<PublishedDocument> Documents, IReadOnlyList<AuditEntry> History)
{
    /// <summary>Last 部门退回 comment.</summary>
    public string? DepartmentComment { get; init; }

    /// <summary>When the department last sent it to the bureau (null: never).</summary>
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>第 N 版 (1 for an original; a correction counts on from the version it corrects).</summary>
    public int Revision { get; init; } = 1;

    /// <summary>The published evaluation this one corrects (更正), or null.</summary>
    public int? SupersedesId { get; init; }

    /// <summary>更正原因 of a correction.</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>When a correction of this evaluation was published (已被更正), or null.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>Whether an evidence file may still be deleted: content editable and the file not yet sent to the bureau.</summary>
    public bool CanDeleteEvidence(EvidenceFile file) => CanEdit && (SubmittedAt is null || file.UploadedAt > SubmittedAt);
}

/// <summary>A line of the in-page notifications: a workflow move on one of the actor's evaluations.</summary>
public sealed record WorkflowNotice(int EvaluationId, string Title, int Year, DateTimeOffset At, string Actor, string Action, string? Detail);

/// <summary>Use cases on evaluations, shared by the web pages, the REST API and the CLI. Every method checks access itself.</summary>
public sealed class EvaluationService(JixiaoDbContext db, EvaluationAnalyzer analyzer, FrameworkService frameworks, TimeProvider clock, PdfRenderer? pdfRenderer = null)
{
    private readonly WorkflowGate gate = new(db);

    public async Task<IReadOnlyList<EvaluationSummary>> ListAsync(Actor actor, int? year = null, int take = 500, int skip = 0, CancellationToken ct = default)
    {
        var query = Scoped(actor);
        if (year is int y)
        {
            query = query.Where(e => e.Year == y);
        }

        return await Summaries(InListOrder(query)).Skip(skip).Take(take).ToListAsync(ct);
    }

    /// <summary>复核队列: submissions waiting for the actor's bureau, most severe findings first.</summary>
    public async Task<IReadOnlyList<EvaluationSummary>> ReviewQueueAsync(Actor actor, int take = 200, int skip = 0, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return [];
        }

        return await ReviewQueueQuery(actor).Skip(skip).Take(take).ToListAsync(ct);
    }

    /// <summary>
    /// The queue in its order, for a reviewer or admin. The same states as <see cref="JixiaoDbContext.ReviewQueueFilter"/>,
    /// whose partial index gives the queue's first rows in order (a PostgreSQL test checks the plan uses it).
    /// </summary>
    internal IQueryable<EvaluationSummary> ReviewQueueQuery(Actor actor) =>
        Summaries(Scoped(actor)
            .Where(e => e.State == ReviewState.Submitted || e.State == ReviewState.InReview || e.State == ReviewState.Resubmitted)
            .OrderByDescending(e => e.MaxSeverity).ThenByDescending(e => e.FindingCount).ThenBy(e => e.Id));

    public Task<Outcome<EvaluationDetail>> GetAsync(Actor? actor, int id, CancellationToken ct = default) => GetAsync(actor, id, related: true, ct);

    /// <summary>
    /// The evaluation with its summary and what the actor may do, without evidence, documents and history (empty lists):
    /// what the REST API returns, in one query instead of four.
    /// </summary>
    public Task<Outcome<EvaluationDetail>> GetContentAsync(Actor? actor, int id, CancellationToken ct = default) => GetAsync(actor, id, related: false, ct);

    private async Task<Outcome<EvaluationDetail>> GetAsync(Actor? actor, int id, bool related, CancellationToken ct)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<EvaluationDetail>.NotFound();
        }

        var evaluation = EvaluationJson.Read(record.Content, $"evaluations/{id}");
        if (!evaluation.IsSuccess)
        {
            return Outcome<EvaluationDetail>.Invalid(evaluation.Errors);
        }

        var isPublic = actor is null;
        if (!related)
        {
            return Outcome<EvaluationDetail>.Ok(Detail(actor, record, evaluation.Value, [], [], []));
        }

        var evidence = isPublic ? [] : await db.EvidenceFiles.AsNoTracking().Where(f => f.EvaluationId == id).OrderBy(f => f.Id).ToListAsync(ct);
        var documents = await db.PublishedDocuments.AsNoTracking().Where(d => d.EvaluationId == id)
            .Select(d => new PublishedDocument { Id = d.Id, EvaluationId = d.EvaluationId, Format = d.Format, FileName = d.FileName, Sha256 = d.Sha256, Content = Array.Empty<byte>(), CreatedAt = d.CreatedAt })
            .ToListAsync(ct);
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = isPublic ? [] : await db.AuditLog.AsNoTracking().Where(a => a.EntityType == "evaluation" && a.EntityId == idText)
            .OrderBy(a => a.Id).Select(a => new AuditEntry { Id = a.Id, At = a.At, Actor = a.Actor, Action = a.Action, EntityType = a.EntityType, EntityId = a.EntityId, After = a.Action.StartsWith("evaluation.save") ? null : a.After })
            .ToListAsync(ct);
        return Outcome<EvaluationDetail>.Ok(Detail(actor, record, evaluation.Value, evidence, documents, history));
    }

    private static EvaluationDetail Detail(
        Actor? actor, EvaluationRecord record, Evaluation evaluation, IReadOnlyList<EvidenceFile> evidence, IReadOnlyList<PublishedDocument> documents, IReadOnlyList<AuditEntry> history)
    {
        var role = actor?.Role;
        var inScope = actor is not null && Access.InScope(actor, record.UnitId, record.Unit!.BureauId);
        var actions = inScope && role is ActorRole r ? ReviewWorkflow.Available(record.State, r, record.SubmittedAt is not null) : [];
        return new EvaluationDetail(
            ToSummary(record), evaluation, record.FrameworkId, record.ReviewComment, record.ApprovedContentSha256,
            inScope && role is ActorRole r1 && ReviewWorkflow.CanEditContent(record.State, r1),
            inScope && role is ActorRole r2 && ReviewWorkflow.CanEditReview(record.State, r2),
            actions, evidence, documents, history)
        {
            DepartmentComment = record.DepartmentComment,
            SubmittedAt = record.SubmittedAt,
            Revision = record.Revision,
            SupersedesId = record.SupersedesId,
            CorrectionReason = record.CorrectionReason,
            SupersededAt = record.SupersededAt,
        };
    }

    /// <summary>Creates a draft for the actor's unit (or, for an admin, the unit named by <paramref name="unitId"/>).</summary>
    public async Task<Outcome<int>> CreateAsync(Actor actor, Evaluation evaluation, int? unitId = null, CancellationToken ct = default)
    {
        var targetUnit = actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => actor.UnitId,
            ActorRole.Admin => unitId,
            ActorRole.Reviewer => null,
        };
        if (targetUnit is not int uid || (unitId is int asked && asked != uid))
        {
            return Outcome<int>.Forbidden("只能为本单位新建自评。");
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uid, ct);
        if (unit is null)
        {
            return Outcome<int>.Invalid("unit.unknown", "unitId", "单位不存在。");
        }

        var frameworkId = evaluation.FrameworkId;
        if (string.IsNullOrWhiteSpace(frameworkId))
        {
            // Never a silent fallback to another year's framework: the bureau activates one per year and kind.
            frameworkId = await frameworks.ActiveForAsync(unit.BureauId, evaluation.Year, evaluation.Kind, ct);
            if (frameworkId is null)
            {
                return Outcome<int>.Invalid("framework.not-activated", "frameworkId", FrameworkService.NotActivatedMessage(evaluation.Year, evaluation.Kind));
            }
        }

        var named = evaluation with { Unit = unit.Name, UnitCode = evaluation.UnitCode ?? unit.Code, FrameworkId = frameworkId };
        if (named.PreviousProblems.Count == 0)
        {
            // 上年问题整改情况 starts from last year's rectification ledger (issue 14).
            named = named with { PreviousProblems = await RectificationService.CarryOverAsync(db, uid, named.Year, RectificationService.Today(clock), ct) };
        }

        var invalid = EvaluationSerializer.Validate(named);
        if (invalid.Count > 0)
        {
            return Outcome<int>.Invalid(invalid);
        }

        var record = await NewRecordAsync(actor, unit, named, ct);
        db.Evaluations.Add(record);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(Audit.Entry(record.CreatedAt, actor, "evaluation.create", "evaluation", Id(record.Id), null, record.Content));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(record.Id);
    }

    /// <summary>
    /// Saves new content if <paramref name="expectedVersion"/> is still current. Otherwise nothing is overwritten: the caller gets
    /// both versions, and the rejected content is kept in the audit log.
    /// </summary>
    public async Task<Outcome<int>> SaveAsync(Actor actor, int id, int expectedVersion, Evaluation evaluation, CancellationToken ct = default)
    {
        var record = await db.Evaluations.Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<int>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.Unit.BureauId) || !ReviewWorkflow.CanEditContent(record.State, actor.Role))
        {
            return Outcome<int>.Forbidden($"当前状态为“{record.State.Name()}”，{actor.Role.Name()}不能修改内容。");
        }

        // The approved goals an evaluation was created from are its basis: kept as stored, whatever the editor sends.
        var stored = EvaluationJson.Read(record.Content, $"evaluations/{id}");
        var fixedEvaluation = evaluation with
        {
            Unit = record.Unit.Name,
            Year = record.Year,
            Kind = record.Kind,
            FrameworkId = record.FrameworkId,
            Inputs = stored.IsSuccess ? WithReviewDeductionsOf(stored.Value, evaluation.Inputs) : evaluation.Inputs,
            ApprovedGoals = stored.IsSuccess ? stored.Value.ApprovedGoals : null,
        };
        var invalid = EvaluationSerializer.Validate(fixedEvaluation);
        if (invalid.Count > 0)
        {
            return Outcome<int>.Invalid(invalid);
        }

        return await CommitContentAsync(actor, record, expectedVersion, fixedEvaluation, "evaluation.save", ct);
    }

    /// <summary>
    /// 复核: the reviewer's deductions per leaf code, kept apart from the self score. The whole set replaces the previous one
    /// (so leaving a deduction out removes it). Every code must be a leaf of the framework, every deduction positive with a
    /// reason, and their sum not above the leaf's weight; all problems are reported in one pass and nothing is saved then.
    /// </summary>
    public async Task<Outcome<int>> SaveReviewAsync(Actor actor, int id, int expectedVersion, IReadOnlyDictionary<string, IReadOnlyList<Deduction>> deductions, CancellationToken ct = default)
    {
        var record = await db.Evaluations.Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<int>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.Unit.BureauId) || !ReviewWorkflow.CanEditReview(record.State, actor.Role))
        {
            return Outcome<int>.Forbidden("只有复核中的评价可由财政局复核人录入复核扣分。");
        }

        var framework = await analyzer.FrameworkAsync(record.FrameworkId, ct);
        if (!framework.IsSuccess)
        {
            return Outcome<int>.Invalid(framework.Errors);
        }

        var leaves = framework.Value.Leaves().ToDictionary(l => l.Code, StringComparer.Ordinal);
        var errors = ReviewDeductionProblems(deductions, leaves);
        if (errors.Count > 0)
        {
            return Outcome<int>.Invalid(errors);
        }

        var evaluation = EvaluationJson.Read(record.Content, $"evaluations/{id}").Value;
        var inputs = new Dictionary<string, LeafInput>(StringComparer.Ordinal);
        foreach (var (code, input) in evaluation.Inputs)
        {
            var cleared = input with { ReviewDeductions = [] };
            // A code outside the framework that held only review deductions (entered before codes were checked) is dropped:
            // it made the evaluation unscoreable and could not be undone otherwise.
            if (leaves.ContainsKey(code) || !IsEmptyApartFromReview(cleared))
            {
                inputs[code] = cleared;
            }
        }

        foreach (var (code, list) in deductions)
        {
            var cleaned = (list ?? []).Where(d => d is not null && d.Points > 0m).Select(d => d with { Reason = d.Reason.Trim() }).ToList();
            if (cleaned.Count > 0)
            {
                inputs[code] = (inputs.TryGetValue(code, out var existing) ? existing : new LeafInput()) with { ReviewDeductions = cleaned };
            }
        }

        var updated = evaluation with { Inputs = inputs };
        return await CommitContentAsync(actor, record, expectedVersion, updated, "evaluation.review", ct);
    }

    /// <summary>The problems of a set of review deductions against the framework's leaves, each with its path (deductions.CODE[i].points).</summary>
    public static IReadOnlyList<DomainError> ReviewDeductionProblems(IReadOnlyDictionary<string, IReadOnlyList<Deduction>> deductions, IReadOnlyDictionary<string, Jixiao.Domain.Frameworks.IndicatorNode> leaves)
    {
        var errors = new List<DomainError>();
        foreach (var (code, list) in deductions)
        {
            var path = "deductions." + code;
            if (!leaves.TryGetValue(code, out var leaf))
            {
                errors.Add(new DomainError("review.unknown-code", path, $"未知的指标编号“{code}”：评分表中没有这个三级指标，不能对它扣分。"));
                continue;
            }

            var items = list ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                var d = items[i];
                var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (d is null)
                {
                    errors.Add(new DomainError("review.deduction-missing", at, $"指标 {code} 第 {i + 1} 条扣分为空。"));
                    continue;
                }

                if (d.Points < 0m)
                {
                    errors.Add(new DomainError("review.negative", at + ".points", $"指标 {code}“{leaf.Name}”的扣分不能为负数（填写了 {Fmt(d.Points)}）。"));
                }

                if (d.Points > 0m && string.IsNullOrWhiteSpace(d.Reason))
                {
                    errors.Add(new DomainError("review.reason-required", at + ".reason", $"指标 {code}“{leaf.Name}”的复核扣分必须写明理由。"));
                }
            }

            var sum = items.Where(d => d is not null && d.Points > 0m).Sum(d => d.Points);
            if (sum > leaf.Weight)
            {
                errors.Add(new DomainError("review.above-weight", path, $"指标 {code}“{leaf.Name}”的复核扣分合计 {Fmt(sum)} 分，超过该指标的分值 {Fmt(leaf.Weight)} 分。"));
            }
        }

        return errors;

        static string Fmt(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static bool IsEmptyApartFromReview(LeafInput input) =>
        !input.NotApplicable && input.Value is null && input.Numerator is null && input.Denominator is null && input.Answer is null
        && input.Score is null && input.Deductions.Count == 0 && input.Reason is null && input.Measure is null;

    /// <summary>The unit's content with the reviewer's deductions of the stored version: a department save can never change them.</summary>
    private static Dictionary<string, LeafInput> WithReviewDeductionsOf(Evaluation stored, IReadOnlyDictionary<string, LeafInput> posted)
    {
        var result = posted.ToDictionary(kv => kv.Key, kv => kv.Value with { ReviewDeductions = [] }, StringComparer.Ordinal);
        foreach (var (code, input) in stored.Inputs.Where(kv => kv.Value.ReviewDeductions.Count > 0))
        {
            result[code] = (result.TryGetValue(code, out var mine) ? mine : new LeafInput()) with { ReviewDeductions = input.ReviewDeductions };
        }

        return result;
    }

    /// <summary>
    /// Writes new content under optimistic concurrency: a stale version (checked here or by the database)
    /// gets the conflict with both versions; otherwise the content, the derived columns and one audit entry
    /// are saved together.
    /// </summary>
    private async Task<Outcome<int>> CommitContentAsync(Actor actor, EvaluationRecord record, int expectedVersion, Evaluation content, string auditAction, CancellationToken ct)
    {
        var id = record.Id;
        var yours = EvaluationJson.Write(content);
        if (record.Version != expectedVersion)
        {
            return await ConflictAsync(actor, record, yours, ct);
        }

        if (string.Equals(yours, record.Content, StringComparison.Ordinal))
        {
            // Nothing changed (e.g. 提交 pressed right after 保存): no new version, no audit entry.
            return Outcome<int>.Ok(record.Version);
        }

        var before = record.Content;
        await ApplyContentAsync(record, content, yours, ct);
        Touch(record, actor, expectedVersion);
        db.AuditLog.Add(Audit.Entry(record.UpdatedAt, actor, auditAction, "evaluation", Id(id), before, yours));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Evaluations.Include(e => e.Unit).FirstAsync(e => e.Id == id, ct);
            return await ConflictAsync(actor, current, yours, ct);
        }

        return Outcome<int>.Ok(record.Version);
    }

    /// <summary>
    /// Moves the workflow: the state machine decides legality and roles, this method the scope and the content gates
    /// (<see cref="WorkflowGate"/>) for every move that sends the evaluation on, approves or publishes it.
    /// Approval freezes the documents and their hashes.
    /// </summary>
    public async Task<Outcome<ReviewState>> TransitionAsync(Actor actor, int id, ReviewAction action, string? comment, CancellationToken ct = default)
    {
        var record = await db.Evaluations.Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<ReviewState>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.Unit.BureauId))
        {
            return Outcome<ReviewState>.Forbidden();
        }

        var moved = ReviewWorkflow.Apply(record.State, action, actor.Role, comment, record.SubmittedAt is not null);
        if (!moved.IsSuccess)
        {
            return moved.Errors[0].Code == "review.role-mismatch" ? Outcome<ReviewState>.Forbidden(moved.Errors[0].Message) : Outcome<ReviewState>.Invalid(moved.Errors);
        }

        if (ReviewWorkflow.IsGated(action))
        {
            var problems = await GateProblemsAsync(record, ct);
            if (problems.Count > 0)
            {
                return Outcome<ReviewState>.Invalid([new DomainError("gate.refused", "state", $"不能“{action.Name()}”：请先处理以下 {problems.Count} 个问题。"), .. problems]);
            }
        }

        var before = record.State;
        var now = clock.GetUtcNow();
        PublishedDocument? pdf = null;
        if (action == ReviewAction.Publish && !await db.PublishedDocuments.AnyAsync(d => d.EvaluationId == id && d.Format == "pdf", ct))
        {
            pdf = await FrozenPdfAsync(record, now, ct);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        switch (action)
        {
            case ReviewAction.Return:
                record.ReviewComment = comment!.Trim();
                break;
            case ReviewAction.DepartmentReturn:
                record.DepartmentComment = comment!.Trim();
                break;
            case ReviewAction.DepartmentApprove:
                record.SubmittedAt = now;
                break;
            case ReviewAction.Approve:
                record.ApprovedContentSha256 = EvaluationJson.Sha256(record.Content);
                await FreezeDocumentsAsync(record, now, ct);
                break;
            case ReviewAction.Publish:
                if (record.ApprovedContentSha256 != EvaluationJson.Sha256(record.Content))
                {
                    return Outcome<ReviewState>.Invalid("publish.changed", "content", "内容与通过时不一致，不能公开。");
                }

                record.PublishedAt = now;
                if (pdf is not null)
                {
                    db.PublishedDocuments.Add(pdf);
                }

                if (record.SupersedesId is int predecessorId)
                {
                    // The corrected version stays published with its frozen documents; it is only marked 已被更正.
                    var predecessor = await db.Evaluations.FirstAsync(e => e.Id == predecessorId, ct);
                    predecessor.SupersededAt = now;
                    db.AuditLog.Add(Audit.Entry(now, actor, "evaluation.superseded", "evaluation", Id(predecessorId), predecessor.State.Name(),
                        string.Create(CultureInfo.InvariantCulture, $"已被更正：第 {record.Revision} 版（编号 {record.Id}）公开；更正原因：{record.CorrectionReason}")));
                }

                break;
            case ReviewAction.Submit or ReviewAction.Resubmit or ReviewAction.StartReview:
                break;
        }

        record.State = moved.Value;
        Touch(record, actor, record.Version);
        db.AuditLog.Add(Audit.Entry(now, actor, "evaluation." + action.ToString().ToLowerInvariant(), "evaluation", Id(id), before.Name(), moved.Value.Name() + (string.IsNullOrWhiteSpace(comment) ? string.Empty : "：" + comment.Trim())));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ReviewState>.Invalid("conflict", "version", "该评价刚被他人修改，请刷新后重试。");
        }

        await tx.CommitAsync(ct);
        return Outcome<ReviewState>.Ok(moved.Value);
    }

    /// <summary>
    /// 更正: the bureau opens a corrected version of a published evaluation, with a required reason. The new record is a
    /// copy of the published content, linked to it (<see cref="EvaluationRecord.SupersedesId"/>, revision + 1), and starts
    /// as a draft of the unit: it goes through the whole workflow. The published one is not touched until the correction
    /// is published, when it is marked 已被更正 and stays readable with its frozen documents.
    /// </summary>
    public async Task<Outcome<int>> OpenCorrectionAsync(Actor actor, int id, string? reason, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<int>.NotFound();
        }

        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || !Access.InScope(actor, record.UnitId, record.Unit.BureauId))
        {
            return Outcome<int>.Forbidden("只有财政局复核人可以发起更正。");
        }

        if (record.State != ReviewState.Published)
        {
            return Outcome<int>.Invalid("correction.not-published", "state", $"当前状态为“{record.State.Name()}”：只有已公开的自评才能发起更正，未公开的请按流程退回修改。");
        }

        var successor = await db.Evaluations.AsNoTracking().Where(e => e.SupersedesId == id).Select(e => new { e.Id, e.Revision, e.State }).FirstOrDefaultAsync(ct);
        if (successor is not null)
        {
            return Outcome<int>.Invalid("correction.already-open", "id", string.Create(CultureInfo.InvariantCulture,
                $"该自评已有更正版本（第 {successor.Revision} 版，编号 {successor.Id}，状态：{successor.State.Name()}），不能重复发起更正。"));
        }

        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            return Outcome<int>.Invalid("correction.reason-required", "reason", "发起更正必须填写更正原因。");
        }

        if (why.Length > 2000)
        {
            return Outcome<int>.Invalid("correction.reason-length", "reason", "更正原因不能超过 2000 字。");
        }

        var now = clock.GetUtcNow();
        var correction = new EvaluationRecord
        {
            UnitId = record.UnitId,
            Year = record.Year,
            Kind = record.Kind,
            Title = record.Title,
            FrameworkId = record.FrameworkId,
            State = ReviewState.Draft,
            Content = record.Content,
            SelfTotal = record.SelfTotal,
            SelfGrade = record.SelfGrade,
            ReviewTotal = record.ReviewTotal,
            ReviewGrade = record.ReviewGrade,
            ExecutionRate = record.ExecutionRate,
            MaxSeverity = record.MaxSeverity,
            FindingCount = record.FindingCount,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
            SupersedesId = record.Id,
            Revision = record.Revision + 1,
            CorrectionReason = why,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Evaluations.Add(correction);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another reviewer opened one at the same moment: the unique index on SupersedesId keeps the chain single.
            return Outcome<int>.Invalid("correction.already-open", "id", "该自评已有更正版本，不能重复发起更正。");
        }

        // The evidence goes with the content: the same stored files (by hash), listed again for the new version.
        var evidence = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvaluationId == id).OrderBy(f => f.Id).ToListAsync(ct);
        db.EvidenceFiles.AddRange(evidence.Select(f => new EvidenceFile
        {
            EvaluationId = correction.Id, FileName = f.FileName, ContentType = f.ContentType, Size = f.Size, Sha256 = f.Sha256, UploadedBy = f.UploadedBy, UploadedAt = f.UploadedAt,
        }));
        var revision = string.Create(CultureInfo.InvariantCulture, $"第 {correction.Revision} 版（编号 {correction.Id}）");
        var copied = evidence.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"；佐证材料 {evidence.Count} 份随本版复制");
        db.AuditLog.Add(Audit.Entry(now, actor, "evaluation.correction", "evaluation", Id(correction.Id), Id(record.Id), $"更正{revision}，更正原因：{why}{copied}"));
        db.AuditLog.Add(Audit.Entry(now, actor, "evaluation.correction-opened", "evaluation", Id(record.Id), null, $"已发起更正{revision}，更正原因：{why}"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<int>.Ok(correction.Id);
    }

    /// <summary>What stands between the evaluation and the next step (for the editor's checklist; the same as <see cref="TransitionAsync"/> checks).</summary>
    public async Task<IReadOnlyList<DomainError>> GateProblemsAsync(Actor? actor, int id, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        return record is null || !Access.CanRead(actor, record, record.Unit!.BureauId) ? [] : await GateProblemsAsync(record, ct);
    }

    private async Task<IReadOnlyList<DomainError>> GateProblemsAsync(EvaluationRecord record, CancellationToken ct)
    {
        var evaluation = EvaluationJson.Read(record.Content, $"evaluations/{record.Id}");
        if (!evaluation.IsSuccess)
        {
            return evaluation.Errors;
        }

        var analysis = await analyzer.AnalyseAsync(evaluation.Value, ct);
        return await gate.CheckAsync(record, evaluation.Value, analysis, ct);
    }

    /// <summary>
    /// A document for download: the frozen copy once approved; otherwise rendered from the current content. Of a published
    /// evaluation outside their scope, people (and anonymous visitors) get the frozen copies only.
    /// </summary>
    public async Task<Outcome<PublishedDocument>> DocumentAsync(Actor? actor, int id, string format, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        var reader = record is not null && Access.CanRead(actor, record, record.Unit!.BureauId);
        if (record is null || (!reader && record.State != ReviewState.Published))
        {
            return Outcome<PublishedDocument>.NotFound();
        }

        if (!DocumentRendering.Formats.Contains(format))
        {
            return Outcome<PublishedDocument>.Invalid("document.format", "format", "文档格式只能是 docx、xlsx 或 pdf。");
        }

        var frozen = await db.PublishedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.EvaluationId == id && d.Format == format, ct);
        if (frozen is not null)
        {
            return Outcome<PublishedDocument>.Ok(frozen);
        }

        if (format == "pdf" && record.ApprovedContentSha256 is not null)
        {
            // Approved: the PDF is made once from the frozen DOCX and kept, so its hash never changes afterwards.
            var made = await FrozenPdfAsync(record, clock.GetUtcNow(), ct);
            if (made is null)
            {
                return Outcome<PublishedDocument>.Invalid("document.pdf", "pdf", "PDF 生成失败（需要 LibreOffice）。");
            }

            db.PublishedDocuments.Add(made);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Someone else stored it first: serve theirs, so everybody sees one hash.
                db.ChangeTracker.Clear();
                return Outcome<PublishedDocument>.Ok(await db.PublishedDocuments.AsNoTracking().FirstAsync(d => d.EvaluationId == id && d.Format == format, ct));
            }

            return Outcome<PublishedDocument>.Ok(made);
        }

        if (!reader)
        {
            return Outcome<PublishedDocument>.NotFound();
        }

        var evaluation = EvaluationJson.Read(record.Content, $"evaluations/{id}").Value;
        var rendered = await RenderAsync(evaluation, format, ct);
        return rendered.IsSuccess
            ? Outcome<PublishedDocument>.Ok(new PublishedDocument { EvaluationId = id, Format = format, FileName = DocumentRendering.FileName(evaluation, format), Content = rendered.Value, Sha256 = EvaluationJson.Sha256(rendered.Value), CreatedAt = clock.GetUtcNow() })
            : Outcome<PublishedDocument>.Invalid(rendered.Errors);
    }

    /// <summary>
    /// Imports evaluations into the actor's scope in one transaction: all rows or none.
    /// <paramref name="afterEachRow"/> lets a test simulate a crash part-way.
    /// </summary>
    public async Task<Outcome<IReadOnlyList<int>>> ImportAsync(Actor actor, IReadOnlyList<(int UnitId, Evaluation Evaluation)> rows, Action<int>? afterEachRow = null, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        foreach (var (unitId, _) in rows)
        {
            if (!units.TryGetValue(unitId, out var unit) || !Access.InScope(actor, unitId, unit.BureauId) || actor.Role == ActorRole.Reviewer)
            {
                return Outcome<IReadOnlyList<int>>.Forbidden("只能导入本单位的自评。");
            }
        }

        var ids = new List<int>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < rows.Count; i++)
        {
            var unit = units[rows[i].UnitId];
            var record = await NewRecordAsync(actor, unit, rows[i].Evaluation with { Unit = unit.Name }, ct);
            db.Evaluations.Add(record);
            await db.SaveChangesAsync(ct);
            db.AuditLog.Add(Audit.Entry(record.CreatedAt, actor, "evaluation.import", "evaluation", Id(record.Id), null, record.Content));
            await db.SaveChangesAsync(ct);
            ids.Add(record.Id);
            afterEachRow?.Invoke(i);
        }

        await tx.CommitAsync(ct);
        return Outcome<IReadOnlyList<int>>.Ok(ids);
    }

    public async Task<Outcome<EvidenceFile>> AddEvidenceAsync(Actor actor, int id, string fileName, string contentType, Stream content, EvidenceStore store, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<EvidenceFile>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.Unit.BureauId) || !ReviewWorkflow.CanEditContent(record.State, actor.Role))
        {
            return Outcome<EvidenceFile>.Forbidden("当前状态不能上传佐证材料。");
        }

        var saved = await store.SaveAsync(fileName, contentType, content, ct);
        if (!saved.IsSuccess)
        {
            return Outcome<EvidenceFile>.Invalid(saved.Errors);
        }

        var file = new EvidenceFile { EvaluationId = id, FileName = saved.Value.FileName, ContentType = saved.Value.ContentType, Size = saved.Value.Size, Sha256 = saved.Value.Sha256, UploadedBy = actor.UserName, UploadedAt = clock.GetUtcNow() };
        db.EvidenceFiles.Add(file);
        db.AuditLog.Add(Audit.Entry(file.UploadedAt, actor, "evidence.upload", "evaluation", Id(id), null, $"{file.FileName} sha256={file.Sha256}"));
        await db.SaveChangesAsync(ct);
        return Outcome<EvidenceFile>.Ok(file);
    }

    public async Task<Outcome<(EvidenceFile File, Stream Content)>> OpenEvidenceAsync(Actor actor, int evidenceId, EvidenceStore store, CancellationToken ct = default)
    {
        var file = await db.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == evidenceId, ct);
        var record = file is null ? null : await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == file.EvaluationId, ct);
        if (file is null || record is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<(EvidenceFile, Stream)>.NotFound();
        }

        return Outcome<(EvidenceFile, Stream)>.Ok((file, store.Open(file.Sha256)));
    }

    /// <summary>
    /// Deletes a wrongly uploaded evidence file: only while the content may be edited and only files the bureau has not
    /// received yet. The stored bytes are removed when no other record refers to them; the audit log keeps name and hash.
    /// </summary>
    public async Task<Outcome<EvidenceFile>> DeleteEvidenceAsync(Actor actor, int id, int evidenceId, EvidenceStore store, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == id, ct);
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == evidenceId && f.EvaluationId == id, ct);
        if (record is null || file is null || !Access.CanRead(actor, record, record.Unit!.BureauId))
        {
            return Outcome<EvidenceFile>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.Unit.BureauId) || !ReviewWorkflow.CanEditContent(record.State, actor.Role))
        {
            return Outcome<EvidenceFile>.Forbidden($"当前状态为“{record.State.Name()}”，不能删除佐证材料。");
        }

        if (record.SubmittedAt is { } sent && file.UploadedAt <= sent)
        {
            return Outcome<EvidenceFile>.Forbidden($"“{file.FileName}”已随自评报送财政局，不能删除；如有错误请上传更正后的文件并在说明中注明。");
        }

        db.EvidenceFiles.Remove(file);
        db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "evidence.delete", "evaluation", Id(id), $"{file.FileName} sha256={file.Sha256}", null));
        await db.SaveChangesAsync(ct);
        if (!await db.EvidenceFiles.AnyAsync(f => f.Sha256 == file.Sha256, ct))
        {
            store.Delete(file.Sha256);
        }

        return Outcome<EvidenceFile>.Ok(file);
    }

    /// <summary>
    /// In-page notifications: the latest workflow moves (submissions, returns with their comments, approvals) on the
    /// evaluations the actor works on: their unit's for the department, their bureau's for a reviewer.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowNotice>> NoticesAsync(Actor actor, int take = 10, CancellationToken ct = default)
    {
        var records = await Scoped(actor).OrderByDescending(e => e.Id).Take(200).Select(e => new { e.Id, e.Title, e.Year }).ToListAsync(ct);
        if (records.Count == 0)
        {
            return [];
        }

        var byId = records.ToDictionary(r => Id(r.Id));
        var ids = byId.Keys.ToList();
        var entries = await db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == "evaluation" && ids.Contains(a.EntityId) && a.Action.StartsWith("evaluation.")
                && a.Action != "evaluation.save" && a.Action != "evaluation.create" && a.Action != "evaluation.import" && a.Action != "evaluation.conflict" && a.Action != "evaluation.review")
            .OrderByDescending(a => a.Id).Take(take)
            .Select(a => new { a.EntityId, a.At, a.Actor, a.Action, a.After })
            .ToListAsync(ct);
        return entries.Select(a => new WorkflowNotice(byId[a.EntityId].Id, byId[a.EntityId].Title, byId[a.EntityId].Year, a.At, a.Actor, a.Action, a.After)).ToList();
    }

    public async Task<int?> BureauOfUnitAsync(int unitId, CancellationToken ct = default) =>
        await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => (int?)u.BureauId).FirstOrDefaultAsync(ct);

    private IQueryable<EvaluationRecord> Scoped(Actor actor)
    {
        var query = db.Evaluations.AsNoTracking();
        return actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => query.Where(e => e.UnitId == actor.UnitId),
            ActorRole.Reviewer => query.Where(e => e.Unit!.BureauId == actor.BureauId && e.SubmittedAt != null),
            ActorRole.Admin => query,
        };
    }

    /// <summary>Newest year first, then title, then id (stable pages): the order of the index IX_Evaluations_Year_Title_Id.</summary>
    private static IQueryable<EvaluationRecord> InListOrder(IQueryable<EvaluationRecord> query) =>
        query.OrderByDescending(e => e.Year).ThenBy(e => e.Title).ThenBy(e => e.Id);

    private static IQueryable<EvaluationSummary> Summaries(IQueryable<EvaluationRecord> query) =>
        query.Select(e => new EvaluationSummary(e.Id, e.UnitId, e.Unit!.Name, e.Year, e.Kind, e.Title, e.State, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.MaxSeverity, e.FindingCount, e.Version, e.UpdatedAt));

    private static EvaluationSummary ToSummary(EvaluationRecord e) =>
        new(e.Id, e.UnitId, e.Unit?.Name ?? string.Empty, e.Year, e.Kind, e.Title, e.State, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.MaxSeverity, e.FindingCount, e.Version, e.UpdatedAt);

    private async Task<EvaluationRecord> NewRecordAsync(Actor actor, Unit unit, Evaluation evaluation, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var content = EvaluationJson.Write(evaluation);
        var record = new EvaluationRecord
        {
            UnitId = unit.Id,
            Year = evaluation.Year,
            Kind = evaluation.Kind,
            Title = evaluation.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(evaluation.ProjectName) ? TitleOf(evaluation.ProjectName) : unit.Name,
            FrameworkId = evaluation.FrameworkId,
            State = ReviewState.Draft,
            Content = content,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.UserName,
        };
        await ApplyContentAsync(record, evaluation, content, ct);
        return record;
    }

    private async Task ApplyContentAsync(EvaluationRecord record, Evaluation evaluation, string content, CancellationToken ct)
    {
        var analysis = await analyzer.AnalyseAsync(evaluation, ct);
        record.Content = content;
        if (record.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(evaluation.ProjectName))
        {
            record.Title = TitleOf(evaluation.ProjectName);
        }

        record.SelfTotal = analysis.Total;
        record.SelfGrade = analysis.Grade;
        record.ReviewTotal = analysis.ReviewTotal;
        record.ReviewGrade = analysis.ReviewGrade;
        record.ExecutionRate = analysis.ExecutionRatePercent;
        record.MaxSeverity = analysis.MaxSeverity;
        record.FindingCount = analysis.Findings.Count;
    }

    private void Touch(EvaluationRecord record, Actor actor, int expectedVersion)
    {
        db.Entry(record).Property(e => e.Version).OriginalValue = expectedVersion;
        record.Version = expectedVersion + 1;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.UserName;
    }

    private async Task<Outcome<int>> ConflictAsync(Actor actor, EvaluationRecord current, string yours, CancellationToken ct)
    {
        // Nothing is lost: the rejected content goes to the append-only log as well as back to the caller.
        db.ChangeTracker.Clear();
        db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "evaluation.conflict", "evaluation", Id(current.Id), current.Content, yours));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Conflicted(new SaveConflict(current.Version, current.UpdatedBy, current.Content, yours));
    }

    private async Task FreezeDocumentsAsync(EvaluationRecord record, DateTimeOffset now, CancellationToken ct)
    {
        var old = await db.PublishedDocuments.Where(d => d.EvaluationId == record.Id).ToListAsync(ct);
        db.PublishedDocuments.RemoveRange(old);
        var evaluation = EvaluationJson.Read(record.Content, $"evaluations/{record.Id}").Value;
        foreach (var format in new[] { "docx", "xlsx" })
        {
            var bytes = await RenderAsync(evaluation, format, ct);
            if (bytes.IsSuccess)
            {
                db.PublishedDocuments.Add(new PublishedDocument { EvaluationId = record.Id, Format = format, FileName = DocumentRendering.FileName(evaluation, format), Content = bytes.Value, Sha256 = EvaluationJson.Sha256(bytes.Value), CreatedAt = now });
            }
        }
    }

    private async Task<PublishedDocument?> FrozenPdfAsync(EvaluationRecord record, DateTimeOffset now, CancellationToken ct)
    {
        var docx = await db.PublishedDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.EvaluationId == record.Id && d.Format == "docx", ct);
        if (docx is null)
        {
            return null;
        }

        var made = await Task.Run(() => pdfRenderer?.FromDocx(docx.Content) ?? DocumentRendering.PdfFromDocx(docx.Content), ct);
        return made.IsSuccess
            ? new PublishedDocument { EvaluationId = record.Id, Format = "pdf", FileName = Path.ChangeExtension(docx.FileName, ".pdf"), Content = made.Value, Sha256 = EvaluationJson.Sha256(made.Value), CreatedAt = now }
            : null;
    }

    private async Task<Result<byte[]>> RenderAsync(Evaluation evaluation, string format, CancellationToken ct)
    {
        var framework = await analyzer.FrameworkAsync(evaluation.FrameworkId, ct);
        return DocumentRendering.Render(evaluation, framework, format, pdfRenderer);
    }

    /// <summary>The list title of a project evaluation: its name, cut to the column's 300 characters.</summary>
    internal static string TitleOf(string projectName)
    {
        var name = projectName.Trim();
        return name.Length > 300 ? name[..300] : name;
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Prefill from a file: our own XLSX/DOCX (its embedded data part) or a published report or table in any format the importer reads.</summary>
public static class EvaluationImport
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The evaluation a file holds, and notes (what the text did not state).</summary>
    public static Result<(Evaluation Evaluation, IReadOnlyList<string> Notes)> Read(byte[] bytes, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.Length > MaxBytes)
        {
            return Result<(Evaluation, IReadOnlyList<string>)>.Failure(new DomainError("import.size", fileName, "导入文件不能超过 5 MB。"));
        }

        if (ext is ".xlsx" or ".docx")
        {
            var own = Jixiao.Documents.OwnFiles.OwnDocumentReader.TryRead(bytes, fileName);
            if (own is not null)
            {
                return own.IsSuccess ? Result<(Evaluation, IReadOnlyList<string>)>.Success((own.Value, [])) : Result<(Evaluation, IReadOnlyList<string>)>.Failure(own.Errors);
            }
        }

        if (!Jixiao.Documents.Import.PublishedTextReader.Extensions.Contains(ext))
        {
            return Result<(Evaluation, IReadOnlyList<string>)>.Failure(new DomainError("import.type", fileName,
                "只能导入本系统的 .xlsx / .docx，或已发布的报告和评分表（" + string.Join(" ", Jixiao.Documents.Import.PublishedTextReader.Extensions) + "）。"));
        }

        // Another's report or table (its text, web page, Word, Excel, PDF, or an older format LibreOffice converts).
        var imported = Jixiao.Documents.Import.PublishedImporter.ImportBytes(bytes, fileName);
        var doc = imported.Documents.Count > 0 ? imported.Documents[0] : null;
        if (doc is null)
        {
            return Result<(Evaluation, IReadOnlyList<string>)>.Failure(new DomainError("import.nothing", fileName,
                "没有在文件中识别出自评报告或评分表" + (imported.Warnings.Count > 0 ? "（" + string.Join("；", imported.Warnings) + "）" : "。")));
        }

        IReadOnlyList<string> notes = [.. doc.Missing.Select(m => $"未找到 {m.Path}（{m.Note}）"), .. imported.Warnings];
        return Result<(Evaluation, IReadOnlyList<string>)>.Success((doc.Evaluation, notes));
    }

    /// <summary>What the file states replaces the current content; what it does not state is kept.</summary>
    public static Evaluation Prefill(Evaluation current, Evaluation imported)
    {
        var n = imported.Narrative;
        var c = current.Narrative;
        return current with
        {
            UnitCount = imported.UnitCount ?? current.UnitCount,
            ProjectName = imported.ProjectName ?? current.ProjectName,
            ProjectCode = imported.ProjectCode ?? current.ProjectCode,
            Budget = imported.Budget == new BudgetFigures() ? current.Budget : imported.Budget,
            OverallGoal = imported.OverallGoal ?? current.OverallGoal,
            GoalCompletion = imported.GoalCompletion ?? current.GoalCompletion,
            Goals = imported.Goals.Count > 0 ? imported.Goals : current.Goals,
            Inputs = imported.Inputs.Count > 0 ? imported.Inputs : current.Inputs,
            Narrative = new Narrative
            {
                Overview = n.Overview ?? c.Overview,
                Tasks = n.Tasks ?? c.Tasks,
                Finances = n.Finances ?? c.Finances,
                Management = n.Management ?? c.Management,
                GoalAnalysis = n.GoalAnalysis ?? c.GoalAnalysis,
                ProjectAnalysis = n.ProjectAnalysis ?? c.ProjectAnalysis,
                Achievements = n.Achievements ?? c.Achievements,
                Problems = n.Problems ?? c.Problems,
                Measures = n.Measures ?? c.Measures,
                Other = n.Other ?? c.Other,
            },
            Date = imported.Date ?? current.Date,
        };
    }
}
