using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Entities;
using Jixiao.Documents.Results;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Results;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>One evaluation's suggestion and the bureau's decision on it, if any.</summary>
public sealed record ResultRow(
    int EvaluationId, int BureauId, int UnitId, string UnitName, string Title, int Year, EvaluationKind Kind, ReviewState State, bool Final,
    decimal? SelfTotal, string? SelfGrade, decimal? ReviewTotal, string? ReviewGrade, BudgetSuggestion Suggestion, ResultDecision? Decision);

/// <summary>The use-of-results page of a year: the table that applies, its errors when none does, and the rows.</summary>
public sealed record ResultsOverview(int Year, IReadOnlyList<int> Years, IReadOnlyList<ResultRuleTable> Tables, IReadOnlyList<string> Problems, IReadOnlyList<ResultRow> Rows);

/// <summary>
/// 结果应用 (CYCLE §6): per evaluation of the bureau, the suggested change to next year's budget from the region's rule table
/// (results/*.yaml) with the rule that produced it; the bureau accepts, edits or rejects each with a reason (audited);
/// an XLSX for the budget team. Only approved or published evaluations can be decided; the others show their
/// provisional suggestion.
/// </summary>
public sealed class ResultsService(JixiaoDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public static bool IsFinal(ReviewState state) => state == ReviewState.Approved || state == ReviewState.Published;

    public async Task<Outcome<ResultsOverview>> OverviewAsync(Actor actor, int? year, IReadOnlyList<ResultRuleTable>? tables = null, CancellationToken ct = default)
    {
        if (actor.Role is not (ActorRole.Reviewer or ActorRole.Admin))
        {
            return Outcome<ResultsOverview>.Forbidden("结果应用由财政局办理。");
        }

        var scoped = Scoped(actor);
        var years = await scoped.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var y = year ?? (years.Count > 0 ? years[0] : RectificationService.Today(clock).Year - 1);
        var records = await scoped.Where(e => e.Year == y).OrderBy(e => e.Unit!.Name).ThenBy(e => e.Title).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.UnitId, UnitName = e.Unit!.Name, e.Unit.BureauId, Region = e.Unit.Bureau!.Region, e.Title, e.Year, e.Kind, e.State, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.Content })
            .ToListAsync(ct);
        var ids = records.Select(r => r.Id).ToList();
        var decisions = await db.ResultDecisions.AsNoTracking().Where(d => d.Year == y && ids.Contains(d.EvaluationId)).ToDictionaryAsync(d => d.EvaluationId, ct);
        var problems = new List<string>();
        var used = new List<ResultRuleTable>();
        var rows = new List<ResultRow>();
        foreach (var r in records)
        {
            var table = ResultRulesCatalog.For(r.Region, y, tables);
            BudgetSuggestion suggestion;
            if (!table.IsSuccess)
            {
                var message = table.Errors[0].Message;
                if (!problems.Contains(message))
                {
                    problems.Add(message);
                }

                suggestion = new BudgetSuggestion("-", r.ReviewGrade ?? r.SelfGrade, "—", null, null, null, null, null, message, message);
            }
            else
            {
                if (!used.Contains(table.Value))
                {
                    used.Add(table.Value);
                }

                var budget = EvaluationJson.Read(r.Content, $"evaluations/{r.Id}") is { IsSuccess: true } read ? read.Value.Budget : new BudgetFigures();
                suggestion = ResultSuggester.Suggest(table.Value, new ResultInput(r.SelfGrade, r.ReviewGrade, budget));
            }

            rows.Add(new ResultRow(r.Id, r.BureauId, r.UnitId, r.UnitName, r.Title, r.Year, r.Kind, r.State, IsFinal(r.State), r.SelfTotal, r.SelfGrade, r.ReviewTotal, r.ReviewGrade, suggestion, decisions.GetValueOrDefault(r.Id)));
        }

        return Outcome<ResultsOverview>.Ok(new ResultsOverview(y, years, used, problems, rows));
    }

    /// <summary>The bureau's decision on one evaluation's suggestion: 采纳, 调整 (with its own change) or 不采纳, always with a reason.</summary>
    public async Task<Outcome<ResultDecision>> DecideAsync(Actor actor, int evaluationId, ResultDecisionKind kind, decimal? change, string? reason, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Include(e => e.Unit).FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (record is null || actor.Role is not (ActorRole.Reviewer or ActorRole.Admin) || !Access.InScope(actor, record.UnitId, record.Unit!.BureauId) || record.SubmittedAt is null)
        {
            return Outcome<ResultDecision>.NotFound();
        }

        var errors = new List<DomainError>();
        if (!IsFinal(record.State))
        {
            errors.Add(new DomainError("results.not-final", "state", $"当前状态为“{record.State.Name()}”：评价结果通过后才能认定结果应用意见。"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "reason", "请写明采纳、调整或不采纳的理由。"));
        }

        if (kind == ResultDecisionKind.Edited && change is null)
        {
            errors.Add(new DomainError(ErrorCatalogue.Missing, "change", "调整建议时须填写认定的调整额（万元，压减为负数）。"));
        }

        var overview = await OverviewAsync(actor, record.Year, null, ct);
        var row = overview.Value?.Rows.FirstOrDefault(r => r.EvaluationId == evaluationId);
        if (row is null)
        {
            return Outcome<ResultDecision>.NotFound();
        }

        var s = row.Suggestion;
        if (kind == ResultDecisionKind.Accepted && !s.IsComputed)
        {
            errors.Add(new DomainError("results.not-computed", "decision", "该建议无法计算（" + s.Problem + "），不能直接采纳，请选择“调整”并填写调整额，或“不采纳”。"));
        }

        if (errors.Count > 0)
        {
            return Outcome<ResultDecision>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var existing = await db.ResultDecisions.FirstOrDefaultAsync(d => d.BureauId == record.Unit.BureauId && d.Year == record.Year && d.EvaluationId == evaluationId, ct);
        var before = existing is null ? null : Snapshot(existing);
        var decision = existing ?? new ResultDecision { BureauId = record.Unit.BureauId, Year = record.Year, EvaluationId = evaluationId, UnitId = record.UnitId, TableId = s.TableId, Reason = string.Empty, DecidedBy = actor.UserName };
        decision.TableId = s.TableId;
        decision.RuleIndex = s.RuleIndex;
        decision.Grade = s.Grade;
        decision.Action = s.Rule?.Action;
        decision.Percent = s.Rule?.Percent;
        decision.Scope = s.Rule?.Scope;
        decision.BaseAmount = s.BaseAmount;
        decision.SuggestedChange = s.Change;
        decision.Decision = kind;
        decision.DecidedChange = kind switch
        {
            ResultDecisionKind.Accepted => s.Change,
            ResultDecisionKind.Edited => Money.Round(change!.Value),
            ResultDecisionKind.Rejected => null,
        };
        decision.Reason = reason!.Trim();
        decision.DecidedBy = actor.UserName;
        decision.DecidedAt = now;
        if (existing is null)
        {
            decision.Version = 1;
            db.ResultDecisions.Add(decision);
        }
        else
        {
            db.Entry(existing).Property(d => d.Version).OriginalValue = existing.Version;
            existing.Version++;
        }

        db.AuditLog.Add(Audit.Entry(now, actor, "results.decide", "evaluation", evaluationId.ToString(CultureInfo.InvariantCulture), before, Snapshot(decision)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<ResultDecision>.Invalid("conflict", "version", "该建议刚被他人认定，请刷新后再操作。") with { Status = OutcomeStatus.Conflict };
        }

        return Outcome<ResultDecision>.Ok(decision);
    }

    /// <summary>The year's suggestions and decisions as an XLSX for the budget team.</summary>
    public async Task<Outcome<(string FileName, byte[] Content)>> XlsxAsync(Actor actor, int year, CancellationToken ct = default)
    {
        var overview = await OverviewAsync(actor, year, null, ct);
        if (!overview.IsOk)
        {
            return new Outcome<(string, byte[])>(overview.Status, default, overview.Errors);
        }

        var rows = overview.Value!.Rows.Select(Sheet).ToList();
        var title = string.Create(CultureInfo.InvariantCulture, $"{year} 年度绩效评价结果应用建议（用于 {year + 1} 年度预算安排）");
        var bytes = BudgetSuggestionsXlsx.ToBytes(title, rows, new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        return Outcome<(string, byte[])>.Ok((string.Create(CultureInfo.InvariantCulture, $"结果应用建议-{year}.xlsx"), bytes));
    }

    public static string Name(ResultDecisionKind kind) => kind switch
    {
        ResultDecisionKind.Accepted => "采纳",
        ResultDecisionKind.Edited => "调整",
        ResultDecisionKind.Rejected => "不采纳",
    };

    private static BudgetSheetRow Sheet(ResultRow r)
    {
        var s = r.Suggestion;
        var d = r.Decision;
        return new BudgetSheetRow(
            r.UnitName, r.Title, r.Year, s.Grade, s.GradeFrom, s.RuleIndex is int i ? $"{s.TableId} 第 {i + 1} 条" : null, s.Rule?.Action, s.Rule?.Percent, s.Rule?.Scope.ScopeName(),
            s.BaseAmount, s.Change, s.NextYear, s.Problem is null ? s.Explanation : s.Explanation + " " + s.Problem,
            d is null ? (r.Final ? "待认定" : "评价未通过") : Name(d.Decision), d?.DecidedChange, d?.Reason, d?.DecidedBy,
            d?.DecidedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    private IQueryable<EvaluationRecord> Scoped(Actor actor)
    {
        // What the department has sent to the bureau (drafts and evaluations still inside the department are not the bureau's);
        // of a corrected evaluation (更正) only the current version: the original once its correction has reached the bureau
        // is no longer the unit's result, so the unit's budget is not suggested twice.
        var query = db.Evaluations.AsNoTracking().Where(e => e.SubmittedAt != null && e.SupersededAt == null
            && !db.Evaluations.Any(s => s.SupersedesId == e.Id && s.SubmittedAt != null));
        return actor.Role == ActorRole.Admin ? query : query.Where(e => e.Unit!.BureauId == actor.BureauId);
    }

    private static string Snapshot(ResultDecision d) => JsonSerializer.Serialize(new
    {
        d.TableId,
        rule = d.RuleIndex,
        d.Grade,
        d.Action,
        d.Percent,
        scope = d.Scope?.ToString(),
        d.BaseAmount,
        d.SuggestedChange,
        decision = d.Decision.ToString(),
        d.DecidedChange,
        d.Reason,
    }, AuditJson);
}
