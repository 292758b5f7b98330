using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// Mid-year monitoring clicked through in Debian's Chromium: the bureau issues a round generated from approved goals; 区司法局
/// fills its form and watches the lights turn green while typing, then submits; 区教育局 fills a form behind plan, is refused
/// while reasons are missing (listed, nothing typed lost), adds them and submits; the bureau finds the red task in the queue,
/// returns it with a comment; the unit corrects and resubmits; the bureau confirms both with follow-up decisions (a
/// rectification item for the red one) and opens the round's dashboard. Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class MonitoringBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    [Fact]
    public async Task MonitoringRound_IssuedFilledReturnedCorrectedFollowedUp_InChromium()
    {
        var year = app.NewYear();
        var y = year.ToString(CultureInfo.InvariantCulture);
        // The approved goals the round starts from, through the goal service (the goal pages are another issue's).
        await app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<Jixiao.Data.JixiaoDbContext>();
            Jixiao.Data.Services.Actor Of(string user) => Jixiao.Data.Services.Actor.From(db.Users.Single(u => u.UserName == user));
            var seeder = sp.GetRequiredService<MonitoringDemoSeeder>();
            await seeder.ApproveAsync(Of("sfj.tb"), Of("reviewer"), MonitoringDemoSeeder.Justice(year));
            return await seeder.ApproveAsync(Of("jyj.tb"), Of("reviewer"), MonitoringDemoSeeder.Schools(year));
        });
        var shots = Path.Combine(Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, BaseURL = app.BaseUrl });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        // 财政局: issue the round.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync("/monitoring");
        await page.Locator("input[name='year']").FillAsync(y);
        await page.Locator("input[name='asOf']").FillAsync($"{y}-06-30");
        await page.Locator("input[name='deadline']").FillAsync($"{y}-07-20");
        await page.Locator("#create-round").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("生成监控任务 2 个");
        var roundUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#monitor-queue tbody tr")).ToHaveCountAsync(2);
        await LogoutAsync(page);

        // 区司法局: fill, the lights follow the typing, submit.
        await LoginAsync(page, "sfj.tb");
        await OpenMyTaskAsync(page, year, "区司法局");
        await Expect(page.Locator("#light-overall")).ToHaveTextAsync("无法判断");
        await page.Locator("input[name='funds[0].spent']").FillAsync("364.8");
        await page.Locator("input[name='funds[1].spent']").FillAsync("9.6");
        await Expect(page.Locator("#funds-rate")).ToHaveTextAsync("48%");
        await Expect(page.Locator("#light-budget")).ToHaveTextAsync("绿灯");
        await FillIndicatorAsync(page, 0, "20", "40");
        await FillIndicatorAsync(page, 1, "300", "600");
        await FillIndicatorAsync(page, 2, "96", "95");
        await page.Locator("select[name='indicators[3].progress']").SelectOptionAsync("Achieved");
        await FillIndicatorAsync(page, 4, "92", "92");
        await page.Locator("input[name='goalExpectedMet'][value='yes']").CheckAsync();
        await Expect(page.Locator("#light-overall")).ToHaveTextAsync("绿灯");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "08-monitoring-form-green.png") });
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已报送");
        await LogoutAsync(page);

        // 区教育局: behind plan; submission refused until the reasons are given; nothing typed is lost.
        await LoginAsync(page, "jyj.tb");
        await OpenMyTaskAsync(page, year, MonitoringDemoSeeder.ProjectName);
        await page.Locator("input[name='funds[0].spent']").FillAsync("240");
        await page.Locator("input[name='funds[1].spent']").FillAsync("16");
        await FillIndicatorAsync(page, 0, "5", "20");
        await Expect(page.Locator("#indicator-0 .indicator-light")).ToHaveTextAsync("红灯");
        await Expect(page.Locator("#indicator-0 .indicator-explain")).ToContainTextAsync("v = 5 ÷ (24 × 6 ÷ 12) = 41.67% → 红灯");
        await FillIndicatorAsync(page, 1, "150", "600");
        await FillIndicatorAsync(page, 2, "100", "100");
        await page.Locator("select[name='indicators[3].progress']").SelectOptionAsync("Achieved");
        await FillIndicatorAsync(page, 4, "91", "91");
        await page.Locator("input[name='goalExpectedMet'][value='no']").CheckAsync();
        await page.Locator("textarea[name='goalNotMetReason']").FillAsync("预计年底完成改造 20 所。");
        await Expect(page.Locator("#light-overall")).ToHaveTextAsync("红灯");
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator("#errors")).ToContainTextAsync("已保存，但尚未报送");
        await Expect(page.Locator("#errors")).ToContainTextAsync("指标“完成安全设施改造的学校数”当前为红灯，缺少偏差原因");
        await Expect(page.Locator("#state")).ToHaveTextAsync("待填报");
        await Expect(page.Locator("input[name='indicators[0].current']")).ToHaveValueAsync("5");
        await page.Locator("textarea[name='budgetDeviationReason']").FillAsync("工程招标推迟两个月。");
        await page.Locator("textarea[name='budgetMeasure']").FillAsync("按周跟踪施工进度。");
        await page.Locator("#indicator-0 input[value='制度保障']").CheckAsync();
        await page.Locator("textarea[name='indicators[0].measure']").FillAsync("暑期集中施工。");
        await page.Locator("#indicator-1 input[value='硬件条件保障']").CheckAsync();
        await page.Locator("textarea[name='indicators[1].measure']").FillAsync("分批到货。");
        await Expect(page.Locator("#monitor-findings")).ToContainTextAsync("暂无");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "09-monitoring-form-red.png") });
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已报送");
        var schoolTask = Regex.Match(page.Url, @"/monitoring/tasks/(\d+)").Groups[1].Value;
        await LogoutAsync(page);

        // 财政局: the red one in the queue by light; returned with a comment.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync(roundUrl);
        await page.Locator("select[name='light']").SelectOptionAsync("red");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "筛选" }).ClickAsync();
        await Expect(page.Locator("#monitor-queue tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "10-monitoring-queue.png") });
        await page.Locator("#monitor-queue tbody tr a", new PageLocatorOptions { HasText = "审核" }).ClickAsync();
        await page.Locator("#return-comment-text").FillAsync("视频监控设备的偏差原因请写明到货计划。");
        await page.Locator("#action-return").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("退回");
        await LogoutAsync(page);

        // 区教育局: sees the comment, corrects, resubmits.
        await LoginAsync(page, "jyj.tb");
        await page.GotoAsync($"/monitoring/tasks/{schoolTask}");
        await Expect(page.Locator("#return-comment")).ToContainTextAsync("到货计划");
        await page.Locator("textarea[name='indicators[1].reasonText']").FillAsync("供应商 8 月、9 月分两批到货。");
        await page.Locator("#action-resubmit").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("再次报送");
        await LogoutAsync(page);

        // 财政局: follow-up decisions; the red one gets a rectification item; the dashboard.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/monitoring/tasks/{schoolTask}");
        await page.Locator("#follow-up-kind").SelectOptionAsync("Rectification");
        await page.Locator("#follow-up-owner").FillAsync("区教育局计财科");
        await page.Locator("#follow-up-deadline").FillAsync("2099-09-30");
        await page.Locator("#follow-up-reason").FillAsync("执行进度严重滞后，须按月报送进度。");
        await page.Locator("#action-follow-up").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已确认");
        await Expect(page.Locator("#follow-ups")).ToContainTextAsync("rectifications/");
        await page.GotoAsync(roundUrl);
        await page.Locator("#monitor-queue tbody tr", new PageLocatorOptions { HasText = "区司法局" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "审核" }).ClickAsync();
        await page.Locator("#follow-up-reason").FillAsync("进度正常，无需跟进。");
        await page.Locator("#action-follow-up").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已确认");
        await page.GotoAsync(roundUrl + "/dashboard");
        await page.WaitForFunctionAsync("() => document.querySelector('#chart-units canvas') !== null && document.querySelector('#chart-worst canvas') !== null");
        await Expect(page.Locator("#card-red")).ToHaveTextAsync("1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "11-monitoring-dashboard.png"), FullPage = true });
        await page.Locator("#table-worst summary").ClickAsync();
        await page.Locator("#table-worst a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/monitoring/tasks/{schoolTask}$"));
    }

    private static async Task OpenMyTaskAsync(IPage page, int year, string title)
    {
        await page.GotoAsync("/monitoring");
        await page.Locator("#my-tasks tr", new PageLocatorOptions { HasText = title }).Filter(new LocatorFilterOptions { HasText = year.ToString(CultureInfo.InvariantCulture) })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "填报" }).ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("待填报");
    }

    private static async Task FillIndicatorAsync(IPage page, int row, string current, string forecast)
    {
        await page.Locator($"input[name='indicators[{row}].current']").FillAsync(current);
        await page.Locator($"input[name='indicators[{row}].forecast']").FillAsync(forecast);
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
