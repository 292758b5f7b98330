using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>Figures for the bureau dashboard: grade distribution, execution rate per unit, findings by severity.</summary>
public sealed record DashboardFigures(
    int Year,
    IReadOnlyList<int> Years,
    IReadOnlyDictionary<string, int> Grades,
    IReadOnlyList<(string Unit, decimal Rate)> ExecutionRates,
    IReadOnlyDictionary<string, int> FindingsBySeverity,
    IReadOnlyDictionary<string, int> States)
{
    /// <summary>Evaluations of the year in the bureau's view; 0 means there is nothing to chart.</summary>
    public int Count { get; init; }
}

public sealed class DashboardService(JixiaoDbContext db, TimeProvider clock)
{
    private static readonly string[] GradeNames = ["优", "良", "中", "差"];

    public async Task<DashboardFigures> FiguresAsync(Actor actor, int? year, CancellationToken ct = default)
    {
        // A version replaced by a published correction (已被更正) is counted through its current version only.
        var query = db.Evaluations.AsNoTracking().Where(e => e.SubmittedAt != null && e.SupersededAt == null);
        if (actor.Role != ActorRole.Admin)
        {
            query = query.Where(e => e.Unit!.BureauId == actor.BureauId);
        }

        var years = await query.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var y = year ?? (years.Count > 0 ? years[0] : clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year);
        var rows = await query.Where(e => e.Year == y)
            .Select(e => new { e.Title, e.State, e.SelfGrade, e.ReviewGrade, e.ExecutionRate, e.MaxSeverity, e.FindingCount })
            .ToListAsync(ct);
        var grades = GradeNames.ToDictionary(g => g, g => rows.Count(r => (r.ReviewGrade ?? r.SelfGrade) == g));
        var rates = rows.Where(r => r.ExecutionRate is not null).OrderBy(r => r.ExecutionRate).Take(40).Select(r => (r.Title, r.ExecutionRate!.Value)).ToList();
        var findings = new Dictionary<string, int>
        {
            ["确定"] = rows.Count(r => r.MaxSeverity == 3),
            ["疑似"] = rows.Count(r => r.MaxSeverity == 2),
            ["提示"] = rows.Count(r => r.MaxSeverity == 1),
            ["无"] = rows.Count(r => r.MaxSeverity == 0),
        };
        var states = Enum.GetValues<ReviewState>().Where(s => s is not (ReviewState.Draft or ReviewState.DepartmentReview or ReviewState.DepartmentReturned) || rows.Any(r => r.State == s))
            .ToDictionary(s => s.Name(), s => rows.Count(r => r.State == s));
        return new DashboardFigures(y, years, grades, rates, findings, states) { Count = rows.Count };
    }
}
