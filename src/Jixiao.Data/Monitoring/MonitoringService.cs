using System.Globalization;
using System.Text;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Monitoring;

/// <summary>A monitoring round in lists and on its pages.</summary>
public sealed record RoundSummary(
    int Id, int BureauId, int Year, string Name, DateOnly AsOf, DateOnly Deadline, RoundScope Scope, decimal? MinimumAmount,
    IReadOnlyList<string> KeyProjects, string SettingsId, int TaskCount, string CreatedBy, DateTimeOffset CreatedAt)
{
    public string ScopeName => Scope.Name() + (Scope == RoundScope.ProjectsAbove && MinimumAmount is { } m ? $"（≥ {Money.FormatShort(m)} 万元）" : string.Empty);
}

/// <summary>What the bureau gives to start a round.</summary>
public sealed record NewRound(
    int Year, DateOnly AsOf, DateOnly Deadline, RoundScope Scope = RoundScope.Everything, decimal? MinimumAmount = null,
    IReadOnlyList<string>? KeyProjects = null, string? SettingsId = null, string? Name = null);

/// <summary>One task in a queue or list: the columns stored beside the form, and whether it is overdue today.</summary>
public sealed record TaskSummary(
    int Id, int RoundId, int Year, int UnitId, string UnitName, string Title, EvaluationKind Kind, string? FunctionClass,
    MonitoringTaskState State, Light Overall, Light Budget, decimal? ExecutionRate, decimal? BudgetPercent, int RedCount, int YellowCount,
    int FindingCount, string? WorstIndicator, decimal? WorstPercent, DateOnly Deadline, DateOnly? SubmittedOn, bool SubmittedLate,
    FollowUpKind? FollowUp, int Version, DateTimeOffset UpdatedAt)
{
    /// <summary>逾期: not submitted by the deadline, or submitted after it (set by the service from today's date).</summary>
    public bool Overdue { get; init; }

    public string StateName => State.Name();

    public string OverallName => Overall.Name();

    public string? FollowUpName => FollowUp?.Name();
}

/// <summary>Filters of the queue: the overall light, overdue only, a state, a unit, a function class.</summary>
public sealed record TaskQuery(Light? Light = null, bool OverdueOnly = false, MonitoringTaskState? State = null, int? UnitId = null, string? FunctionClass = null);

/// <summary>A follow-up decision as shown.</summary>
public sealed record FollowUpView(int Id, FollowUpKind Kind, string KindName, string Reason, int? RectificationId, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>What the bureau decides on a submitted task (a rectification item needs its owner, deadline and required measure).</summary>
public sealed record FollowUpRequest(FollowUpKind Kind, string? Reason, string? Owner = null, DateOnly? Deadline = null, string? RequiredMeasure = null);

/// <summary>A task opened for filling, reading or the bureau's decision: the form, its lights now, and what the actor may do.</summary>
public sealed record TaskDetail(
    TaskSummary Summary, RoundSummary Round, MonitoringTask Task, MonitoringResult Result, MonitoringSettings Settings,
    IReadOnlyList<FindingView> Findings, string? ReturnComment, bool CanEdit, bool CanFollowUp, IReadOnlyList<MonitoringAction> Actions,
    IReadOnlyList<FollowUpView> FollowUps, IReadOnlyList<AuditEntry> History);

/// <summary>
/// Mid-year monitoring use cases (issue 13), shared by pages, REST API and the seeder: the bureau's round generated from the
/// approved goal declarations, the unit's form (lights recomputed on every save, submission refused while required reasons
/// are missing), return with a comment, follow-up decisions (a rectification item through <see cref="RectificationService"/>),
/// the queue, the dashboard, exports, and the year-end comparison. Every change is in the audit log (entity types
/// <c>monitoring-round</c> and <c>monitoring-task</c>). Access: a unit sees its own tasks, the bureau those of its units.
/// </summary>
public sealed partial class MonitoringService(JixiaoDbContext db, RectificationService rectifications, EvaluationService evaluations, EvaluationAnalyzer analyzer, TimeProvider clock)
{
    /// <summary>Declarations read (and tasks written) per batch when a round is generated.</summary>
    public const int GenerationBatch = 2000;

    private const string TaskEntity = "monitoring-task";

    public DateOnly Today() => RectificationService.Today(clock);

    /// <summary>
    /// 下达监控任务: a round for a year of the actor's bureau and one task per approved (current, adjusted) goal declaration in
    /// its scope, pre-filled with the approved indicators and funds (an adjusted declaration's funds show the original as
    /// 年初预算 and the difference as 调整). All in one transaction; one audit entry for the round.
    /// </summary>
    public async Task<Outcome<RoundSummary>> CreateRoundAsync(Actor actor, NewRound request, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || actor.BureauId is not int bureauId)
        {
            return Outcome<RoundSummary>.Forbidden("只有财政局可以下达监控任务。");
        }

        var errors = new List<DomainError>();
        if (request.Year is < 2000 or > 2100)
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "year", "年度应在 2000 到 2100 之间。"));
        }

        if (request.AsOf.Year != request.Year)
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "asOf", string.Create(CultureInfo.InvariantCulture, $"监控时点 {request.AsOf:yyyy-MM-dd} 不在 {request.Year} 年度内。")));
        }

        if (request.Deadline < request.AsOf)
        {
            errors.Add(new DomainError(ErrorCatalogue.InvalidValue, "deadline", string.Create(CultureInfo.InvariantCulture, $"报送截止日期 {request.Deadline:yyyy-MM-dd} 早于监控时点 {request.AsOf:yyyy-MM-dd}。")));
        }

        var keys = (request.KeyProjects ?? []).Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (request.Scope == RoundScope.ProjectsAbove && request.MinimumAmount is not > 0m)
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "minimumAmount", "按金额确定范围时，请填写项目金额下限（万元，大于 0）。"));
        }

        if (request.Scope == RoundScope.KeyProjects && keys.Count == 0)
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "keyProjects", "按重点项目确定范围时，请至少列出一个项目编码或名称（每行一个）。"));
        }

        var settings = MonitoringCatalog.Get(string.IsNullOrWhiteSpace(request.SettingsId) ? null : request.SettingsId.Trim());
        if (!settings.IsSuccess)
        {
            errors.AddRange(settings.Errors.Select(e => e with { Path = "settingsId" }));
        }

        if (errors.Count > 0)
        {
            return Outcome<RoundSummary>.Invalid(errors);
        }

        var definition = new MonitoringRoundDefinition
        {
            Year = request.Year,
            AsOf = request.AsOf,
            Deadline = request.Deadline,
            Scope = request.Scope,
            MinimumAmount = request.MinimumAmount,
            KeyProjects = keys,
            SettingsId = settings.Value.Id,
        };
        var now = clock.GetUtcNow();
        var round = new MonitoringRoundRecord
        {
            BureauId = bureauId,
            Year = request.Year,
            Name = string.IsNullOrWhiteSpace(request.Name)
                ? string.Create(CultureInfo.InvariantCulture, $"{request.Year} 年度绩效运行监控（截至 {request.AsOf.Month} 月 {request.AsOf.Day} 日）")
                : request.Name.Trim(),
            AsOf = request.AsOf,
            Deadline = request.Deadline,
            Scope = request.Scope,
            MinimumAmount = request.Scope == RoundScope.ProjectsAbove ? request.MinimumAmount : null,
            KeyProjects = request.Scope == RoundScope.KeyProjects ? string.Join("\n", keys) : null,
            SettingsId = settings.Value.Id,
            CreatedBy = actor.UserName,
            CreatedAt = now,
        };

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.MonitoringRounds.Add(round);
            await db.SaveChangesAsync(ct);
            var count = await GenerateTasksAsync(round, definition, settings.Value, actor, now, ct);
            round.TaskCount = count;
            db.MonitoringRounds.Update(round);
            db.AuditLog.Add(Audit.Entry(now, actor, "monitoring.round", "monitoring-round", Id(round.Id), null,
                string.Create(CultureInfo.InvariantCulture, $"下达“{round.Name}”：监控时点 {round.AsOf:yyyy-MM-dd}，截止 {round.Deadline:yyyy-MM-dd}，范围 {definition.Scope.Name()}，预警规则 {round.SettingsId}，生成监控任务 {count} 个")));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (round.TaskCount > 0 && db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            // A round can add tens of thousands of tasks at once; until autovacuum has analysed them (up to a minute later)
            // PostgreSQL plans the queue and the dashboard the bureau opens next as if the table were empty (first queue page
            // 140–300 ms instead of 2–5 ms at 50,000 tasks; bench/Jixiao.MonitorBench).
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"MonitoringTasks\"", ct);
        }

        return Outcome<RoundSummary>.Ok(ToSummary(round));
    }

    /// <summary>The approved declarations of the round's bureau and year, read and turned into tasks in batches (memory stays flat).</summary>
    private async Task<int> GenerateTasksAsync(MonitoringRoundRecord round, MonitoringRoundDefinition definition, MonitoringSettings settings, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var today = Today();
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.GoalDeclarations.AsNoTracking()
                .Where(g => g.BureauId == round.BureauId && g.Year == round.Year && g.State == GoalState.Approved && g.Id > lastId)
                .OrderBy(g => g.Id).Take(GenerationBatch)
                .Select(g => new { g.Id, g.UnitId, g.PreviousId, g.Content, UnitName = g.Unit!.Name })
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            lastId = batch[^1].Id;
            foreach (var row in batch)
            {
                var declaration = GoalSerializer.ParseJson(row.Content, $"goals/{Id(row.Id)}");
                if (!declaration.IsSuccess || !MonitoringRounds.Covers(definition, declaration.Value))
                {
                    continue;
                }

                var task = MonitoringRounds.Task(definition, declaration.Value);
                if (row.PreviousId is int previousId)
                {
                    task = await WithAdjustmentsAsync(task, previousId, ct);
                }

                var record = new MonitoringTaskRecord
                {
                    BureauId = round.BureauId,
                    Year = round.Year,
                    RoundId = round.Id,
                    UnitId = row.UnitId,
                    DeclarationId = row.Id,
                    Kind = task.Kind,
                    UnitName = row.UnitName,
                    Title = Title(task, row.UnitName),
                    ProjectCode = task.ProjectCode,
                    FunctionClass = string.IsNullOrWhiteSpace(declaration.Value.FunctionClass) ? null : declaration.Value.FunctionClass.Trim(),
                    Deadline = round.Deadline,
                    State = MonitoringTaskState.Pending,
                    Content = MonitoringSerializer.ToJsonLine(task),
                    Version = 1,
                    CreatedAt = now,
                    UpdatedAt = now,
                    UpdatedBy = actor.UserName,
                };
                Stamp(record, task, MonitoringAnalyzer.Analyze(task, settings, null, today, explain: false).Value);
                db.MonitoringTasks.Add(record);
                count++;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.MonitoringRounds.Attach(round);
        }

        return count;
    }

    /// <summary>An adjusted declaration: 年初预算 from the original (revision 1) funds, 调整 the difference, 调整后预算 the approved amount.</summary>
    private async Task<MonitoringTask> WithAdjustmentsAsync(MonitoringTask task, int previousId, CancellationToken ct)
    {
        var id = (int?)previousId;
        string? originalContent = null;
        while (id is int current)
        {
            var previous = await db.GoalDeclarations.AsNoTracking().Where(g => g.Id == current).Select(g => new { g.PreviousId, g.Content }).FirstOrDefaultAsync(ct);
            if (previous is null)
            {
                break;
            }

            originalContent = previous.Content;
            id = previous.PreviousId;
        }

        if (originalContent is null || GoalSerializer.ParseJson(originalContent, "original") is not { IsSuccess: true } original)
        {
            return task;
        }

        var before = original.Value.Funds.ToDictionary(f => f.Name, f => f.Amount, StringComparer.Ordinal);
        return task with
        {
            Funds = [.. task.Funds.Select(f => before.TryGetValue(f.Source, out var first) && f.Initial is { } approved && first != approved
                ? f with { Initial = first, Adjustment = approved - first, Adjusted = approved }
                : f)],
        };
    }

    public async Task<IReadOnlyList<RoundSummary>> RoundsAsync(Actor actor, int? year = null, CancellationToken ct = default)
    {
        var query = db.MonitoringRounds.AsNoTracking();
        query = actor.Role switch
        {
            ActorRole.Reviewer => query.Where(r => r.BureauId == actor.BureauId),
            ActorRole.Admin => query,
            ActorRole.Preparer or ActorRole.Approver => query.Where(r => db.MonitoringTasks.Any(t => t.RoundId == r.Id && t.UnitId == actor.UnitId)),
        };
        if (year is int y)
        {
            query = query.Where(r => r.Year == y);
        }

        var rows = await query.OrderByDescending(r => r.Year).ThenByDescending(r => r.AsOf).ThenByDescending(r => r.Id).Take(200).ToListAsync(ct);
        return [.. rows.Select(ToSummary)];
    }

    public async Task<Outcome<RoundSummary>> RoundAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var round = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return round is not null && CanSeeRound(actor, round) ? Outcome<RoundSummary>.Ok(ToSummary(round)) : Outcome<RoundSummary>.NotFound();
    }

    /// <summary>监控队列: the round's tasks, worst light first, then most red indicators; filtered; a page at a time.</summary>
    public async Task<Outcome<IReadOnlyList<TaskSummary>>> QueueAsync(Actor actor, int roundId, TaskQuery filter, int take = 50, int skip = 0, CancellationToken ct = default)
    {
        var round = await db.MonitoringRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || !CanSeeRound(actor, round))
        {
            return Outcome<IReadOnlyList<TaskSummary>>.NotFound();
        }

        var today = Today();

        // The page's ids first (ordered and skipped over the narrow queue index), then only those rows: skipping whole rows
        // made PostgreSQL sort every task of a province-size round on disk for a deep page (240 ms for page 1,000 of 50,000
        // tasks against 7 ms this way; bench/Jixiao.MonitorBench).
        var page = Filtered(RoundTasks(round), round, filter, today)
            .OrderByDescending(t => t.OverallRank).ThenByDescending(t => t.RedCount).ThenBy(t => t.Id)
            .Skip(skip).Take(take).Select(t => t.Id);
        var query = RoundTasks(round).Where(t => page.Contains(t.Id))
            .OrderByDescending(t => t.OverallRank).ThenByDescending(t => t.RedCount).ThenBy(t => t.Id);
        var rows = await Summaries(query).ToListAsync(ct);
        return Outcome<IReadOnlyList<TaskSummary>>.Ok([.. rows.Select(r => WithOverdue(r, today))]);
    }

    /// <summary>The unit's own tasks (newest round first), or for the bureau its tasks of a year.</summary>
    public async Task<IReadOnlyList<TaskSummary>> TasksAsync(Actor actor, int? year = null, int take = 50, int skip = 0, CancellationToken ct = default)
    {
        var query = db.MonitoringTasks.AsNoTracking();
        query = actor.Role switch
        {
            ActorRole.Preparer or ActorRole.Approver => query.Where(t => t.UnitId == actor.UnitId),
            ActorRole.Reviewer => query.Where(t => t.BureauId == actor.BureauId),
            ActorRole.Admin => query,
        };
        if (year is int y)
        {
            query = query.Where(t => t.Year == y);
        }

        var today = Today();
        var rows = await Summaries(query.OrderByDescending(t => t.Year).ThenByDescending(t => t.RoundId).ThenBy(t => t.Title).ThenBy(t => t.Id).Skip(skip).Take(take)).ToListAsync(ct);
        return [.. rows.Select(r => WithOverdue(r, today))];
    }

    public async Task<Outcome<TaskDetail>> GetAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var record = await db.MonitoringTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<TaskDetail>.NotFound();
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == record.RoundId, ct);
        var task = Read(record);
        var settings = SettingsOf(round);
        var result = MonitoringAnalyzer.Analyze(task, settings, null, Today(), explain: true).Value;
        var idText = Id(id);
        var history = await db.AuditLog.AsNoTracking().Where(a => a.EntityType == TaskEntity && a.EntityId == idText).OrderBy(a => a.Id)
            .Select(a => new AuditEntry { Id = a.Id, At = a.At, Actor = a.Actor, Action = a.Action, EntityType = a.EntityType, EntityId = a.EntityId, After = a.Action == "monitoring.save" ? null : a.After })
            .ToListAsync(ct);
        var followUps = await db.MonitoringFollowUps.AsNoTracking().Where(f => f.BureauId == record.BureauId && f.Year == record.Year && f.TaskId == id).OrderBy(f => f.Id).ToListAsync(ct);
        var inScope = Access.InScope(actor, record.UnitId, record.BureauId);
        return Outcome<TaskDetail>.Ok(new TaskDetail(
            WithOverdue(ToSummary(record), Today()), ToSummary(round), task, result, settings, [.. result.Findings.Select(View)], record.ReturnComment,
            inScope && MonitoringWorkflow.CanEdit(record.State, actor.Role),
            inScope && MonitoringWorkflow.CanFollowUp(record.State, actor.Role),
            inScope ? MonitoringWorkflow.Available(record.State, actor.Role).Where(a => a != MonitoringAction.Confirm).ToList() : [],
            [.. followUps.Select(View)], history));
    }

    /// <summary>
    /// Saves what the unit filled in. The approved parts stay as generated (unit, project, monitoring date, indicators and their
    /// targets, the approved 年初预算 of each source); the unit's parts are taken from <paramref name="posted"/>: funds (any number
    /// of sources; 调整, 调整后预算, 累计支出), per indicator the values reached, the forecast, 完成可能性, reasons and measures, and
    /// whether the year's goal will be met. The lights are recomputed and stored for the queue.
    /// </summary>
    public async Task<Outcome<int>> SaveAsync(Actor actor, int id, int expectedVersion, MonitoringTask posted, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var record = await db.MonitoringTasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<int>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId) || !MonitoringWorkflow.CanEdit(record.State, actor.Role))
        {
            return Outcome<int>.Forbidden($"当前状态为“{record.State.Name()}”，不能修改监控表。");
        }

        var stored = Read(record);
        var merged = Merge(stored, posted, out var mergeErrors);
        var invalid = mergeErrors.Concat(MonitoringSerializer.Validate(merged)).ToList();
        if (invalid.Count > 0)
        {
            return Outcome<int>.Invalid(invalid);
        }

        var content = MonitoringSerializer.ToJsonLine(merged);
        if (record.Version != expectedVersion)
        {
            db.ChangeTracker.Clear();
            db.AuditLog.Add(Audit.Entry(clock.GetUtcNow(), actor, "monitoring.conflict", TaskEntity, Id(id), record.Content, content));
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Conflicted(new SaveConflict(record.Version, record.UpdatedBy, record.Content, content));
        }

        if (string.Equals(content, record.Content, StringComparison.Ordinal))
        {
            return Outcome<int>.Ok(record.Version);
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == record.RoundId, ct);
        var before = record.Content;
        record.Content = content;
        Stamp(record, merged, MonitoringAnalyzer.Analyze(merged, SettingsOf(round), null, Today(), explain: false).Value);
        Touch(record, actor, expectedVersion);
        db.AuditLog.Add(Audit.Entry(record.UpdatedAt, actor, "monitoring.save", TaskEntity, Id(id), before, content));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.MonitoringTasks.AsNoTracking().FirstAsync(t => t.Id == id, ct);
            return Outcome<int>.Conflicted(new SaveConflict(current.Version, current.UpdatedBy, current.Content, content));
        }

        return Outcome<int>.Ok(record.Version);
    }

    /// <summary>
    /// 报送 / 再次报送 by the unit (refused, listing every problem, while a value or a required reason is missing) and
    /// 退回 by the bureau (with a comment). Confirmation goes with a follow-up decision (<see cref="FollowUpAsync"/>).
    /// </summary>
    public async Task<Outcome<MonitoringTaskState>> TransitionAsync(Actor actor, int id, MonitoringAction action, string? comment, CancellationToken ct = default)
    {
        var record = await db.MonitoringTasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<MonitoringTaskState>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId))
        {
            return Outcome<MonitoringTaskState>.Forbidden();
        }

        if (action == MonitoringAction.Confirm)
        {
            return Outcome<MonitoringTaskState>.Invalid("monitoring.confirm", "action", "确认须同时记录跟进处理意见，请使用“跟进处理”。");
        }

        var moved = MonitoringWorkflow.Apply(record.State, action, actor.Role, comment);
        if (!moved.IsSuccess)
        {
            return moved.Errors[0].Code == "monitoring.role-mismatch" ? Outcome<MonitoringTaskState>.Forbidden(moved.Errors[0].Message) : Outcome<MonitoringTaskState>.Invalid(moved.Errors);
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == record.RoundId, ct);
        var today = Today();
        if (action is MonitoringAction.Submit or MonitoringAction.Resubmit)
        {
            var task = Read(record);
            var problems = SubmissionProblems(task, MonitoringAnalyzer.Analyze(task, SettingsOf(round), null, today, explain: true).Value);
            if (problems.Count > 0)
            {
                return Outcome<MonitoringTaskState>.Invalid(problems);
            }

            if (record.SubmittedOn is null)
            {
                record.SubmittedOn = today;
                record.SubmittedLate = today > record.Deadline;
                record.Content = MonitoringSerializer.ToJsonLine(task with { SubmittedOn = today });
            }
        }

        if (action == MonitoringAction.Return)
        {
            record.ReturnComment = comment!.Trim();
        }

        var before = record.State;
        record.State = moved.Value;
        Touch(record, actor, record.Version);
        var after = moved.Value.Name() + (string.IsNullOrWhiteSpace(comment) ? string.Empty : "：" + comment.Trim());
        db.AuditLog.Add(Audit.Entry(record.UpdatedAt, actor, "monitoring." + action.ToString().ToLowerInvariant(), TaskEntity, Id(id), before.Name(), after));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<MonitoringTaskState>.Invalid("conflict", "version", "该监控任务刚被他人修改，请刷新后重试。");
        }

        return Outcome<MonitoringTaskState>.Ok(moved.Value);
    }

    /// <summary>
    /// What stops a submission: the analyzer's findings that are not notes (missing reasons and measures, a goal expected to
    /// be missed without why, unknown codes) and values not reported (a source's 累计支出, an indicator's 当前完成值 and
    /// 全年预计完成值, a qualitative indicator's progress). Every one is listed with its field.
    /// </summary>
    public static IReadOnlyList<DomainError> SubmissionProblems(MonitoringTask task, MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(result);
        var problems = new List<DomainError>();
        if (task.Funds.Count == 0)
        {
            problems.Add(new DomainError(ErrorCatalogue.Missing, "funds", "请至少填报一个资金来源的预算数和累计支出。"));
        }

        for (var i = 0; i < task.Funds.Count; i++)
        {
            var f = task.Funds[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"funds[{i}]");
            if (f.EffectiveBudget() is null)
            {
                problems.Add(new DomainError(ErrorCatalogue.Missing, path + ".adjusted", $"资金来源“{f.Source}”缺少预算数。"));
            }

            if (f.Spent is null)
            {
                problems.Add(new DomainError(ErrorCatalogue.Missing, path + ".spent", $"资金来源“{f.Source}”缺少累计支出。"));
            }
        }

        for (var i = 0; i < task.Indicators.Count; i++)
        {
            var m = task.Indicators[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"indicators[{i}]");
            if (m.Operator == IndicatorOperator.Qualitative)
            {
                if (m.Progress is null)
                {
                    problems.Add(new DomainError(ErrorCatalogue.Missing, path + ".progress", $"定性指标“{m.Name}”缺少当前完成情况（达成 / 部分达成 / 未达成）。"));
                }

                continue;
            }

            if (m.Current is null)
            {
                problems.Add(new DomainError(ErrorCatalogue.Missing, path + ".current", $"指标“{m.Name}”缺少当前完成值。"));
            }

            if (m.Forecast is null)
            {
                problems.Add(new DomainError(ErrorCatalogue.Missing, path + ".forecast", $"指标“{m.Name}”缺少全年预计完成值。"));
            }
        }

        if (task.GoalExpectedMet is null)
        {
            problems.Add(new DomainError(ErrorCatalogue.Missing, "goalExpectedMet", "请选择全年绩效目标能否完成。"));
        }

        problems.AddRange(result.Findings.Where(f => f.Severity != Severity.Note)
            .Select(f => new DomainError("monitoring." + f.Code, f.Path ?? string.Empty, f.Message + "。")));
        return problems;
    }

    /// <summary>
    /// 跟进处理: the bureau's decision on a submitted (or already confirmed) task with its reason; a rectification item is
    /// issued through the rectification service (source 监控预警). A submitted task becomes 已确认. One transaction.
    /// </summary>
    public async Task<Outcome<FollowUpView>> FollowUpAsync(Actor actor, int id, FollowUpRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = await db.MonitoringTasks.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<FollowUpView>.NotFound();
        }

        if (!Access.InScope(actor, record.UnitId, record.BureauId) || actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return Outcome<FollowUpView>.Forbidden("跟进处理由财政局办理。");
        }

        if (!MonitoringWorkflow.CanFollowUp(record.State, actor.Role))
        {
            return Outcome<FollowUpView>.Invalid("monitoring.follow-up-state", "state", $"当前状态为“{record.State.Name()}”，单位报送后才能跟进处理。");
        }

        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "reason", "请填写跟进处理的理由。"));
        }

        if (request.Kind == FollowUpKind.Rectification)
        {
            if (string.IsNullOrWhiteSpace(request.Owner))
            {
                errors.Add(new DomainError(ErrorCatalogue.Missing, "owner", "下达整改须填写责任人（科室）。"));
            }

            if (request.Deadline is not { } d || d < Today())
            {
                errors.Add(new DomainError(ErrorCatalogue.Missing, "deadline", "下达整改须填写不早于今天的整改期限。"));
            }
        }

        if (errors.Count > 0)
        {
            return Outcome<FollowUpView>.Invalid(errors);
        }

        var reason = request.Reason!.Trim();
        var task = Read(record);
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        int? rectificationId = null;
        if (request.Kind == FollowUpKind.Rectification)
        {
            var problem = ProblemText(record, task);
            var issued = await rectifications.CreateAsync(actor, new NewRectification(
                record.UnitId, record.Year, RectificationSource.Monitoring, problem,
                string.IsNullOrWhiteSpace(request.RequiredMeasure) ? reason : request.RequiredMeasure.Trim(),
                request.Owner!.Trim(), request.Deadline!.Value,
                SourceRef: "monitoring-task:" + Id(id), IndicatorName: record.WorstIndicator), ct);
            if (!issued.IsOk)
            {
                return Outcome<FollowUpView>.Invalid(issued.Errors) with { Status = issued.Status };
            }

            rectificationId = issued.Value;
        }

        var followUp = new MonitoringFollowUpRecord
        {
            BureauId = record.BureauId,
            Year = record.Year,
            TaskId = id,
            Kind = request.Kind,
            Reason = reason,
            RectificationId = rectificationId,
            DecidedBy = actor.UserName,
            DecidedAt = now,
        };
        db.MonitoringFollowUps.Add(followUp);
        var before = record.State;
        if (record.State != MonitoringTaskState.Confirmed)
        {
            var moved = MonitoringWorkflow.Apply(record.State, MonitoringAction.Confirm, actor.Role, reason);
            if (!moved.IsSuccess)
            {
                return Outcome<FollowUpView>.Invalid(moved.Errors);
            }

            record.State = moved.Value;
        }

        record.FollowUp = request.Kind;
        Touch(record, actor, record.Version);
        var detail = request.Kind.Name() + "：" + reason + (rectificationId is int r ? $"（整改事项 rectifications/{Id(r)}）" : string.Empty);
        db.AuditLog.Add(Audit.Entry(now, actor, "monitoring.follow-up", TaskEntity, Id(id), before.Name(), record.State.Name() + "；" + detail));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<FollowUpView>.Invalid("conflict", "version", "该监控任务刚被他人修改，请刷新后重试。");
        }

        await tx.CommitAsync(ct);
        return Outcome<FollowUpView>.Ok(View(followUp));
    }

    /// <summary>The current lights of a task as the unit is filling it (not saved): for the form's live preview.</summary>
    public async Task<Outcome<(MonitoringTask Task, MonitoringResult Result)>> PreviewAsync(Actor actor, int id, MonitoringTask posted, CancellationToken ct = default)
    {
        var record = await db.MonitoringTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null || !CanRead(actor, record))
        {
            return Outcome<(MonitoringTask, MonitoringResult)>.NotFound();
        }

        var round = await db.MonitoringRounds.AsNoTracking().FirstAsync(r => r.Id == record.RoundId, ct);
        var merged = Merge(Read(record), posted, out _);
        return Outcome<(MonitoringTask, MonitoringResult)>.Ok((merged, MonitoringAnalyzer.Analyze(merged, SettingsOf(round), null, Today(), explain: true).Value));
    }

    /// <summary>
    /// The unit's parts of <paramref name="posted"/> over the generated task: identity, monitoring date, deadline, settings and
    /// the approved indicators stay; an approved source keeps its approved 年初预算.
    /// </summary>
    public static MonitoringTask Merge(MonitoringTask stored, MonitoringTask posted, out IReadOnlyList<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posted);
        var list = new List<DomainError>();
        if (posted.Indicators.Count != stored.Indicators.Count)
        {
            list.Add(new DomainError(ErrorCatalogue.InvalidValue, "indicators",
                string.Create(CultureInfo.InvariantCulture, $"监控指标来自批复的绩效目标（共 {stored.Indicators.Count} 项），不能增删；如需调整指标，请走绩效目标调整程序。")));
        }

        var approved = stored.Funds.Where(f => f.Initial is not null).GroupBy(f => f.Source, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Initial, StringComparer.Ordinal);
        var funds = posted.Funds.Select(f => approved.TryGetValue(f.Source, out var initial) ? f with { Initial = initial } : f).ToList();
        var indicators = stored.Indicators.Select((s, i) =>
        {
            if (i >= posted.Indicators.Count)
            {
                return s;
            }

            var p = posted.Indicators[i];
            return s with
            {
                Current = s.Operator == IndicatorOperator.Qualitative ? null : p.Current,
                Forecast = s.Operator == IndicatorOperator.Qualitative ? null : p.Forecast,
                Progress = s.Operator == IndicatorOperator.Qualitative ? p.Progress : null,
                Likelihood = Blank(p.Likelihood),
                Reasons = [.. p.Reasons.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal)],
                ReasonText = Blank(p.ReasonText),
                Measure = Blank(p.Measure),
            };
        }).ToList();
        errors = list;
        return stored with
        {
            Funds = funds,
            Indicators = indicators,
            GoalExpectedMet = posted.GoalExpectedMet,
            GoalNotMetReason = Blank(posted.GoalNotMetReason),
            BudgetDeviationReason = Blank(posted.BudgetDeviationReason),
            BudgetMeasure = Blank(posted.BudgetMeasure),
        };
    }

    /// <summary>The queue's columns of a task from its lights: worst light, counts, spending, the indicator furthest behind.</summary>
    public static void Stamp(MonitoringTaskRecord record, MonitoringTask task, MonitoringResult result)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(result);
        record.OverallLight = result.Overall;
        record.OverallRank = result.Overall.Severity();
        record.BudgetLight = result.Budget.Light;
        record.BudgetPercent = result.Budget.Percent;
        var budgets = task.Funds.Select(f => f.EffectiveBudget()).ToList();
        var spent = task.Funds.Select(f => f.Spent).ToList();
        record.BudgetTotal = budgets.Count > 0 && budgets.All(b => b is not null) ? budgets.Sum(b => b!.Value) : null;
        record.SpentTotal = spent.Count > 0 && spent.All(s => s is not null) ? spent.Sum(s => s!.Value) : null;
        record.ExecutionRate = record.BudgetTotal is > 0m && record.SpentTotal is { } total ? Money.Round(total / record.BudgetTotal.Value * 100m) : null;
        record.ExecutionBucket = record.ExecutionRate is { } rate ? (int)Math.Clamp(Math.Floor(rate / 10m), 0m, 12m) : null;
        record.RedCount = result.Indicators.Count(i => i.Result.Light == Light.Red);
        record.YellowCount = result.Indicators.Count(i => i.Result.Light == Light.Yellow);
        record.BlueCount = result.Indicators.Count(i => i.Result.Light == Light.Blue);
        record.FindingCount = result.Findings.Count;
        var worst = result.Indicators.Where(i => i.Result.Light is Light.Red or Light.Yellow)
            .Select(i => (i, Order: i.Result.Percent ?? (i.Result.Light == Light.Red ? 0m : 60m)))
            .OrderBy(x => x.i.Result.Light == Light.Red ? 0 : 1).ThenBy(x => x.Order).ThenBy(x => x.i.Index)
            .Select(x => ((IndicatorLight, decimal)?)(x.i, x.Order)).FirstOrDefault();
        record.WorstIndicator = worst?.Item1.Name;
        record.WorstIndex = worst?.Item1.Index;
        record.WorstPercent = worst?.Item1.Result.Percent;
        record.WorstOrder = worst is { } w ? (int)Math.Clamp(Math.Round(w.Item2 * 100m) + (w.Item1.Result.Light == Light.Red ? 0m : 1_000_000_000m), 0m, 2_000_000_000m) : null;
    }

    internal static MonitoringTask Read(MonitoringTaskRecord record)
    {
        var parsed = MonitoringSerializer.ParseJson(Encoding.UTF8.GetBytes(record.Content), $"monitoring-tasks/{Id(record.Id)}", null);
        return parsed.IsSuccess ? parsed.Value : throw new InvalidOperationException($"Stored monitoring task {record.Id} is unreadable: {string.Join("; ", parsed.Errors)}");
    }

    internal static MonitoringSettings SettingsOf(MonitoringRoundRecord round) =>
        MonitoringCatalog.Get(round.SettingsId) is { IsSuccess: true } s ? s.Value : MonitoringCatalog.Get(null).Value;

    private static string ProblemText(MonitoringTaskRecord record, MonitoringTask task)
    {
        var parts = new List<string>();
        if (record.BudgetLight is Light.Red or Light.Yellow)
        {
            parts.Add($"预算执行进度{record.BudgetLight.Name()}（执行率 {MonitoringText.Percent(record.ExecutionRate)}）" + (task.BudgetDeviationReason is { } r ? "，原因：" + r : string.Empty));
        }

        if (record.RedCount + record.YellowCount > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"红灯指标 {record.RedCount} 项、黄灯指标 {record.YellowCount} 项") +
                (record.WorstIndicator is { } w ? $"，进度最慢的是“{w}”（{MonitoringText.Percent(record.WorstPercent)}）" : string.Empty));
        }

        var what = parts.Count == 0 ? "监控发现需跟进的问题" : string.Join("；", parts);
        return $"{record.Title}（{record.Year} 年度绩效运行监控）：{what}";
    }

    private IQueryable<MonitoringTaskRecord> RoundTasks(MonitoringRoundRecord round) =>
        db.MonitoringTasks.AsNoTracking().Where(t => t.BureauId == round.BureauId && t.Year == round.Year && t.RoundId == round.Id);

    private static IQueryable<MonitoringTaskRecord> Filtered(IQueryable<MonitoringTaskRecord> query, MonitoringRoundRecord round, TaskQuery filter, DateOnly today)
    {
        if (filter.Light is Light.Overdue || filter.OverdueOnly)
        {
            query = today > round.Deadline ? query.Where(t => t.SubmittedOn == null || t.SubmittedLate) : query.Where(t => t.SubmittedLate);
        }

        if (filter.Light is { } light and not Light.Overdue)
        {
            var rank = light.Severity();
            query = query.Where(t => t.OverallRank == rank);
        }

        if (filter.State is { } state)
        {
            query = query.Where(t => t.State == state);
        }

        if (filter.UnitId is int unit)
        {
            query = query.Where(t => t.UnitId == unit);
        }

        if (filter.FunctionClass is { Length: > 0 } fc)
        {
            query = fc == NoFunctionClass ? query.Where(t => t.FunctionClass == null) : query.Where(t => t.FunctionClass == fc);
        }

        return query;
    }

    /// <summary>The dashboard's and filters' name for tasks whose declaration named no function class.</summary>
    public const string NoFunctionClass = "（未填功能分类）";

    private static IQueryable<TaskSummary> Summaries(IQueryable<MonitoringTaskRecord> query) =>
        query.Select(t => new TaskSummary(t.Id, t.RoundId, t.Year, t.UnitId, t.UnitName, t.Title, t.Kind, t.FunctionClass, t.State, t.OverallLight, t.BudgetLight,
            t.ExecutionRate, t.BudgetPercent, t.RedCount, t.YellowCount, t.FindingCount, t.WorstIndicator, t.WorstPercent, t.Deadline, t.SubmittedOn, t.SubmittedLate,
            t.FollowUp, t.Version, t.UpdatedAt));

    private static TaskSummary ToSummary(MonitoringTaskRecord t) =>
        new(t.Id, t.RoundId, t.Year, t.UnitId, t.UnitName, t.Title, t.Kind, t.FunctionClass, t.State, t.OverallLight, t.BudgetLight,
            t.ExecutionRate, t.BudgetPercent, t.RedCount, t.YellowCount, t.FindingCount, t.WorstIndicator, t.WorstPercent, t.Deadline, t.SubmittedOn, t.SubmittedLate,
            t.FollowUp, t.Version, t.UpdatedAt);

    private static TaskSummary WithOverdue(TaskSummary s, DateOnly today) => s with { Overdue = s.SubmittedLate || (s.SubmittedOn is null && today > s.Deadline) };

    private static RoundSummary ToSummary(MonitoringRoundRecord r) =>
        new(r.Id, r.BureauId, r.Year, r.Name, r.AsOf, r.Deadline, r.Scope, r.MinimumAmount,
            r.KeyProjects is null ? [] : r.KeyProjects.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            r.SettingsId, r.TaskCount, r.CreatedBy, r.CreatedAt);

    private static FollowUpView View(MonitoringFollowUpRecord f) => new(f.Id, f.Kind, f.Kind.Name(), f.Reason, f.RectificationId, f.DecidedBy, f.DecidedAt);

    private static FindingView View(Finding f) => new(f.Code, f.Severity switch
    {
        Severity.Note => 1,
        Severity.Suspect => 2,
        Severity.Certain => 3,
    }, f.Message, f.Path ?? string.Empty)
    {
        Evidence = string.Join("；", f.Evidence.Select(e => $"{e.Label}：{e.Value}")),
    };

    private static bool CanSeeRound(Actor actor, MonitoringRoundRecord round) => actor.Role switch
    {
        ActorRole.Reviewer => actor.BureauId == round.BureauId,
        ActorRole.Admin => true,
        ActorRole.Preparer or ActorRole.Approver => false,
    };

    private static bool CanRead(Actor actor, MonitoringTaskRecord record) => actor.Role switch
    {
        ActorRole.Preparer or ActorRole.Approver => actor.UnitId == record.UnitId,
        ActorRole.Reviewer => actor.BureauId == record.BureauId,
        ActorRole.Admin => true,
    };

    private void Touch(MonitoringTaskRecord record, Actor actor, int expectedVersion)
    {
        db.Entry(record).Property(t => t.Version).OriginalValue = expectedVersion;
        record.Version = expectedVersion + 1;
        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.UserName;
    }

    private static string Title(MonitoringTask task, string unitName) =>
        task.Kind == EvaluationKind.Project && !string.IsNullOrWhiteSpace(task.ProjectName) ? task.ProjectName : unitName;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
