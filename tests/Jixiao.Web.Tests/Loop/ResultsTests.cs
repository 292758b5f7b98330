using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Tests;
using Jixiao.Web.Tests.Integration;

namespace Jixiao.Web.Tests.Loop;

/// <summary>结果应用 on each database: the demo district's grades against a hand-computed fixture, decisions, the XLSX.</summary>
public abstract class ResultsTests(JixiaoApp app)
{
    /// <summary>testdata/results/demo-district-expected.csv: year, unit, grade, rule number, base, change (blank: not computable).</summary>
    public static IReadOnlyList<string[]> Fixture() =>
        Repo.Read("testdata", "results", "demo-district-expected.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToList();

    [Fact]
    public async Task Overview_DemoDistrict_MatchesHandComputedFixture()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var actual = new List<string>();
        foreach (var year in new[] { 2021, 2022, 2023 })
        {
            var overview = await reviewer.GetJsonAsync($"/api/results?year={year}");
            foreach (var row in overview.GetProperty("rows").EnumerateArray())
            {
                var s = row.GetProperty("suggestion");
                actual.Add(string.Join(',',
                    year.ToString(CultureInfo.InvariantCulture),
                    row.GetProperty("unitName").GetString(),
                    s.GetProperty("grade").GetString(),
                    s.GetProperty("ruleIndex").ValueKind == JsonValueKind.Null ? string.Empty : (s.GetProperty("ruleIndex").GetInt32() + 1).ToString(CultureInfo.InvariantCulture),
                    Amount(s.GetProperty("baseAmount")),
                    Amount(s.GetProperty("change"))));
            }
        }

        Assert.Equal(Fixture().Select(f => string.Join(',', f)).Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Decide_AcceptEditReject_NeedsReasonFinalStateAndLandsInXlsx()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var approved = await app.EvaluationOfAsync("区直机关工委");
        var submitted = await app.EvaluationOfAsync("区教育局");

        var noReason = await reviewer.PostJsonAsync($"/api/results/{approved}/decision", new { decision = "Accepted" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var notFinal = await reviewer.PostJsonAsync($"/api/results/{submitted}/decision", new { decision = "Rejected", reason = "复核未完成" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notFinal.StatusCode);
        Assert.Contains("评价结果通过后", await notFinal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var editNoAmount = await reviewer.PostJsonAsync($"/api/results/{approved}/decision", new { decision = "Edited", reason = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, editNoAmount.StatusCode);

        var notComputable = await reviewer.PostJsonAsync($"/api/results/{approved}/decision", new { decision = "Accepted", reason = "按规则执行" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notComputable.StatusCode);
        Assert.Contains("缺少项目支出预算数", await notComputable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var edited = await (await reviewer.PostJsonAsync($"/api/results/{approved}/decision", new { decision = "Edited", change = -30.5m, reason = "执行率 80.2%，结合整改情况压减 30.5 万元" })).JsonAsync();
        Assert.Equal(-30.5m, edited.GetProperty("decidedChange").GetDecimal());
        Assert.Equal("edited", edited.GetProperty("decision").GetString());

        // 区委宣传部 (returned in the demo) is resubmitted and approved; its computed suggestion is accepted, then rejected.
        var xcb = await app.EvaluationOfAsync("区委宣传部");
        var unit = await app.LoginAsync("xcb.tb");
        await unit.SubmitThroughDepartmentAsync(xcb, "Resubmit");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(xcb, "StartReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(xcb, "Approve")).StatusCode);
        var accepted = await (await reviewer.PostJsonAsync($"/api/results/{xcb}/decision", new { decision = "Accepted", reason = "按规则执行" })).JsonAsync();
        Assert.Equal(7.12m, accepted.GetProperty("decidedChange").GetDecimal());
        Assert.Equal(0, accepted.GetProperty("ruleIndex").GetInt32());
        var rejected = await (await reviewer.PostJsonAsync($"/api/results/{xcb}/decision", new { decision = "Rejected", reason = "预算总额从紧，不增加" })).JsonAsync();
        Assert.Equal(2, rejected.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("decidedChange").ValueKind);

        var preparer = await app.LoginAsync("jgw.tb");
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.PostJsonAsync($"/api/results/{approved}/decision", new { decision = "Rejected", reason = "x" })).StatusCode);

        var response = await reviewer.GetAsync("/results/2021.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty);
        Assert.Equal("单位", cells["A2"]);
        Assert.Equal("区直机关工委", cells["A3"]);
        Assert.Equal("调整", cells["N3"]);
        Assert.Equal("-30.5", cells["O3"]);
        Assert.Equal(string.Empty, cells["K3"]);
        Assert.Contains("缺少项目支出预算数", cells["M3"], StringComparison.Ordinal);
        Assert.Equal("合计", cells["A4"]);

        using var doc2022 = SpreadsheetDocument.Open(new MemoryStream(await (await reviewer.GetAsync("/results/2022.xlsx")).Content.ReadAsByteArrayAsync()), false);
        var rows2022 = doc2022.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(2)
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList()).ToList();
        var xcbRow = rows2022.Single(r => r[0] == "区委宣传部");
        Assert.Equal(["142.47", "7.12", "149.59"], xcbRow.Skip(9).Take(3));
        Assert.Equal("不采纳", xcbRow[13]);
    }

    [Fact]
    public async Task Page_ResultsForBureauOnly_ShowsRuleTableAndSuggestions()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var html = WebUtility.HtmlDecode(await reviewer.GetHtmlAsync("/results?year=2023"));
        Assert.Contains("规则表：示范区绩效评价结果应用规则", html, StringComparison.Ordinal);
        Assert.Contains("项目支出预算 1720 万元 × +5% = 86 万元", html, StringComparison.Ordinal);
        Assert.Contains("评价通过后认定", html, StringComparison.Ordinal);

        var preparer = await app.LoginAsync("jyj.tb");
        var refused = await preparer.GetAsync("/results");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static string Amount(JsonElement e) => e.ValueKind == JsonValueKind.Null ? string.Empty : e.GetDecimal().ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed class ResultsTests_Sqlite(SqliteApp app) : ResultsTests(app), IClassFixture<SqliteApp>;

public sealed class ResultsTests_Postgres(PostgresApp app) : ResultsTests(app), IClassFixture<PostgresApp>;
