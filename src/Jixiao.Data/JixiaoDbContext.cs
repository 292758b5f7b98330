using Jixiao.Data.AuditTrail;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The database: Identity tables, bureaus and units, evaluations, evidence, published documents,
/// frameworks, the append-only audit log (hash-chained on every save that adds to it) and the data-protection keys that
/// sign logins (encrypted at rest, see the web host). Each provider has its own subclass and migrations
/// (<see cref="SqliteJixiaoDbContext"/>, <see cref="PostgresJixiaoDbContext"/>).
/// </summary>
public abstract partial class JixiaoDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The rows of the review queue (已提交, 复核中, 再次提交) as SQL that both providers accept: the filter of the queue's
    /// partial index. It must name the same states as <see cref="Services.EvaluationService.ReviewQueueQuery"/>, or the
    /// database cannot use the index for the queue.
    /// </summary>
    internal const string ReviewQueueFilter = "\"State\" IN ('Submitted', 'InReview', 'Resubmitted')";

    public DbSet<Bureau> Bureaus => Set<Bureau>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<EvaluationRecord> Evaluations => Set<EvaluationRecord>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<PublishedDocument> PublishedDocuments => Set<PublishedDocument>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<FrameworkDocument> FrameworkDocuments => Set<FrameworkDocument>();

    public DbSet<FrameworkActivation> FrameworkActivations => Set<FrameworkActivation>();

    public DbSet<RectificationRecord> Rectifications => Set<RectificationRecord>();

    public DbSet<RectificationFeedback> RectificationFeedback => Set<RectificationFeedback>();

    public DbSet<RectificationEvidence> RectificationEvidence => Set<RectificationEvidence>();

    public DbSet<ResultDecision> ResultDecisions => Set<ResultDecision>();

    /// <summary>ASP.NET Core data-protection keys (the XML of each key, encrypted by the host's key-encryption key).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<RecheckSample> RecheckSamples => Set<RecheckSample>();

    public DbSet<RecheckSampleItem> RecheckSampleItems => Set<RecheckSampleItem>();

    public DbSet<RecheckRow> RecheckRows => Set<RecheckRow>();

    public DbSet<RecheckReasonRecord> RecheckReasons => Set<RecheckReasonRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        if (!ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added))
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Saves; new audit rows are first chained to the last one (<see cref="AuditChain.SealAsync"/>) inside a transaction
    /// that holds the chain's lock until commit, so that concurrent writers append one after the other.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        var added = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await AuditChain.SealAsync(this, added, cancellationToken);
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Bureau>(b =>
        {
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Region).HasMaxLength(200);
        });
        builder.Entity<Unit>(u =>
        {
            u.Property(x => x.Name).HasMaxLength(200);
            u.Property(x => x.Code).HasMaxLength(64);
            u.HasOne(x => x.Bureau).WithMany(x => x.Units).HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
            u.HasIndex(x => x.BureauId);
        });
        builder.Entity<AppUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            u.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            u.HasOne(x => x.Bureau).WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<EvaluationRecord>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.FrameworkId).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.SelfTotal).HasPrecision(9, 2);
            e.Property(x => x.ReviewTotal).HasPrecision(9, 2);
            e.Property(x => x.ExecutionRate).HasPrecision(9, 2);
            e.Property(x => x.SelfGrade).HasMaxLength(10);
            e.Property(x => x.ReviewGrade).HasMaxLength(10);
            e.Property(x => x.ApprovedContentSha256).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.Property(x => x.DepartmentComment).HasMaxLength(4000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.CorrectionReason).HasMaxLength(2000);
            e.HasOne<EvaluationRecord>().WithOne().HasForeignKey<EvaluationRecord>(x => x.SupersedesId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.UnitId, x.Year });
            e.HasIndex(x => new { x.State, x.MaxSeverity });
            e.HasIndex(x => x.Year);

            // The review queue's order (most severe first) and the lists' order (newest year, then title, then id so that
            // pages are stable): with these the database reads the first rows of an index instead of sorting every row in
            // scope on each request. The queue's index holds only the states the queue shows (a partial index), so its
            // first rows are the queue's first rows.
            e.HasIndex(x => new { x.MaxSeverity, x.FindingCount, x.Id }, "IX_Evaluations_ReviewQueue").IsDescending(true, true, false)
                .HasFilter(ReviewQueueFilter);
            e.HasIndex(x => new { x.Year, x.Title, x.Id }).IsDescending(true, false, false);
        });
        builder.Entity<EvidenceFile>(f =>
        {
            f.Property(x => x.FileName).HasMaxLength(260);
            f.Property(x => x.ContentType).HasMaxLength(100);
            f.Property(x => x.Sha256).HasMaxLength(64);
            f.Property(x => x.UploadedBy).HasMaxLength(256);
            f.HasOne<EvaluationRecord>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<PublishedDocument>(d =>
        {
            d.Property(x => x.Format).HasMaxLength(10);
            d.Property(x => x.FileName).HasMaxLength(260);
            d.Property(x => x.Sha256).HasMaxLength(64);
            d.HasOne<EvaluationRecord>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
            d.HasIndex(x => new { x.EvaluationId, x.Format }).IsUnique();
        });
        builder.Entity<AuditEntry>(a =>
        {
            a.Property(x => x.Actor).HasMaxLength(256);
            a.Property(x => x.Action).HasMaxLength(64);
            a.Property(x => x.EntityType).HasMaxLength(64);
            a.Property(x => x.EntityId).HasMaxLength(64);
            a.Property(x => x.PreviousHash).HasMaxLength(64);
            a.Property(x => x.Hash).HasMaxLength(64);
            a.HasIndex(x => new { x.EntityType, x.EntityId });
            a.HasIndex(x => x.Sequence).IsUnique();
        });
        builder.Entity<FrameworkDocument>(f =>
        {
            f.Property(x => x.FrameworkId).HasMaxLength(100);
            f.Property(x => x.Name).HasMaxLength(200);
            f.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            f.Property(x => x.UploadedBy).HasMaxLength(256);
            f.HasIndex(x => x.FrameworkId).IsUnique();
        });
        builder.Entity<FrameworkActivation>(f =>
        {
            f.Property(x => x.FrameworkId).HasMaxLength(100);
            f.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            f.Property(x => x.ActivatedBy).HasMaxLength(256);
            f.HasIndex(x => new { x.BureauId, x.Year, x.Kind }).IsUnique();
        });
        LoopModel.Configure(builder);
        ConfigureGoals(builder);
        ConfigureMonitoring(builder);
    }

    private void GuardAuditLog()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("审计日志只能追加，不能修改或删除。");
            }
        }
    }
}

/// <summary>SQLite (the embedded default); migrations under Migrations/Sqlite.</summary>
public sealed class SqliteJixiaoDbContext(DbContextOptions<SqliteJixiaoDbContext> options) : JixiaoDbContext(options);

/// <summary>PostgreSQL through Npgsql; migrations under Migrations/Postgres.</summary>
public sealed class PostgresJixiaoDbContext(DbContextOptions<PostgresJixiaoDbContext> options) : JixiaoDbContext(options);
