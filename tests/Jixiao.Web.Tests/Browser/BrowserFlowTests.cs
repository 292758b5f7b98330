using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Integration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>The app on a real loopback port (Kestrel), for a real browser.</summary>
public sealed class KestrelApp : SqliteApp
{
    public string BaseUrl { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }
}

/// <summary>
/// The whole workflow clicked through in Debian's Chromium: fill with live score, submit to the department approver, return
/// inside the department, approve to the bureau, a deduction and a return by the bureau (seen per indicator by the unit),
/// resubmit through the department, approve, publish, and an anonymous visitor downloading the PDF. Screenshots of the main pages go to
/// artifacts/screenshots (copied to docs/images by hand after looking at them).
/// </summary>
public sealed class BrowserFlowTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    private static string ScreenshotDirectory
    {
        get
        {
            var path = Path.Combine(Repo.Root, "artifacts", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    [Fact]
    public async Task Workflow_PreparerReviewerPublic_EndToEndInChromium()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, BaseURL = app.BaseUrl });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        var shots = ScreenshotDirectory;

        // 填报人: open the draft, type, watch the score move, save, submit.
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync("/evaluations");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "01-department-list.png") });
        await page.Locator("tr", new PageLocatorOptions { HasText = "区司法局" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "打开" }).ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("草稿");
        var id = Regex.Match(page.Url, @"/evaluations/(\d+)").Groups[1].Value;
        var before = await page.Locator("#score-total").InnerTextAsync();
        await page.Locator("input[name='budget.executed']").FillAsync("520");
        await Expect(page.Locator("#score-total")).Not.ToHaveTextAsync(before);
        await Expect(page.Locator("#score-rate")).ToHaveTextAsync("66.67%");
        await page.Locator("textarea[name='narrative.problems']").FillAsync("执行进度偏慢，部分项目资金未及时支付。");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "02-editor-live-score.png"), FullPage = false });
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("已保存");
        await Expect(page.Locator("#score-rate")).ToHaveTextAsync("66.67%");
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("待部门审核");
        await LogoutAsync(page);

        // 部门审核人: returns it inside the department; the bureau does not see it.
        await LoginAsync(page, "sfj.sh");
        await page.GotoAsync("/evaluations");
        await Expect(page.Locator("#todo")).ToContainTextAsync("待您审核");
        await page.GotoAsync($"/evaluations/{id}");
        await page.Locator("#department-return-comment").FillAsync("请在“存在的主要问题”中写明执行率偏低的原因。");
        await page.Locator("#action-departmentreturn").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("部门退回");
        await LogoutAsync(page);

        // 填报人: sees the department's comment, fixes and submits again (提交 saves what was typed first).
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync($"/evaluations/{id}");
        await Expect(page.Locator("#department-comment")).ToContainTextAsync("执行率偏低的原因");
        await page.Locator("textarea[name='narrative.problems']").FillAsync("执行进度偏慢：两个项目因招标延期未能支付。");
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("待部门审核");
        await LogoutAsync(page);

        // 部门审核人: approves to the bureau.
        await LoginAsync(page, "sfj.sh");
        await page.GotoAsync($"/evaluations/{id}");
        await page.Locator("#action-departmentapprove").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已提交");
        await LogoutAsync(page);

        // 财政局复核人: queue, start review, a deduction with its reason, return with a comment.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync("/review");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "03-review-queue.png") });
        await page.GotoAsync($"/review/{id}");
        await page.Locator("#action-startreview").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("复核中");
        await Expect(page.Locator("#filed-narrative")).ToContainTextAsync("两个项目因招标延期未能支付");
        await page.Locator("input[name='deduct.1.1.3[0].points']").FillAsync("1.5");
        await page.Locator("input[name='deduct.1.1.3[0].reason']").FillAsync("执行率 66.67%，低于 90% 且原因说明不足");
        await page.Locator("#save-review").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("复核扣分已保存");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "04-review-side-by-side.png") });
        await page.Locator("#return-comment").FillAsync("预算执行率低于 90%，请补充整改措施。");
        await page.Locator("#action-return").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("退回");
        await LogoutAsync(page);

        // 填报人: sees the comment and the per-indicator deduction, fixes, resubmits.
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync($"/evaluations/{id}");
        await Expect(page.Locator("#review-comment")).ToContainTextAsync("预算执行率低于 90%");
        await Expect(page.Locator("#bureau-review tr.has-deduction")).ToContainTextAsync("执行率 66.67%，低于 90% 且原因说明不足");
        await page.Locator("textarea[name='narrative.measures']").FillAsync("按月通报执行进度，招标前置。");
        await page.Locator("#action-resubmit").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("待部门审核");
        await LogoutAsync(page);
        await LoginAsync(page, "sfj.sh");
        await page.GotoAsync($"/evaluations/{id}");
        await page.Locator("#action-departmentapprove").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("再次提交");
        await LogoutAsync(page);

        // 财政局复核人: approve and publish (each asks for confirmation first).
        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/review/{id}");
        await page.Locator("#action-startreview").ClickAsync();
        await page.Locator("#action-approve").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已通过");
        await page.Locator("#action-publish").ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("已公开");
        Assert.Contains(dialogs, d => d.Contains("确定通过吗", StringComparison.Ordinal));
        Assert.Contains(dialogs, d => d.Contains("确定公开吗", StringComparison.Ordinal));
        await page.GotoAsync("/dashboard");
        await page.WaitForFunctionAsync("() => document.querySelector('#chart-rates canvas') !== null");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "05-dashboard.png"), FullPage = true });
        await page.GotoAsync("/frameworks");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "06-frameworks.png") });
        await LogoutAsync(page);

        // 填报人: the per-indicator review stays visible after approval and publication.
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync($"/evaluations/{id}");
        await Expect(page.Locator("#bureau-review tr.has-deduction")).ToContainTextAsync("1.5");
        await LogoutAsync(page);

        // 公众: search, open, download the PDF, check its hash against the page.
        await page.GotoAsync("/public");
        await page.Locator("input[name='q']").FillAsync("司法局");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "查询" }).ClickAsync();
        await page.Locator("tr", new PageLocatorOptions { HasText = "区司法局" }).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "查看" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("区司法局");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "07-public-report.png"), FullPage = true });
        var pdfRow = page.Locator("#documents tr", new PageLocatorOptions { HasText = "PDF" });
        var shownHash = (await pdfRow.Locator("code").InnerTextAsync()).Trim();
        var download = await page.RunAndWaitForDownloadAsync(() => pdfRow.GetByRole(AriaRole.Link).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), "jixiao-download-" + Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(file);
        var bytes = await File.ReadAllBytesAsync(file);
        File.Delete(file);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4), StringComparison.Ordinal);
        Assert.Equal(shownHash, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
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
