using System.Globalization;
using Jixiao.Domain.Publication;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>One published file: its stored hash and whether the bytes still give it.</summary>
public sealed record PublishedFileCheck(string Format, string FileName, string Sha256, bool Matches);

/// <summary>公开核验: the published copies equal the filed ones, and the publication date against the region's deadline.</summary>
public sealed record PublicationCheck(int EvaluationId, int UnitId, DateOnly? PublishedOn, DateOnly Deadline, string Timeliness, bool ContentMatches, IReadOnlyList<PublishedFileCheck> Files)
{
    public bool AllMatch => ContentMatches && Files.All(f => f.Matches);
}

/// <summary>
/// 公开核验 (CYCLE §7): recomputes the SHA-256 of the approved content and of every frozen document and compares them with
/// the hashes recorded at approval; states the publication date against the deadline of publication/*.yaml for the
/// bureau's region. Anyone may run it on a published evaluation.
/// </summary>
public sealed class PublicationService(JixiaoDbContext db, TimeProvider clock)
{
    public async Task<PublicationCheck?> CheckAsync(int evaluationId, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Where(e => e.Id == evaluationId && e.State == ReviewState.Published)
            .Select(e => new { e.Id, e.UnitId, e.Year, e.Content, e.ApprovedContentSha256, e.PublishedAt, Region = e.Unit!.Bureau!.Region }).FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return null;
        }

        var files = await db.PublishedDocuments.AsNoTracking().Where(d => d.EvaluationId == evaluationId).OrderBy(d => d.Format).ToListAsync(ct);
        var rule = PublicationDeadlines.For(record.Region);
        var publishedOn = record.PublishedAt is { } p ? DateOnly.FromDateTime(p.ToOffset(TimeSpan.FromHours(8)).DateTime) : (DateOnly?)null;
        return new PublicationCheck(
            record.Id, record.UnitId, publishedOn, rule.For(record.Year), rule.Describe(record.Year, publishedOn, RectificationService.Today(clock)),
            record.ApprovedContentSha256 is not null && record.ApprovedContentSha256 == EvaluationJson.Sha256(record.Content),
            files.Select(f => new PublishedFileCheck(f.Format, f.FileName, f.Sha256, EvaluationJson.Sha256(f.Content) == f.Sha256)).ToList());
    }

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
