using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Goal declarations, their review, the indicator library and the indicators' history. Per-bureau tables carry the
/// bureau and the year in their indexes (DOMAIN §13); the library and its n-gram index are shared data.
/// </summary>
public abstract partial class JixiaoDbContext
{
    public DbSet<GoalDeclarationRecord> GoalDeclarations => Set<GoalDeclarationRecord>();

    public DbSet<GoalReviewOpinion> GoalReviewOpinions => Set<GoalReviewOpinion>();

    public DbSet<GoalChecklistDocument> GoalChecklists => Set<GoalChecklistDocument>();

    public DbSet<LibraryEntry> LibraryEntries => Set<LibraryEntry>();

    public DbSet<LibraryGram> LibraryGrams => Set<LibraryGram>();

    public DbSet<IndicatorHistoryRow> IndicatorHistory => Set<IndicatorHistoryRow>();

    private static void ConfigureGoals(ModelBuilder builder)
    {
        builder.Entity<GoalDeclarationRecord>(g =>
        {
            g.Property(x => x.Title).HasMaxLength(300);
            g.Property(x => x.FrameworkId).HasMaxLength(100);
            g.Property(x => x.ChecklistId).HasMaxLength(100);
            g.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            g.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            g.Property(x => x.Conclusion).HasMaxLength(50);
            g.Property(x => x.ApprovedContentSha256).HasMaxLength(64);
            g.Property(x => x.ApprovedBy).HasMaxLength(256);
            g.Property(x => x.UpdatedBy).HasMaxLength(256);
            g.Property(x => x.Version).IsConcurrencyToken();
            g.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            g.HasOne<Bureau>().WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
            g.HasIndex(x => new { x.BureauId, x.Year, x.State, x.MaxSeverity });
            g.HasIndex(x => new { x.BureauId, x.Year, x.UnitId });
        });
        builder.Entity<GoalReviewOpinion>(o =>
        {
            o.Property(x => x.ItemCode).HasMaxLength(64);
            o.Property(x => x.Rating).HasMaxLength(50);
            o.Property(x => x.Reviewer).HasMaxLength(256);
            o.HasOne<GoalDeclarationRecord>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Cascade);
            o.HasIndex(x => new { x.BureauId, x.Year, x.DeclarationId, x.Cycle, x.Round });
        });
        builder.Entity<GoalChecklistDocument>(c =>
        {
            c.Property(x => x.UploadedBy).HasMaxLength(256);
            c.HasIndex(x => new { x.BureauId, x.Year }).IsUnique();
        });
        builder.Entity<LibraryEntry>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.NameKey).HasMaxLength(300);
            e.Property(x => x.Level1).HasMaxLength(50);
            e.Property(x => x.Level2).HasMaxLength(50);
            e.Property(x => x.FunctionClass).HasMaxLength(100);
            e.Property(x => x.FunctionSection).HasMaxLength(100);
            e.Property(x => x.FundUse).HasMaxLength(100);
            e.Property(x => x.ValueType).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Operator).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Unit).HasMaxLength(30);
            e.Property(x => x.SourceKind).HasMaxLength(20);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.FunctionClass, x.FunctionSection });
            e.HasIndex(x => new { x.NameKey, x.Level1 });
        });
        builder.Entity<LibraryGram>(g =>
        {
            g.Property(x => x.Gram).HasMaxLength(4);
            g.HasKey(x => new { x.Gram, x.EntryId });
            g.HasOne<LibraryEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
            g.HasIndex(x => x.EntryId);
        });
        builder.Entity<IndicatorHistoryRow>(h =>
        {
            h.Property(x => x.UnitName).HasMaxLength(200);
            h.Property(x => x.Path).HasMaxLength(64);
            h.Property(x => x.NameKey).HasMaxLength(300);
            h.Property(x => x.Level1).HasMaxLength(50);
            h.Property(x => x.Level2).HasMaxLength(50);
            h.Property(x => x.Name).HasMaxLength(300);
            h.Property(x => x.Operator).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.Target).HasPrecision(18, 4);
            h.Property(x => x.Actual).HasPrecision(18, 4);
            h.Property(x => x.TargetText).HasMaxLength(200);
            h.Property(x => x.ActualText).HasMaxLength(200);
            h.Property(x => x.Unit).HasMaxLength(30);
            h.HasOne<GoalDeclarationRecord>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Cascade);
            h.HasIndex(x => new { x.BureauId, x.Year, x.UnitId });
            h.HasIndex(x => new { x.NameKey, x.BureauId, x.Year });
        });
    }
}
