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
public sealed record PublishedReport(PublishedSummary Summary, string? ApprovedContentSha256, IReadOnlyList<PublishedFile> Documents, string? Problems, string? Measures)
{
    /// <summary>第 N 版 of this report (1 unless it is a correction).</summary>
    public int Revision { get; init; } = 1;

    /// <summary>更正原因, for a correction.</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>When its correction was published (已被更正), or null for the current version.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    /// <summary>Every published version of the chain, oldest first, this one included (one entry when never corrected).</summary>
    public IReadOnlyList<PublishedVersion> Versions { get; init; } = [];

    /// <summary>The current (newest published) version of the chain.</summary>
    public PublishedVersion? Current => Versions.Count == 0 ? null : Versions[^1];
}

/// <summary>One published version of a report: 第 N 版, its publication date, 更正原因, and whether it was corrected since.</summary>
public sealed record PublishedVersion(int Id, int Revision, DateTimeOffset PublishedAt, string? CorrectionReason, bool Superseded);

/// <summary>
/// What is published, for everyone (anonymous visitors and users of any unit alike). The only way to see another unit's
/// evaluation: <see cref="Access.CanRead"/> gives the whole record to its own unit, its bureau and admins only.
/// </summary>
public sealed class PublicReportService(JixiaoDbContext db)
{
    /// <summary>Published reports, searchable by unit or title and year; newest year first.</summary>
    public async Task<IReadOnlyList<PublishedSummary>> ListAsync(string? search, int? year, int take = 200, CancellationToken ct = default)
    {
        // A corrected report is listed by its current version; the versions before it stay readable from its page.
        var query = db.Evaluations.AsNoTracking().Where(e => e.State == ReviewState.Published && e.SupersededAt == null);
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
            .Select(e => new { Summary = new PublishedSummary(e.Id, e.Unit!.Name, e.Year, e.Kind, e.Title, e.SelfTotal, e.SelfGrade, e.ReviewTotal, e.ReviewGrade, e.ExecutionRate, e.PublishedAt ?? e.UpdatedAt), e.ApprovedContentSha256, e.Content, e.Revision, e.CorrectionReason, e.SupersededAt, e.SupersedesId })
            .FirstOrDefaultAsync(ct);
        if (record is null)
        {
            return null;
        }

        var documents = await db.PublishedDocuments.AsNoTracking().Where(d => d.EvaluationId == id).OrderBy(d => d.Format)
            .Select(d => new PublishedFile(d.Format, d.FileName, d.Sha256)).ToListAsync(ct);
        var content = EvaluationJson.Read(record.Content, $"evaluations/{id}");
        var narrative = content.IsSuccess ? content.Value.Narrative : null;
        return new PublishedReport(record.Summary, record.ApprovedContentSha256, documents, narrative?.Problems, narrative?.Measures)
        {
            Revision = record.Revision,
            CorrectionReason = record.CorrectionReason,
            SupersededAt = record.SupersededAt,
            Versions = await VersionsAsync(id, record.SupersedesId, ct),
        };
    }

    /// <summary>
    /// The published versions of the chain an evaluation belongs to, oldest first: back along SupersedesId, then forward to
    /// the corrections of it. A correction not yet published is not shown (it is still the unit's draft).
    /// </summary>
    private async Task<IReadOnlyList<PublishedVersion>> VersionsAsync(int id, int? supersedesId, CancellationToken ct)
    {
        var chain = new List<PublishedVersion>();
        var seen = new HashSet<int>();
        var back = supersedesId;
        while (back is int b && seen.Add(b))
        {
            var v = await db.Evaluations.AsNoTracking().Where(e => e.Id == b)
                .Select(e => new { e.Id, e.Revision, e.PublishedAt, e.UpdatedAt, e.CorrectionReason, e.SupersededAt, e.SupersedesId, e.State }).FirstOrDefaultAsync(ct);
            if (v is null)
            {
                break;
            }

            if (v.State == ReviewState.Published)
            {
                chain.Insert(0, new PublishedVersion(v.Id, v.Revision, v.PublishedAt ?? v.UpdatedAt, v.CorrectionReason, v.SupersededAt is not null));
            }

            back = v.SupersedesId;
        }

        int? forward = id;
        seen.Add(id);
        while (forward is int f)
        {
            var v = await db.Evaluations.AsNoTracking().Where(e => e.Id == f || e.SupersedesId == f).OrderBy(e => e.Id == f ? 0 : 1)
                .Select(e => new { e.Id, e.Revision, e.PublishedAt, e.UpdatedAt, e.CorrectionReason, e.SupersededAt, e.State }).ToListAsync(ct);
            var self = v.FirstOrDefault(x => x.Id == f);
            if (self is null || self.State != ReviewState.Published)
            {
                break;
            }

            chain.Add(new PublishedVersion(self.Id, self.Revision, self.PublishedAt ?? self.UpdatedAt, self.CorrectionReason, self.SupersededAt is not null));
            var next = v.FirstOrDefault(x => x.Id != f);
            forward = next is not null && seen.Add(next.Id) ? next.Id : null;
        }

        return chain;
    }
}
