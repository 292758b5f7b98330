using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain;
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

    [Fact]
    public async Task History_ByFunctionClass_TableAndCsvEqualHandComputationFromTheDatabase()
    {
        // One more year of 区民政局 whose spending by function is stated: 教育支出 twice (2000 + 1000) outweighs the single
        // largest item 社会保障和就业支出 2412.6, stated first; the items add up to the 执行数 5412.6 of the template.
        var admin = await app.LoginAsync("admin");
        var template = (await admin.GetEvaluationAsync(await app.EvaluationOfAsync("区教育局"))).Evaluation;
        Assert.Equal(5412.6m, template.Budget.Executed);
        var preparer = await app.LoginAsync("mzj.tb");
        var id = await CreateAsync(preparer, template with
        {
            Year = 2024,
            Budget = template.Budget with { ByFunction = [new NamedAmount("社会保障和就业支出", 2412.6m), new NamedAmount("教育支出", 2000m), new NamedAmount("教育支出", 1000m)] },
        });
        await preparer.SubmitThroughDepartmentAsync(id);

        // The hand computation: the department-wide evaluations with the bureau, each under the 类 with the largest total amount.
        var stored = await app.WithDbAsync(async db => await db.Evaluations.Where(e => e.SubmittedAt != null && e.Kind == EvaluationKind.Department)
            .Select(e => new { e.Id, e.UnitId, Unit = e.Unit!.Name, e.Year, Score = e.ReviewTotal ?? e.SelfTotal, Grade = e.ReviewGrade ?? e.SelfGrade, e.Content }).ToListAsync());
        var evaluations = stored.Select(e =>
        {
            var functions = EvaluationJson.Read(e.Content, "test").Value.Budget.ByFunction;
            var cls = functions.Count == 0 ? "未填报功能分类" : functions.GroupBy(f => f.Name).Select(g => (Name: g.Key, Sum: g.Sum(f => f.Amount))).MaxBy(g => g.Sum).Name;
            return new { e.UnitId, e.Unit, e.Year, e.Score, e.Grade, Class = cls };
        }).ToList();
        Assert.Equal("一般公共服务支出", evaluations.Single(e => e.Unit == "区直机关工委" && e.Year == 2021).Class); // 523.39 of 713.08 in testdata/huadu-2021
        Assert.Equal("教育支出", evaluations.Single(e => e.Unit == "区民政局" && e.Year == 2024).Class);
        Assert.Equal("未填报功能分类", evaluations.Single(e => e.Unit == "区教育局" && e.Year == 2023).Class); // synthetic demo data, no ByFunction
        string[] grades = ["优", "良", "中", "差"];
        var expected = evaluations.GroupBy(e => (e.Year, e.Class)).Select(g =>
        {
            var scores = g.Where(e => e.Score is not null).Select(e => e.Score!.Value).ToList();
            return (IReadOnlyList<string>)[
                g.Key.Year.ToString(CultureInfo.InvariantCulture), g.Key.Class, g.Select(e => e.UnitId).Distinct().Count().ToString(CultureInfo.InvariantCulture),
                scores.Count == 0 ? "" : Math.Round(scores.Sum() / scores.Count, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture),
                .. grades.Select(n => g.Count(e => e.Grade == n).ToString(CultureInfo.InvariantCulture))];
        }).ToList();
        Assert.Contains(expected, r => r[1] == "未填报功能分类" && r[0] == "2023" && int.Parse(r[2], CultureInfo.InvariantCulture) >= 3);

        var reviewer = await app.LoginAsync("reviewer");
        var csv = OpenDataTests.ParseCsv(await reviewer.Client.GetStringAsync("/history/function-classes.csv"));
        Assert.Equal(["年度", "功能分类", "单位数", "平均得分", "优", "良", "中", "差", "类内排名"], csv[0]);
        var body = csv.Skip(1).ToList();
        Assert.Equal(expected.Select(r => string.Join("|", r)).OrderBy(r => r, StringComparer.Ordinal), body.Select(r => string.Join("|", r.Take(8))).OrderBy(r => r, StringComparer.Ordinal));
        Assert.Contains(body, r => r[0] == "2021" && r[1] == "一般公共服务支出" && r[8].StartsWith("1 区直机关工委（", StringComparison.Ordinal));
        Assert.Contains(body, r => r[0] == "2024" && r[1] == "教育支出" && r[8].Contains("区民政局", StringComparison.Ordinal));
        Assert.Contains(body, r => r[0] == "2023" && r[1] == "未填报功能分类" && r[8].Contains("区教育局", StringComparison.Ordinal));
        Assert.DoesNotContain(body, r => r[1] == "社会保障和就业支出" && r[0] == "2024");

        // The page's table has the same rows as the CSV, in the same order; the chart is beside it.
        var html = WebUtility.HtmlDecode(await reviewer.GetHtmlAsync("/history"));
        Assert.Contains("id=\"chart-function-classes\"", html, StringComparison.Ordinal);
        var start = html.IndexOf("id=\"function-classes\"", StringComparison.Ordinal);
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var tbody = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var rows = Regex.Matches(tbody, "<tr>(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Matches(m.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => c.Groups[1].Value.Trim()).ToList()).ToList();
        Assert.Equal(body.Select(r => string.Join("|", r.Select((c, i) => i == 3 && c == "" ? "—" : c))), rows.Select(r => string.Join("|", r)));
    }

    private static async Task<int> CreateAsync(Session session, Evaluation evaluation)
    {
        var response = await session.ApiAsync(HttpMethod.Post, "/api/evaluations", evaluation with { Unit = string.Empty, UnitCode = null, PreviousProblems = [] });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}

public sealed class HistoryAndPublicationTests_Sqlite(SqliteApp app) : HistoryAndPublicationTests(app), IClassFixture<SqliteApp>;

public sealed class HistoryAndPublicationTests_Postgres(PostgresApp app) : HistoryAndPublicationTests(app), IClassFixture<PostgresApp>;
