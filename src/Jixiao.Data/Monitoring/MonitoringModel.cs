using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// Mid-year monitoring (issue 13): rounds, tasks and follow-up decisions. Every table carries the bureau and the fiscal year
/// and leads its indexes with them (DOMAIN §13); the task queue's index follows the queue's order (worst light first).
/// </summary>
public abstract partial class JixiaoDbContext
{
    public DbSet<MonitoringRoundRecord> MonitoringRounds => Set<MonitoringRoundRecord>();

    public DbSet<MonitoringTaskRecord> MonitoringTasks => Set<MonitoringTaskRecord>();

    public DbSet<MonitoringFollowUpRecord> MonitoringFollowUps => Set<MonitoringFollowUpRecord>();

    private static void ConfigureMonitoring(ModelBuilder builder)
    {
        builder.Entity<MonitoringRoundRecord>(r =>
        {
            r.Property(x => x.Name).HasMaxLength(200);
            r.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.MinimumAmount).HasPrecision(18, 2);
            r.Property(x => x.KeyProjects).HasMaxLength(8000);
            r.Property(x => x.SettingsId).HasMaxLength(100);
            r.Property(x => x.CreatedBy).HasMaxLength(256);
            r.HasOne<Bureau>().WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
            r.HasIndex(x => new { x.BureauId, x.Year, x.AsOf });
        });
        builder.Entity<MonitoringTaskRecord>(t =>
        {
            t.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.UnitName).HasMaxLength(200);
            t.Property(x => x.Title).HasMaxLength(300);
            t.Property(x => x.ProjectCode).HasMaxLength(100);
            t.Property(x => x.FunctionClass).HasMaxLength(100);
            t.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.OverallLight).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.BudgetLight).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.BudgetPercent).HasPrecision(18, 2);
            t.Property(x => x.ExecutionRate).HasPrecision(18, 2);
            t.Property(x => x.BudgetTotal).HasPrecision(18, 2);
            t.Property(x => x.SpentTotal).HasPrecision(18, 2);
            t.Property(x => x.WorstIndicator).HasMaxLength(300);
            t.Property(x => x.WorstPercent).HasPrecision(18, 2);
            t.Property(x => x.ReturnComment).HasMaxLength(4000);
            t.Property(x => x.FollowUp).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.UpdatedBy).HasMaxLength(256);
            t.Property(x => x.Version).IsConcurrencyToken();
            t.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            t.HasOne<Bureau>().WithMany().HasForeignKey(x => x.BureauId).OnDelete(DeleteBehavior.Restrict);
            t.HasOne<MonitoringRoundRecord>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
            t.HasOne<GoalDeclarationRecord>().WithMany().HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Restrict);

            // The queue (worst light first, most red indicators next) and its filter by light share one index; the worst
            // indicators of the dashboard read theirs; a unit's tasks and the year end's look-up go by unit and year.
            t.HasIndex(x => new { x.BureauId, x.Year, x.RoundId, x.OverallRank, x.RedCount, x.Id }, "IX_MonitoringTasks_Queue")
                .IsDescending(false, false, false, true, true, false);
            t.HasIndex(x => new { x.BureauId, x.Year, x.RoundId, x.WorstOrder }, "IX_MonitoringTasks_Worst");
            t.HasIndex(x => new { x.BureauId, x.Year, x.RoundId, x.DeclarationId }).IsUnique();
            t.HasIndex(x => new { x.BureauId, x.Year, x.UnitId, x.State });
        });
        builder.Entity<MonitoringFollowUpRecord>(f =>
        {
            f.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            f.Property(x => x.Reason).HasMaxLength(4000);
            f.Property(x => x.DecidedBy).HasMaxLength(256);
            f.HasOne<MonitoringTaskRecord>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            f.HasIndex(x => new { x.BureauId, x.Year, x.TaskId });
        });
    }
}
