using System.Globalization;
using Jixiao.Domain;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>One evaluation of a unit in its history, with its rectification record (items raised that year, closed, overdue).</summary>
public sealed record UnitYear(
    int EvaluationId, int Year, EvaluationKind Kind, string Title, ReviewState State, decimal? SelfTotal, string? SelfGrade, decimal? ReviewTotal, string? ReviewGrade,
    decimal? ExecutionRate, int Findings, int Rectifications, int Closed, int Overdue)
{
    public decimal? Score => ReviewTotal ?? SelfTotal;

    public string? Grade => ReviewGrade ?? SelfGrade;
}

/// <summary>A unit's result that fell from one year to the next.</summary>
public sealed record Decline(int UnitId, string Unit, int Year, decimal PreviousScore, decimal Score, string? PreviousGrade, string? Grade)
{
    public decimal Change => Money.Round(Score - PreviousScore);
}

/// <summary>The bureau's view across units and years: grade distribution per year, ranking per year, units whose results fell.</summary>
public sealed record BureauTrends(IReadOnlyList<int> Years, IReadOnlyDictionary<int, IReadOnlyDictionary<string, int>> Grades, IReadOnlyDictionary<int, IReadOnlyList<(string Unit, decimal Score)>> Rankings, IReadOnlyList<Decline> Declines);

/// <summary>
/// 跨年度比较 (issue 14, step 4): per unit its grades, scores, execution rates, findings and rectification record over the years;
/// for the bureau the distribution and ranking per year and the units whose results fell. Department-wide evaluations are
/// compared (projects differ from year to year). The public sees published evaluations only and no rectification record.
/// </summary>
public sealed class HistoryService(JixiaoDbContext db, TimeProvider clock)
{
    private static readonly string[] GradeNames = ["优", "良", "中", "差"];

    public async Task<(string Unit, IReadOnlyList<UnitYear> Years)?> UnitAsync(Actor? actor, int unitId, CancellationToken ct = default)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || (actor is not null && !Access.InScope(actor, unit.Id, unit.BureauId)))
        {
            return null;
        }

        var q = db.Evaluations.AsNoTracking().Where(e => e.UnitId == unitId);
        q = actor is null ? q.Where(e => e.State == ReviewState.Published && e.SupersededAt == null)
            : actor.Role == ActorRole.Reviewer ? q.Where(e => e.SubmittedAt != null) : q;
        var rows = await q.OrderBy(e => e.Year).ThenBy(e => e.Kind).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Year, e.Kind, e.Title, e.State, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.FindingCount }).ToListAsync(ct);
        var today = RectificationService.Today(clock);
        var items = actor is null ? [] : await db.Rectifications.AsNoTracking().Where(r => r.UnitId == unitId).Select(r => new { r.Year, r.State, r.Deadline }).ToListAsync(ct);
        return (unit.Name, rows.Select(r => new UnitYear(
            r.Id, r.Year, r.Kind, r.Title, r.State, r.SelfTotal, r.SelfGrade, r.ReviewTotal, r.ReviewGrade, r.ExecutionRate, r.FindingCount,
            items.Count(i => i.Year == r.Year), items.Count(i => i.Year == r.Year && i.State == RectificationState.Closed),
            items.Count(i => i.Year == r.Year && RectificationWorkflow.IsOverdue(i.State, i.Deadline, today)))).ToList());
    }

    public async Task<BureauTrends> BureauAsync(Actor actor, CancellationToken ct = default)
    {
        var q = db.Evaluations.AsNoTracking().Where(e => e.SubmittedAt != null && e.Kind == EvaluationKind.Department);
        if (actor.Role != ActorRole.Admin)
        {
            q = q.Where(e => e.Unit!.BureauId == actor.BureauId);
        }

        var rows = await q.Select(e => new { e.UnitId, Unit = e.Unit!.Name, e.Year, Score = e.ReviewTotal ?? e.SelfTotal, Grade = e.ReviewGrade ?? e.SelfGrade }).ToListAsync(ct);
        var years = rows.Select(r => r.Year).Distinct().Order().ToList();
        var grades = years.ToDictionary(y => y, y => (IReadOnlyDictionary<string, int>)GradeNames.ToDictionary(g => g, g => rows.Count(r => r.Year == y && r.Grade == g)));
        var rankings = years.ToDictionary(y => y, y => (IReadOnlyList<(string, decimal)>)rows.Where(r => r.Year == y && r.Score is not null)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Unit, StringComparer.Ordinal).Select(r => (r.Unit, r.Score!.Value)).ToList());
        var declines = new List<Decline>();
        foreach (var unit in rows.Where(r => r.Score is not null).GroupBy(r => r.UnitId))
        {
            var ordered = unit.OrderBy(r => r.Year).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Year == ordered[i - 1].Year + 1 && ordered[i].Score < ordered[i - 1].Score)
                {
                    declines.Add(new Decline(unit.Key, ordered[i].Unit, ordered[i].Year, ordered[i - 1].Score!.Value, ordered[i].Score!.Value, ordered[i - 1].Grade, ordered[i].Grade));
                }
            }
        }

        return new BureauTrends(years, grades, rankings, declines.OrderBy(d => d.Change).ToList());
    }

    /// <summary>The unit history as CSV (the same columns as the page's table).</summary>
    public static byte[] UnitCsv(IReadOnlyList<UnitYear> years, bool withRectification) => OpenDataService.Csv(
        withRectification
            ? ["年度", "类型", "评价对象", "状态", "自评分", "自评等级", "复核分", "复核等级", "预算执行率（%）", "审核发现", "整改事项", "已销号", "逾期"]
            : ["年度", "类型", "评价对象", "自评分", "自评等级", "复核分", "复核等级", "预算执行率（%）"],
        years.Select(y => (IReadOnlyList<string?>)(withRectification
            ? [I(y.Year), y.Kind.Name(), y.Title, y.State.Name(), OpenDataService.Num(y.SelfTotal), y.SelfGrade, OpenDataService.Num(y.ReviewTotal), y.ReviewGrade, OpenDataService.Num(y.ExecutionRate), I(y.Findings), I(y.Rectifications), I(y.Closed), I(y.Overdue)]
            : [I(y.Year), y.Kind.Name(), y.Title, OpenDataService.Num(y.SelfTotal), y.SelfGrade, OpenDataService.Num(y.ReviewTotal), y.ReviewGrade, OpenDataService.Num(y.ExecutionRate)])));

    public static byte[] BureauCsv(BureauTrends t) => OpenDataService.Csv(
        ["年度", "排名", "单位", "得分", "优", "良", "中", "差"],
        t.Years.SelectMany(y => t.Rankings[y].Select((r, i) => (IReadOnlyList<string?>)
            [I(y), I(i + 1), r.Unit, OpenDataService.Num(r.Score), I(t.Grades[y]["优"]), I(t.Grades[y]["良"]), I(t.Grades[y]["中"]), I(t.Grades[y]["差"])])));

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
