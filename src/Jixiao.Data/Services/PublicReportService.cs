using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Services;

/// <summary>One published report in the public list: what the release states, nothing of the review behind it.</summary>
public sealed record PublishedSummary(
    int Id, string UnitName, int Year, EvaluationKind Kind, string Title,
    decimal? SelfTotal, string? SelfGrade, decimal? ReviewTotal, string? ReviewGrade, decimal? ExecutionRate, DateTimeOffset PublishedAt);

/// <summary>A document frozen at approval, as the public sees it: name, format and SHA-256 (the bytes come from the download).</summary>
public sealed record PublishedFile(string Format, string FileName, string Sha256);

/// <summary>
/// A published report: the summary, the documents frozen at approval with their hashes, the hash of the approved content,
/// and the two narrative sections the public page quotes from the report. No review comment, finding, evidence or history.
/// </summary>
public sealed record PublishedReport(PublishedSummary Summary, string? ApprovedContentSha256, IReadOnlyList<PublishedFile> Documents, string? Problems, string? Measures);

/// <summary>
/// What is published, for everyone (anonymous visitors and users of any unit alike). The only way to see another unit's
/// evaluation: <see cref="Access.CanRead"/> gives the whole record to its own unit, its bureau and admins only.
/// </summary>
public sealed class PublicReportService(JixiaoDbContext db)
{
    /// <summary>Published reports, searchable by unit or title and year; newest year first.</summary>
    public async Task<IReadOnlyList<PublishedSummary>> ListAsync(string? search, int? year, int take = 200, CancellationToken ct = default)
    {
        var query = db.Evaluations.AsNoTracking().Where(e => e.State == ReviewState.Published);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(e => e.Title.Contains(s) || e.Unit!.Name.Contains(s));
        }

        if (year is int y)
        {
            query = query.Where(e => e.Year == y);
        }

        return await query.OrderByDescending(e => e.Year).ThenBy(e => e.Title).ThenBy(e => e.Id)
            .Select(e => new PublishedSummary(e.Id, e.Unit!.Name, e.Year, e.Kind, e.Title, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.PublishedAt ?? e.UpdatedAt))
            .Take(take).ToListAsync(ct);
    }

    public async Task<PublishedReport?> GetAsync(int id, CancellationToken ct = default)
    {
        var record = await db.Evaluations.AsNoTracking().Where(e => e.Id == id && e.State == ReviewState.Published)
            .Select(e => new { Summary = new PublishedSummary(e.Id, e.Unit!.Name, e.Year, e.Kind, e.Title, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.PublishedAt ?? e.UpdatedAt), e.ApprovedContentSha256, e.Content })
            .FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return null;
        }

        var documents = await db.PublishedDocuments.AsNoTracking().Where(d => d.EvaluationId == id).OrderBy(d => d.Format)
            .Select(d => new PublishedFile(d.Format, d.FileName, d.Sha256)).ToListAsync(ct);
        var content = EvaluationJson.Read(record.Content, $"evaluations/{id}");
        var narrative = content.IsSuccess ? content.Value.Narrative : null;
        return new PublishedReport(record.Summary, record.ApprovedContentSha256, documents, narrative?.Problems, narrative?.Measures);
    }
}
