using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Goals;
using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration.Goals;

/// <summary>The application without the demo district: an empty library for tests that count.</summary>
public sealed class UnseededSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jixiao:Seed", "false");
    }
}

public sealed class UnseededPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jixiao:Seed", "false");
    }
}

/// <summary>The indicator library on each database: the starter library from the corpus, bigram search with BM25, filters, history.</summary>
public abstract class LibraryTests(JixiaoApp app)
{
    private static IReadOnlyList<(string, ImportResult)> Corpus() =>
        [.. Directory.GetFiles(Repo.Path("testdata", "corpus"), "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), PublishedImporter.ImportFile(f)))];

    private Task<T> WithLibraryAsync<T>(Func<LibraryService, JixiaoDbContext, Task<T>> work) =>
        app.WithServicesAsync(sp => work(sp.GetRequiredService<LibraryService>(), sp.GetRequiredService<JixiaoDbContext>()));

    private async Task EnsureCorpusAsync()
    {
        if (await app.WithDbAsync(db => db.LibraryEntries.AnyAsync(e => e.SourceKind == LibraryService.FromDocument)))
        {
            return;
        }

        await WithLibraryAsync((l, _) => l.ImportDocumentsAsync(Corpus(), "test"));
    }

    [Fact]
    public async Task ImportDocuments_CorpusTwice_EveryEntryCitesFileAndLineAndNothingTwice()
    {
        await EnsureCorpusAsync();

        var again = await WithLibraryAsync((l, _) => l.ImportDocumentsAsync(Corpus(), "test"));
        var entries = await app.WithDbAsync(db => db.LibraryEntries.Where(e => e.SourceKind == LibraryService.FromDocument).ToListAsync());

        Assert.Equal(0, again.Created);
        Assert.Equal(again.Rows, again.Merged);
        Assert.True(entries.Count >= 20, $"{entries.Count} entries");
        Assert.All(entries, e =>
        {
            var citation = Assert.Single(LibraryService.Citations(e));
            Assert.EndsWith(".txt", citation.Document, StringComparison.Ordinal);
            Assert.NotNull(citation.Line);
        });
        var cost = entries.Single(e => e.Name == "项目总成本");
        Assert.Equal(IndicatorOperator.AtMost, cost.Operator);
        Assert.Equal(17, LibraryService.Citations(cost)[0].Line);
        Assert.True(await app.WithDbAsync(db => db.LibraryGrams.CountAsync()) > 100);
    }

    [Fact]
    public async Task Search_Satisfaction_SatisfactionIndicatorFirstWithDatabaseAndPublishedHistory()
    {
        await EnsureCorpusAsync();
        await AddApprovedUseAsync("服务对象满意度", "满意度指标", "服务对象满意度指标", 92m, 95m);

        var hits = await WithLibraryAsync((l, _) => l.SearchAsync(new LibraryQuery("满意度")));

        var first = hits[0];
        Assert.Equal("服务对象满意度", first.Entry.Name);
        Assert.Contains("满意", first.Matched);
        Assert.Contains(first.History, h => h.Year == 2025 && h.Target == 92m && h.Actual == 95m && h.Unit == "测试单位");
        Assert.Contains(first.History, h => h.Year == 2022 && h.Unit == "天长市水利局" && h.TargetText == "90%" && h.ActualText == "100%");
        Assert.All(hits, h => Assert.Contains("满意", h.Entry.Name + h.Entry.Explanation + h.Entry.Level2, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ClassFilterAndLevel_OnlyMatchingEntries()
    {
        await EnsureCorpusAsync();
        await WithLibraryAsync(async (l, _) =>
        {
            await l.UpsertAsync(Entry("干部教育培训班次", "产出指标", "数量指标", "一般公共服务支出", "组织事务"), new LibraryCitation("测试", null, null, 2025, null, "≥20期", null), default);
            await l.UpsertAsync(Entry("农村实用技术培训人次", "产出指标", "数量指标", "农林水支出", "农业农村"), new LibraryCitation("测试", null, null, 2025, null, "≥500人次", null), default);
            return 0;
        });

        var all = await WithLibraryAsync((l, _) => l.SearchAsync(new LibraryQuery("培训")));
        var organisation = await WithLibraryAsync((l, _) => l.SearchAsync(new LibraryQuery("培训", "一般公共服务支出", "组织事务")));
        var byClassOnly = await WithLibraryAsync((l, _) => l.SearchAsync(new LibraryQuery(null, "农林水支出")));
        var outcomes = await WithLibraryAsync((l, _) => l.SearchAsync(new LibraryQuery("培训", Level1: "效益")));

        Assert.Contains(all, h => h.Entry.Name == "农村实用技术培训人次");
        Assert.Contains(all, h => h.Entry.Name == "干部教育培训班次");
        Assert.Equal("干部教育培训班次", Assert.Single(organisation).Entry.Name);
        Assert.All(byClassOnly, h => Assert.Equal("农林水支出", h.Entry.FunctionClass));
        Assert.DoesNotContain(outcomes, h => h.Entry.Level1 == "产出指标");
        Assert.Equal((null, null), LibraryQuery.ParseClass(" "));
        Assert.Equal(("一般公共服务支出", "组织事务"), LibraryQuery.ParseClass("一般公共服务支出/组织事务"));
    }

    [Fact]
    public async Task Search_NoMatchingGram_Empty()
    {
        await EnsureCorpusAsync();

        Assert.Empty(await WithLibraryAsync((l, _) => l.SearchAsync(new LibraryQuery("鲸鱼潜艇"))));
    }

    private static LibraryEntry Entry(string name, string level1, string level2, string cls, string section) => new()
    {
        Name = name, NameKey = GoalChecks.Normalize(name), Level1 = level1, Level2 = level2, FunctionClass = cls, FunctionSection = section,
        SourceKind = LibraryService.FromApprovedGoal, CreatedBy = "test",
    };

    /// <summary>An approved goal declaration of a test unit with one history row (target and actual).</summary>
    private Task<int> AddApprovedUseAsync(string name, string level1, string level2, decimal target, decimal actual) => app.WithDbAsync(async db =>
    {
        var bureau = await db.Bureaus.FirstOrDefaultAsync() ?? db.Bureaus.Add(new Bureau { Name = "测试财政局" }).Entity;
        await db.SaveChangesAsync();
        var unit = db.Units.Add(new Unit { Name = "测试单位", BureauId = bureau.Id }).Entity;
        await db.SaveChangesAsync();
        var record = db.GoalDeclarations.Add(new GoalDeclarationRecord
        {
            BureauId = bureau.Id, Year = 2025, UnitId = unit.Id, Kind = EvaluationKind.Department, Title = "测试单位", FrameworkId = "gz-district-dept-2022",
            State = GoalState.Approved, Content = "{}", Version = 1,
        }).Entity;
        await db.SaveChangesAsync();
        db.IndicatorHistory.Add(new IndicatorHistoryRow
        {
            BureauId = bureau.Id, Year = 2025, UnitId = unit.Id, UnitName = unit.Name, DeclarationId = record.Id, Revision = 1, Path = "annual.indicators[0]",
            NameKey = GoalChecks.Normalize(name), Level1 = level1, Level2 = level2, Name = name, Operator = IndicatorOperator.AtLeast, Target = target, Unit = "%", Actual = actual,
        });
        return await db.SaveChangesAsync();
    });
}

public sealed class LibraryTests_Sqlite(UnseededSqliteApp app) : LibraryTests(app), IClassFixture<UnseededSqliteApp>;

public sealed class LibraryTests_Postgres(UnseededPostgresApp app) : LibraryTests(app), IClassFixture<UnseededPostgresApp>;
