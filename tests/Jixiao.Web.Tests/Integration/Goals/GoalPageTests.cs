using System.Net;
using Jixiao.Data.Goals;
using Jixiao.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Integration.Goals;

/// <summary>The goal pages (static SSR forms) on the seeded demo district: declare with any number of rows, accept a suggestion, review.</summary>
public sealed class GoalPageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Pages_SeededDemo_RenderForEachRole()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var current = await app.WithDbAsync(db => db.GoalDeclarations.Where(g => g.State == GoalState.Approved && g.PreviousId != null).Select(g => g.Id).FirstAsync());
        var queued = await app.WithDbAsync(db => db.GoalDeclarations.Where(g => g.State == GoalState.Submitted).Select(g => g.Id).FirstAsync());

        var list = await preparer.GetHtmlAsync("/goals");
        var adjusted = await preparer.GetHtmlAsync($"/goals/{current}");
        var queue = await reviewer.GetHtmlAsync("/goal-review");
        var review = await reviewer.GetHtmlAsync($"/goal-review/{queued}");
        var library = await preparer.GetHtmlAsync("/library?q=" + Uri.EscapeDataString("培训"));

        Assert.Contains("已调整", list, StringComparison.Ordinal);
        Assert.Contains("调整理由", adjusted, StringComparison.Ordinal);
        Assert.Contains("≥7部", adjusted, StringComparison.Ordinal);
        Assert.Contains("≥5部", adjusted, StringComparison.Ordinal);
        Assert.Contains("委托业务项目", queue, StringComparison.Ordinal);
        Assert.Contains("开始审核", review, StringComparison.Ordinal);
        Assert.Contains("举办各类干部培训班次", library, StringComparison.Ordinal);
        Assert.Contains("≥20期 → 21期", library, StringComparison.Ordinal);
        var denied = await preparer.GetAsync("/goal-review");
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden || denied.Headers.Location?.OriginalString.Contains("/account/denied", StringComparison.Ordinal) == true, $"/goal-review for a preparer: {(int)denied.StatusCode}");
    }

    [Fact]
    public async Task EditForm_FiveRowsAndAnAcceptedSuggestion_SavedWithProvenance()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.DeclareAsync(GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", DateTime.UtcNow.Year + 1) with { Annual = new GoalSection { Text = "干部教育培训" } });
        var fields = new Dictionary<string, string>
        {
            ["version"] = (await preparer.GoalAsync(id)).Summary.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["annual.text"] = "推进干部教育培训，提升党员教育质量。",
            ["functionClass"] = "一般公共服务支出",
            ["functionSection"] = "组织事务",
        };
        for (var i = 0; i < 5; i++)
        {
            var p = $"annual.indicators[{i * 7}].";
            fields[p + "level1"] = i < 4 ? "产出指标" : "效益指标";
            fields[p + "level2"] = i < 4 ? "数量指标" : "社会效益指标";
            fields[p + "name"] = $"测试指标{i}";
            fields[p + "operator"] = "≥";
            fields[p + "target"] = (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[p + "unit"] = "个";
        }

        fields["accept"] = "0";
        var response = await preparer.PostPageFormAsync($"/goals/{id}", "goal", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await preparer.GoalAsync(id);
        Assert.Equal(6, saved.Declaration.Annual.Indicators.Count);
        Assert.Equal(["测试指标0", "测试指标1", "测试指标2", "测试指标3", "测试指标4"], saved.Declaration.Annual.Indicators.Take(5).Select(r => r.Name).ToArray());
        var accepted = saved.Declaration.Annual.Indicators[5];
        Assert.NotNull(accepted.Provenance);
        Assert.Equal("zzb.tb", accepted.Provenance!.AcceptedBy);
        Assert.False(string.IsNullOrWhiteSpace(accepted.Provenance.Reason));
    }

    [Fact]
    public async Task EditForm_RowWithoutName_RefusedAndTypedValuesShownAgain()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.DeclareAsync(GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", DateTime.UtcNow.Year + 2));
        var version = (await preparer.GoalAsync(id)).Summary.Version;

        var response = await preparer.PostPageFormAsync($"/goals/{id}", "goal", new Dictionary<string, string>
        {
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["annual.indicators[0].name"] = "保留的指标",
            ["annual.indicators[0].level1"] = "产出指标",
            ["annual.indicators[3].target"] = "12345",
            ["annual.indicators[3].unit"] = "人次",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("没有三级指标名称", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12345\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"保留的指标\"", html, StringComparison.Ordinal);
        Assert.Equal(version, (await preparer.GoalAsync(id)).Summary.Version);
    }

    [Fact]
    public async Task Documents_GoalTableAndOpinions_Downloaded()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var queued = await app.WithDbAsync(db => db.GoalDeclarations.Where(g => g.State == GoalState.Submitted).Select(g => g.Id).FirstAsync());

        var xlsx = await reviewer.GetAsync($"/goals/{queued}/documents/xlsx");
        var docx = await reviewer.GetAsync($"/goals/{queued}/documents/docx");
        var opinions = await reviewer.GetAsync($"/goal-review/{queued}/opinions.xlsx");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var read = Jixiao.Documents.Goals.GoalTableXlsx.Read(await xlsx.Content.ReadAsByteArrayAsync(), "t.xlsx");
        Assert.True(read.IsSuccess, string.Join("\n", read.Errors));
        Assert.Equal("委托业务项目", read.Value.Project!.Name);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opinions.StatusCode);
        var rows = Jixiao.Documents.Goals.OpinionSheet.Read(await opinions.Content.ReadAsByteArrayAsync(), "o.xlsx", GoalReviewChecklists.Default);
        Assert.True(rows.IsSuccess, string.Join("\n", rows.Errors));
    }
}
