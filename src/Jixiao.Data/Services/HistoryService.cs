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

/// <summary>
/// One year and one 功能分类 class (类) of the bureau: the units whose evaluation's largest 类 (by amount in
/// Budget.ByFunction) it is, their average score, grade distribution and ranking within the class.
/// </summary>
public sealed record FunctionClassYear(int Year, string FunctionClass, int Units, decimal? AverageScore, IReadOnlyDictionary<string, int> Grades, IReadOnlyList<(string Unit, decimal Score)> Ranking);

/// <summary>The bureau's view across units and years: grade distribution per year, ranking per year, units whose results fell, and the same by 功能分类 class.</summary>
public sealed record BureauTrends(
    IReadOnlyList<int> Years, IReadOnlyDictionary<int, IReadOnlyDictionary<string, int>> Grades, IReadOnlyDictionary<int, IReadOnlyList<(string Unit, decimal Score)>> Rankings,
    IReadOnlyList<Decline> Declines, IReadOnlyList<FunctionClassYear> ByFunctionClass);

/// <summary>
/// 跨年度比较 (issue 14, step 4): per unit its grades, scores, execution rates, findings and rectification record over the years;
/// for the bureau the distribution and ranking per year and the units whose results fell. Department-wide evaluations are
/// compared (projects differ from year to year). The public sees published evaluations only and no rectification record.
/// </summary>
public sealed class HistoryService(JixiaoDbContext db, TimeProvider clock)
{
    private static readonly string[] GradeNames = ["优", "良", "中", "差"];

    /// <summary>The class of an evaluation that states no spending by function (never guessed from the unit's name).</summary>
    public const string NoFunctionClass = "未填报功能分类";

    /// <summary>The class of an evaluation whose stored content cannot be read.</summary>
    public const string UnreadableContent = "内容无法读取";

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

        var stored = await q.Select(e => new { e.Id, e.UnitId, Unit = e.Unit!.Name, e.Year, Score = e.ReviewTotal ?? e.SelfTotal, Grade = e.ReviewGrade ?? e.SelfGrade, e.Content }).ToListAsync(ct);
        var rows = stored.Select(r => new { r.UnitId, r.Unit, r.Year, r.Score, r.Grade, Class = FunctionClassOf(r.Content, r.Id) }).ToList();
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

        var byClass = rows.GroupBy(r => (r.Year, r.Class))
            .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Class is NoFunctionClass or UnreadableContent ? 1 : 0).ThenBy(g => g.Key.Class, StringComparer.Ordinal)
            .Select(g =>
            {
                var scored = g.Where(r => r.Score is not null).ToList();
                return new FunctionClassYear(
                    g.Key.Year, g.Key.Class, g.Select(r => r.UnitId).Distinct().Count(),
                    scored.Count == 0 ? null : Money.Round(scored.Average(r => r.Score!.Value)),
                    GradeNames.ToDictionary(n => n, n => g.Count(r => r.Grade == n)),
                    scored.OrderByDescending(r => r.Score).ThenBy(r => r.Unit, StringComparer.Ordinal).Select(r => (r.Unit, r.Score!.Value)).ToList());
            }).ToList();
        return new BureauTrends(years, grades, rankings, declines.OrderBy(d => d.Change).ToList(), byClass);
    }

    /// <summary>
    /// The 功能分类 class of an evaluation: the 类 with the largest amount in Budget.ByFunction (amounts of the same 类
    /// stated twice are added; a tie goes to the 类 stated first). The items are taken as 类 as stated, without a
    /// leading subject code (“201 一般公共服务支出” → “一般公共服务支出”). No ByFunction: 未填报功能分类.
    /// </summary>
    public static string FunctionClassOf(string content, int evaluationId)
    {
        var read = EvaluationJson.Read(content, $"evaluations/{evaluationId}");
        return read.IsSuccess ? FunctionClassOf(read.Value.Budget.ByFunction) : UnreadableContent;
    }

    public static string FunctionClassOf(IReadOnlyList<Domain.Evaluations.NamedAmount> byFunction)
    {
        var totals = new List<(string Class, decimal Amount)>();
        foreach (var f in byFunction)
        {
            var name = ClassName(f.Name);
            if (name.Length == 0)
            {
                continue;
            }

            var i = totals.FindIndex(t => t.Class == name);
            if (i < 0)
            {
                totals.Add((name, f.Amount));
            }
            else
            {
                totals[i] = (name, totals[i].Amount + f.Amount);
            }
        }

        if (totals.Count == 0)
        {
            return NoFunctionClass;
        }

        var best = totals[0];
        foreach (var t in totals.Skip(1))
        {
            if (t.Amount > best.Amount)
            {
                best = t;
            }
        }

        return best.Class;
    }

    private static string ClassName(string? name) => (name ?? string.Empty).Trim().TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Trim();

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

    /// <summary>The 功能分类 table as CSV: one row per year and class, the same rows and columns as the page's table.</summary>
    public static byte[] FunctionClassCsv(BureauTrends t) => OpenDataService.Csv(
        ["年度", "功能分类", "单位数", "平均得分", "优", "良", "中", "差", "类内排名"],
        t.ByFunctionClass.Select(c => (IReadOnlyList<string?>)
            [I(c.Year), c.FunctionClass, I(c.Units), OpenDataService.Num(c.AverageScore), I(c.Grades["优"]), I(c.Grades["良"]), I(c.Grades["中"]), I(c.Grades["差"]), RankingText(c.Ranking)]));

    /// <summary>The ranking within a class as one cell: “1 单位（得分）；2 …”.</summary>
    public static string RankingText(IReadOnlyList<(string Unit, decimal Score)> ranking) =>
        string.Join("；", ranking.Select((r, i) => $"{I(i + 1)} {r.Unit}（{OpenDataService.Num(r.Score)}）"));

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
