using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The tables of the cycle after the review (issue 14: rectification, re-check, use of results, publication), configured
/// here so that <see cref="JixiaoDbContext"/> only calls <see cref="Configure"/>. Every per-bureau table leads its indexes
/// with the bureau and the fiscal year (DOMAIN §13).
/// </summary>
internal static class LoopModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<RectificationRecord>(r =>
        {
            r.ToTable("Rectifications");
            r.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.SourceRef).HasMaxLength(200);
            r.Property(x => x.IndicatorCode).HasMaxLength(64);
            r.Property(x => x.IndicatorName).HasMaxLength(300);
            r.Property(x => x.Problem).HasMaxLength(4000);
            r.Property(x => x.RequiredMeasure).HasMaxLength(4000);
            r.Property(x => x.Owner).HasMaxLength(100);
            r.Property(x => x.Verification).HasMaxLength(4000);
            r.Property(x => x.ResultUse).HasMaxLength(4000);
            r.Property(x => x.CreatedBy).HasMaxLength(256);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<Bureau>().WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
            r.HasOne<EvaluationRecord>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.BureauId, x.Year, x.State });
            r.HasIndex(x => new { x.BureauId, x.State, x.Deadline });
            r.HasIndex(x => new { x.UnitId, x.Year });
            r.HasIndex(x => new { x.EvaluationId, x.SourceRef });
        });
        builder.Entity<RectificationFeedback>(f =>
        {
            f.ToTable("RectificationFeedback");
            f.Property(x => x.Measure).HasMaxLength(4000);
            f.Property(x => x.FiledBy).HasMaxLength(256);
            f.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
            f.Property(x => x.DecisionNote).HasMaxLength(4000);
            f.Property(x => x.DecidedBy).HasMaxLength(256);
            f.HasOne<RectificationRecord>().WithMany().HasForeignKey(x => x.RectificationId).OnDelete(DeleteBehavior.Cascade);
            f.HasIndex(x => new { x.BureauId, x.Year, x.RectificationId, x.Round }).IsUnique();
        });
        builder.Entity<RectificationEvidence>(e =>
        {
            e.ToTable("RectificationEvidence");
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasOne<RectificationRecord>().WithMany().HasForeignKey(x => x.RectificationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.BureauId, x.Year, x.RectificationId });
        });
        builder.Entity<ResultDecision>(d =>
        {
            d.ToTable("ResultDecisions");
            d.Property(x => x.TableId).HasMaxLength(100);
            d.Property(x => x.Grade).HasMaxLength(10);
            d.Property(x => x.Action).HasMaxLength(100);
            d.Property(x => x.Percent).HasPrecision(9, 2);
            d.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.BaseAmount).HasPrecision(18, 2);
            d.Property(x => x.SuggestedChange).HasPrecision(18, 2);
            d.Property(x => x.DecidedChange).HasPrecision(18, 2);
            d.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
            d.Property(x => x.Reason).HasMaxLength(2000);
            d.Property(x => x.DecidedBy).HasMaxLength(256);
            d.Property(x => x.Version).IsConcurrencyToken();
            d.HasOne<Bureau>().WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
            d.HasOne<EvaluationRecord>().WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Restrict);
            d.HasIndex(x => new { x.BureauId, x.Year, x.EvaluationId }).IsUnique();
        });
    }
}
