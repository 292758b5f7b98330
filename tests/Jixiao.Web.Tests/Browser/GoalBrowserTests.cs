using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The goal cycle clicked through in Debian's Chromium: 花都区委组织部's goal table pasted from Excel, checked, returned in
/// the first round with the pre-filled finding, revised, approved in the second round, adjusted (both versions shown),
/// carried into a year-end evaluation whose indicators are the approved ones, and the check that fires when a year-end
/// target is changed; then the library search. Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class GoalBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    /// <summary>The table as copied from Excel: tab-separated columns in the page's order, one row per line.</summary>
    private const string Pasted =
        "产出指标\t数量指标\t举办各类干部培训班次\t定量\t≥\t20\t期\t年内举办的干部教育培训班次\r\n" +
        "产出指标\t数量指标\t培训城中村基层干部人次\t定量\t≥\t3000\t人次\t参训人次\r\n" +
        "产出指标\t数量指标\t新建“两新”党组织数量\t定量\t≥\t100\t个\t新建党组织个数\r\n" +
        "产出指标\t质量指标\t党员下沉居住地报到率\t定量\t=\t100\t%\t已报到÷应报到\r\n" +
        "产出指标\t时效指标\t村（社区）党组织书记轮训按期完成率\t定量\t≥\t100\t%\t按期完成人数÷应轮训人数\r\n" +
        "效益指标\t社会效益指标\t“两新”党组织数量增长率\t定量\t≥\t20\t%\t新增数÷上年末数\r\n" +
        "满意度指标\t服务对象满意度指标\t服务群众满意度\t定量\t≥\t95\t%\t满意的占比\r\n";

    [Fact]
    public async Task GoalCycle_DeclareReviewReturnReviseApproveAdjustYearEnd_InChromium()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1600, Height = 1000 }, BaseURL = app.BaseUrl });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        var shots = Path.Combine(Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        var year = (DateTime.UtcNow.Year + 6).ToString(System.Globalization.CultureInfo.InvariantCulture);

        // 填报人: a new department goal table, the indicator rows pasted from Excel (more rows than the page shows).
        await LoginAsync(page, "zzb.tb");
        await page.GotoAsync("/goals");
        await page.Locator("input[name='year']").FillAsync(year);
        await page.Locator("#create-goal").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("草稿");
        var goalUrl = page.Url;
        await page.Locator("input[name='functionClass']").FillAsync("一般公共服务支出");
        await page.Locator("input[name='functionSection']").FillAsync("组织事务");
        await page.Locator("#annual-text").FillAsync("加强基层党组织建设，推进干部教育培训。");
        await page.EvaluateAsync(
            "text => { const el = document.querySelector(\"#annual-rows input[name$='].level1']\"); el.focus(); const dt = new DataTransfer(); dt.setData('text/plain', text); el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }",
            Pasted);
        await Expect(page.Locator("#annual-rows tbody tr")).ToHaveCountAsync(7);
        await page.Locator("#add-annual").ClickAsync();
        await Expect(page.Locator("#annual-rows tbody tr")).ToHaveCountAsync(8);
        await page.Locator("#save-goal").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("已保存");
        await Expect(page.Locator("#goal-findings")).ToContainTextAsync("没有说明调查方式");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "08-goal-declaration.png") });
        await page.Locator("#goal-action-submit").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("已提交");
        var id = Regex.Match(goalUrl, @"/goals/(\d+)").Groups[1].Value;
        await LogoutAsync(page);

        // 财政局: 初审 with the finding pre-filled under 可行性; returned.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync("/goal-review");
        await Expect(page.Locator("#goal-queue")).ToContainTextAsync("区委组织部");
        await page.GotoAsync($"/goal-review/{id}");
        await page.Locator("#goal-action-startreview").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("初审中");
        await Expect(page.Locator("#opinion-feasibility")).ToHaveValueAsync(new Regex("调查方式"));
        await page.Locator("#rating-feasibility").SelectOptionAsync("不符合");
        await page.Locator("#conclusion").SelectOptionAsync("修改后通过");
        await page.Locator("#return-comment").FillAsync("满意度指标请写明调查方式和样本。");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "09-goal-review.png") });
        await page.Locator("#goal-action-return").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("退回修改");
        await LogoutAsync(page);

        // 填报人: sees the comment, revises the row, resubmits.
        await LoginAsync(page, "zzb.tb");
        await page.GotoAsync($"/goals/{id}");
        await Expect(page.Locator("#goal-review-comment")).ToContainTextAsync("调查方式");
        var satisfaction = page.Locator("#annual-rows tbody tr", new PageLocatorOptions { Has = page.Locator("input[value='服务群众满意度']") });
        await satisfaction.Locator("input[name$='].explanation']").FillAsync("按季度开展问卷调查，满意份数÷有效问卷份数。");
        await page.Locator("#goal-action-resubmit").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("再次提交");
        await LogoutAsync(page);

        // 财政局: 初审通过 → 复审 → 批复.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/goal-review/{id}");
        await page.Locator("#goal-action-startreview").ClickAsync();
        await page.Locator("#rating-feasibility").SelectOptionAsync("符合");
        await page.Locator("#goal-action-passround").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("复审中");
        await page.Locator("#conclusion").SelectOptionAsync("通过");
        await page.Locator("#goal-action-approve").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("已批复");
        await LogoutAsync(page);

        // 填报人: approved goals are locked; an adjustment is a new version through the same review.
        await LoginAsync(page, "zzb.tb");
        await page.GotoAsync($"/goals/{id}");
        await Expect(page.Locator("#save-goal")).ToHaveCountAsync(0);
        await page.Locator("#adjust-reason").FillAsync("年中压减培训经费，培训班次调减。");
        await page.Locator("#goal-adjust").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("草稿");
        var adjustmentId = Regex.Match(page.Url, @"/goals/(\d+)").Groups[1].Value;
        var training = page.Locator("#annual-rows tbody tr", new PageLocatorOptions { Has = page.Locator("input[value='举办各类干部培训班次']") });
        await training.Locator("input[name$='].target']").FillAsync("18");
        await training.Locator("input[name$='].reason']").FillAsync("培训经费压减 10%。");
        await page.Locator("#goal-action-submit").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("已提交");
        await LogoutAsync(page);

        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/goal-review/{adjustmentId}");
        await Expect(page.Locator("#adjustment-diff")).ToContainTextAsync("≥18期");
        await page.Locator("#goal-action-startreview").ClickAsync();
        await page.Locator("#goal-action-passround").ClickAsync();
        await page.Locator("#goal-action-approve").ClickAsync();
        await Expect(page.Locator("#goal-state")).ToHaveTextAsync("已批复");
        await LogoutAsync(page);

        // Both versions on record; year-end created from the adjusted one.
        await LoginAsync(page, "zzb.tb");
        await page.GotoAsync($"/goals/{adjustmentId}");
        await Expect(page.Locator("#adjustment-diff")).ToContainTextAsync("≥20期");
        await Expect(page.Locator("#adjustment-diff")).ToContainTextAsync("≥18期");
        await Expect(page.Locator("#goal-versions")).ToContainTextAsync("第 1 版 · 已调整");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "10-goal-adjusted.png") });
        await page.Locator("#goal-year-end").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/evaluations/\d+"));
        await Expect(page.Locator("input[name='goals[0].name']")).ToHaveValueAsync("举办各类干部培训班次");
        await Expect(page.Locator("input[name='goals[0].target']")).ToHaveValueAsync("18");
        await Expect(page.Locator("input[name='goals[6].name']")).ToHaveValueAsync("服务群众满意度");

        // A target changed at year end: the check fires.
        await page.Locator("input[name='goals[0].target']").FillAsync("12");
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("#score-findings")).ToContainTextAsync("与批复的目标值");
        await LogoutAsync(page);

        // The library: 培训 first, with last years' targets and actuals of the seeded district.
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync("/library");
        await page.Locator("#library-q").FillAsync("培训");
        await page.Locator("#library-go").ClickAsync();
        await Expect(page.Locator("#library-results tr.library-hit").First.Locator("td.entry-name")).ToContainTextAsync("培训");
        await Expect(page.Locator("#library-results")).ToContainTextAsync("→ 21期");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "11-library.png") });
    }

    private static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='username']").FillAsync(user);
        await page.Locator("input[name='password']").FillAsync(Jixiao.Data.Services.DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Expect(page.Locator(".who")).ToBeVisibleAsync();
    }

    private static async Task LogoutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出" }).ClickAsync();
        await Expect(page.Locator(".topbar nav a[href='/account/login']")).ToBeVisibleAsync();
    }
}
