using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration;

/// <summary>Two people saving the same evaluation; an import that crashes half-way.</summary>
public abstract class ConcurrencyTests(JixiaoApp app)
{
    [Fact]
    public async Task Save_TwoSavesFromSameVersion_SecondGetsConflictWithBothVersionsAndNothingLost()
    {
        var alice = await app.LoginAsync("zzb.tb");
        var bob = await app.LoginAsync("zzb.sh");
        var id = await alice.CreateDraftAsync();
        var start = await alice.GetEvaluationAsync(id);

        var first = await alice.SaveEvaluationAsync(id, start.Summary.Version, start.Evaluation with { Narrative = new Narrative { Problems = "甲的修改" } });
        var second = await bob.SaveEvaluationAsync(id, start.Summary.Version, start.Evaluation with { Narrative = new Narrative { Problems = "乙的修改" } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Contains("保存冲突", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("甲的修改", problem.RootElement.GetProperty("theirs").GetProperty("narrative").GetProperty("problems").GetString());
        Assert.Equal("乙的修改", problem.RootElement.GetProperty("yours").GetProperty("narrative").GetProperty("problems").GetString());
        var stored = await alice.GetEvaluationAsync(id);
        Assert.Equal("甲的修改", stored.Evaluation.Narrative.Problems);
        var kept = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Action == "evaluation.conflict" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.After).SingleAsync());
        Assert.Contains("乙的修改", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ParallelSavesThroughService_ExactlyOneWins()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateDraftAsync();
        var start = await preparer.GetEvaluationAsync(id);
        var actor = await app.WithDbAsync(async db => Actor.From(await db.Users.SingleAsync(u => u.UserName == "zzb.tb")));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => app.WithServicesAsync(sp =>
            sp.GetRequiredService<EvaluationService>().SaveAsync(actor, id, start.Summary.Version, start.Evaluation with { OverallGoal = "并发 " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }))));

        Assert.Equal(1, results.Count(r => r.Status == OutcomeStatus.Ok));
        Assert.Equal(5, results.Count(r => r.Status == OutcomeStatus.Conflict));
        var conflicts = await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "evaluation.conflict" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(5, conflicts);
    }

    [Fact]
    public async Task EditPage_StaleVersion_ShowsConflictWithBothVersions()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateDraftAsync();
        var start = await preparer.GetEvaluationAsync(id);
        await preparer.SaveEvaluationAsync(id, start.Summary.Version, start.Evaluation with { OverallGoal = "对方先保存的目标" });

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = start.Summary.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["overallGoal"] = "我的目标",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("保存冲突", html, StringComparison.Ordinal);
        Assert.Contains("对方先保存的目标", html, StringComparison.Ordinal);
        Assert.Contains("我的目标", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CrashAfterSecondRow_LeavesNoRows()
    {
        var before = await app.WithDbAsync(db => db.Evaluations.CountAsync());
        var auditBefore = await app.WithDbAsync(db => db.AuditLog.CountAsync());
        var unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "区教育局").Select(u => u.Id).SingleAsync());
        var rows = Enumerable.Range(0, 5).Select(i => (unitId, new Evaluation { Unit = "区教育局", Year = 2019 + i, Kind = EvaluationKind.Department, FrameworkId = "gz-district-dept-2022" })).ToList();

        var crash = await Assert.ThrowsAsync<IOException>(() => app.WithServicesAsync(sp =>
            sp.GetRequiredService<EvaluationService>().ImportAsync(Actor.System, rows, i =>
            {
                if (i == 1)
                {
                    throw new IOException("模拟导入中途崩溃");
                }
            })));

        Assert.Equal("模拟导入中途崩溃", crash.Message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Evaluations.CountAsync()));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task Import_AllRowsFine_CommitsEveryRow()
    {
        var unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "区教育局").Select(u => u.Id).SingleAsync());
        var rows = Enumerable.Range(0, 3).Select(i => (unitId, new Evaluation { Unit = "区教育局", Year = 2010 + i, Kind = EvaluationKind.Department, FrameworkId = "gz-district-dept-2022" })).ToList();

        var result = await app.WithServicesAsync(sp => sp.GetRequiredService<EvaluationService>().ImportAsync(Actor.System, rows));

        Assert.Equal(OutcomeStatus.Ok, result.Status);
        Assert.Equal(3, await app.WithDbAsync(db => db.Evaluations.CountAsync(e => e.Year >= 2010 && e.Year <= 2012)));
    }

    [Fact]
    public async Task AuditLog_ExistingEntry_CannotBeChangedOrDeleted()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditLog.FirstAsync();
            entry.Action = "tampered";
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("只能追加", error.Message, StringComparison.Ordinal);
    }
}

public sealed class ConcurrencyTests_Sqlite(SqliteApp app) : ConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class ConcurrencyTests_Postgres(PostgresApp app) : ConcurrencyTests(app), IClassFixture<PostgresApp>;
