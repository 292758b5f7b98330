using System.Net;
using System.Text.Json;
using Jixiao.Web.Tests.Integration;

namespace Jixiao.Web.Tests.Loop;

/// <summary>复核 through the API on each database: a seeded sample, re-check rows with reasons, the differences and the flag.</summary>
public abstract class RecheckTests(JixiaoApp app)
{
    [Fact]
    public async Task Sample_SameSeedTwice_SameEvaluationsAndCriteriaRecorded()
    {
        var reviewer = await app.LoginAsync("reviewer");

        var first = await (await reviewer.PostJsonAsync("/api/recheck/samples", new { year = 2023, ratioPercent = 50, seed = 42 })).JsonAsync();
        var second = await (await reviewer.PostJsonAsync("/api/recheck/samples", new { year = 2023, ratioPercent = 50, seed = 42 })).JsonAsync();

        static int[] Ids(JsonElement s) => s.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("evaluationId").GetInt32()).ToArray();
        Assert.NotEmpty(Ids(first));
        Assert.Equal(Ids(first), Ids(second));
        Assert.NotEqual(first.GetProperty("sample").GetProperty("id").GetInt32(), second.GetProperty("sample").GetProperty("id").GetInt32());
        Assert.Equal(42, first.GetProperty("sample").GetProperty("seed").GetInt64());
        Assert.Contains("种子 42", first.GetProperty("sample").GetProperty("criteria").GetString(), StringComparison.Ordinal);
        var sent = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Evaluations, e => e.Year == 2023 && e.SubmittedAt != null));
        Assert.Equal(sent, first.GetProperty("sample").GetProperty("candidates").GetInt32());
        var preparer = await app.LoginAsync("jyj.tb");
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.PostJsonAsync("/api/recheck/samples", new { year = 2023 })).StatusCode);
    }

    [Fact]
    public async Task Rows_DeductionsWithReasons_GiveDifferenceTableAndFlag()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var sample = await (await reviewer.PostJsonAsync("/api/recheck/samples", new { year = 2023, ratioPercent = 100, seed = 1, flagPoints = 10 })).JsonAsync();
        var sampleId = sample.GetProperty("sample").GetProperty("id").GetInt32();
        var jyj = await app.EvaluationOfAsync("区教育局");
        var lines = await reviewer.GetJsonAsync($"/api/recheck/samples/{sampleId}/evaluations/{jyj}");
        var top = lines.EnumerateArray().OrderByDescending(l => l.GetProperty("selfScore").GetDecimal()).Take(2).ToList();
        var selfTop = top.Sum(l => l.GetProperty("selfScore").GetDecimal());
        Assert.True(selfTop > 10m);

        var noReason = await reviewer.ApiAsync(HttpMethod.Put, $"/api/recheck/samples/{sampleId}/evaluations/{jyj}", new[] { new { code = top[0].GetProperty("code").GetString(), recheckScore = 0m } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("须选择复核理由", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await reviewer.ApiAsync(HttpMethod.Put, $"/api/recheck/samples/{sampleId}/evaluations/{jyj}", new[] { new { code = "9.9.9", recheckScore = 0m, reasonCode = "NO-EVIDENCE" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);

        var rows = top.Select(l => new { code = l.GetProperty("code").GetString(), recheckScore = 0m, reasonCode = "NO-EVIDENCE", note = "未提供佐证材料" }).ToArray();
        await (await reviewer.ApiAsync(HttpMethod.Put, $"/api/recheck/samples/{sampleId}/evaluations/{jyj}", rows)).JsonAsync();

        var table = await reviewer.GetJsonAsync($"/api/recheck/samples/{sampleId}/evaluations/{jyj}");
        Assert.Equal(selfTop, table.EnumerateArray().Where(l => l.GetProperty("reasonCode").ValueKind == JsonValueKind.String).Sum(l => l.GetProperty("difference").GetDecimal()));
        var view = await reviewer.GetJsonAsync($"/api/recheck/samples/{sampleId}");
        var unit = view.GetProperty("differences").EnumerateArray().Single(d => d.GetProperty("evaluationId").GetInt32() == jyj);
        Assert.Equal(selfTop, unit.GetProperty("difference").GetDecimal());
        Assert.True(unit.GetProperty("flagged").GetBoolean());
        Assert.All(view.GetProperty("differences").EnumerateArray().Where(d => d.GetProperty("evaluationId").GetInt32() != jyj), d => Assert.False(d.GetProperty("flagged").GetBoolean()));

        // The library is editable; a code in use cannot be removed.
        var reasons = await reviewer.GetJsonAsync("/api/recheck/reasons");
        Assert.Contains(reasons.EnumerateArray(), r => r.GetProperty("code").GetString() == "UNVERIFIABLE-NO-SOURCE");
        var removed = await reviewer.ApiAsync(HttpMethod.Put, "/api/recheck/reasons", new[] { new { code = "OTHER", name = "其他", deductPercent = (decimal?)null } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, removed.StatusCode);
        var edited = await reviewer.ApiAsync(HttpMethod.Put, "/api/recheck/reasons", new[] { new { code = "NO-EVIDENCE", name = "无佐证材料", deductPercent = (decimal?)100m }, new { code = "LATE", name = "资料逾期报送", deductPercent = (decimal?)20m } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(["NO-EVIDENCE", "LATE"], (await reviewer.GetJsonAsync("/api/recheck/reasons")).EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }
}

public sealed class RecheckTests_Sqlite(SqliteApp app) : RecheckTests(app), IClassFixture<SqliteApp>;

public sealed class RecheckTests_Postgres(PostgresApp app) : RecheckTests(app), IClassFixture<PostgresApp>;
