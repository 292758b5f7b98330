using System.Net;
using Jixiao.Domain.Evaluations;
using Jixiao.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Loop;

/// <summary>公开核验 and 跨年度比较 on each database.</summary>
public abstract class HistoryAndPublicationTests(JixiaoApp app)
{
    [Fact]
    public async Task PublicationCheck_PublishedReport_HashesMatchDeadlineShownTamperDetectedEditRefused()
    {
        var id = await app.EvaluationOfAsync("区委组织部");
        var anonymous = app.Anonymous();

        var check = await anonymous.GetJsonAsync($"/api/public/evaluations/{id}/publication-check");
        Assert.True(check.GetProperty("allMatch").GetBoolean());
        Assert.Equal("2023-09-30", check.GetProperty("deadline").GetString());
        Assert.Contains("时限 2023-09-30", check.GetProperty("timeliness").GetString(), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await anonymous.GetHtmlAsync($"/public/{id}"));
        Assert.Contains("公开文件与财政局通过时备案的文件一致", page, StringComparison.Ordinal);
        Assert.Contains($"/public/units/", page, StringComparison.Ordinal);

        // A published report cannot be edited: the API refuses, the content and its hash stay.
        var preparer = await app.LoginAsync("zzb.tb");
        var current = await preparer.GetEvaluationAsync(id);
        var edit = await preparer.SaveEvaluationAsync(id, current.Summary.Version, current.Evaluation with { Narrative = current.Evaluation.Narrative with { Problems = "改写" } });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);

        // A copy altered behind the application's back is detected.
        await app.WithDbAsync(async db =>
        {
            var doc = await db.PublishedDocuments.FirstAsync(d => d.EvaluationId == id && d.Format == "xlsx");
            doc.Content = [.. doc.Content, 0];
            return await db.SaveChangesAsync();
        });
        var tampered = await anonymous.GetJsonAsync($"/api/public/evaluations/{id}/publication-check");
        Assert.False(tampered.GetProperty("allMatch").GetBoolean());
        Assert.Contains(tampered.GetProperty("files").EnumerateArray(), f => f.GetProperty("format").GetString() == "xlsx" && !f.GetProperty("matches").GetBoolean());
    }

    [Fact]
    public async Task History_TwoYearsOfAUnit_TableCsvAndDeclineForBureau()
    {
        // Two scorable years of 区司法局, made from the synthetic demo evaluation of 区教育局; the second spends far less.
        var admin = await app.LoginAsync("admin");
        var template = (await admin.GetEvaluationAsync(await app.EvaluationOfAsync("区教育局"))).Evaluation;
        var preparer = await app.LoginAsync("sfj.tb");
        var first = await CreateAsync(preparer, template with { Year = 2024 });
        var second = await CreateAsync(preparer, template with { Year = 2025, Budget = template.Budget with { Executed = 3000m } });
        await preparer.SubmitThroughDepartmentAsync(first);
        await preparer.SubmitThroughDepartmentAsync(second);
        var unitId = (await preparer.GetEvaluationAsync(first)).Summary.UnitId;
        var scores = await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == first || e.Id == second).OrderBy(e => e.Year).Select(e => e.SelfTotal).ToListAsync());
        Assert.True(scores[0] is not null && scores[1] < scores[0], $"{scores[0]} → {scores[1]}");

        var html = await preparer.GetHtmlAsync($"/history/units/{unitId}");
        Assert.Contains("id=\"chart-unit-history\"", html, StringComparison.Ordinal);
        var csv = OpenDataTests.ParseCsv(await preparer.Client.GetStringAsync($"/history/units/{unitId}.csv"));
        Assert.Equal("年度", csv[0][0]);
        Assert.Equal(["2023", "2024", "2025"], csv.Skip(1).Select(r => r[0]).ToArray());

        var reviewer = await app.LoginAsync("reviewer");
        var bureau = WebUtility.HtmlDecode(await reviewer.GetHtmlAsync("/history"));
        Assert.Contains("结果下降的单位", bureau, StringComparison.Ordinal);
        Assert.Contains("区司法局", bureau[bureau.IndexOf("id=\"declines\"", StringComparison.Ordinal)..bureau.IndexOf("各年度排名", StringComparison.Ordinal)], StringComparison.Ordinal);
        var ranking = OpenDataTests.ParseCsv(await reviewer.Client.GetStringAsync("/history.csv"));
        Assert.Contains(ranking, r => r[0] == "2025" && r[2] == "区司法局" && r[1] == "1");

        // The public sees published years only, and no rectification columns.
        var publicCsv = OpenDataTests.ParseCsv(await app.Anonymous().Client.GetStringAsync($"/public/units/{unitId}.csv"));
        Assert.Single(publicCsv);
        Assert.DoesNotContain("整改事项", publicCsv[0]);
    }

    private static async Task<int> CreateAsync(Session session, Evaluation evaluation)
    {
        var response = await session.ApiAsync(HttpMethod.Post, "/api/evaluations", evaluation with { Unit = string.Empty, UnitCode = null, PreviousProblems = [] });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}

public sealed class HistoryAndPublicationTests_Sqlite(SqliteApp app) : HistoryAndPublicationTests(app), IClassFixture<SqliteApp>;

public sealed class HistoryAndPublicationTests_Postgres(PostgresApp app) : HistoryAndPublicationTests(app), IClassFixture<PostgresApp>;
