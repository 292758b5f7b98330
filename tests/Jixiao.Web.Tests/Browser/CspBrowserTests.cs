using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// Every page under the Content-Security-Policy in Debian's Chromium: no violation reported, the scripts that matter
/// (live score, dashboard charts) still run, and no other origin can frame a page.
/// </summary>
public sealed class CspBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    [Fact]
    public async Task EveryPage_UnderTheCsp_RunsWithoutViolations()
    {
        var draft = await app.WithDbAsync(db => db.Evaluations.Where(e => e.Unit!.Name == "区司法局").Select(e => e.Id).FirstAsync());
        var submitted = await app.WithDbAsync(db => db.Evaluations.Where(e => e.Unit!.Name == "区教育局").Select(e => e.Id).FirstAsync());
        var published = await app.WithDbAsync(db => db.Evaluations.Where(e => e.Unit!.Name == "区委组织部").Select(e => e.Id).FirstAsync());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", BaseURL = app.BaseUrl });
        context.SetDefaultTimeout(60_000);
        await context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => { (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI); });");
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.Contains("status of 4", StringComparison.Ordinal))
            {
                problems.Add(page.Url + " console: " + m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add(page.Url + " script error: " + e);

        async Task VisitAsync(string url)
        {
            var response = await page.GotoAsync(url);
            Assert.Contains("frame-ancestors 'none'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            var violations = await page.EvaluateAsync<string[]>("() => window.__csp || []");
            problems.AddRange(violations.Select(v => url + " CSP: " + v));
        }

        foreach (var url in new[] { "/", "/public", $"/public/{published}", "/account/login", "/no/such/page", "/public?year=abc" })
        {
            await VisitAsync(url);
        }

        await LoginAsync(page, "sfj.tb");
        await VisitAsync("/evaluations");
        await VisitAsync($"/evaluations/{draft}");
        var before = await page.Locator("#score-rate").InnerTextAsync();
        await page.Locator("input[name='budget.executed']").FillAsync("390");
        await Expect(page.Locator("#score-rate")).Not.ToHaveTextAsync(before);
        await VisitAsync("/account/password");
        await LogoutAsync(page);

        await LoginAsync(page, "reviewer");
        foreach (var url in new[] { "/review", $"/review/{submitted}", "/frameworks", "/dashboard" })
        {
            await VisitAsync(url);
        }

        await page.WaitForFunctionAsync("() => document.querySelector('#chart-grades canvas') !== null && document.querySelector('#chart-rates canvas') !== null");
        problems.AddRange((await page.EvaluateAsync<string[]>("() => window.__csp || []")).Select(v => "/dashboard CSP: " + v));

        // Another origin (here about:blank) framing a page: Chromium refuses to show it.
        var framing = await context.NewPageAsync();
        var refused = new List<string>();
        framing.Console += (_, m) => refused.Add(m.Text);
        await framing.SetContentAsync($"<iframe id='f' src='{app.BaseUrl}/public'></iframe>");
        await framing.WaitForTimeoutAsync(1500);
        var framedTitle = await framing.Frames[^1].EvaluateAsync<string>("() => { try { return document.title; } catch (e) { return 'blocked'; } }");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.DoesNotContain("公开报告", framedTitle, StringComparison.Ordinal);
        Assert.Contains(refused, m => m.Contains("frame-ancestors", StringComparison.Ordinal));
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
