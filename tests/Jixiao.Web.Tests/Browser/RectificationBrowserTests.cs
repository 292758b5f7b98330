using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Review;
using Jixiao.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// 整改 clicked through in Debian's Chromium: the bureau issues the findings of a returned evaluation as items, the unit
/// answers one with evidence, the bureau returns it, the unit answers again, the bureau accepts, verifies and closes it;
/// an overdue item shows as overdue; next year's evaluation lists last year's items with their status.
/// </summary>
public sealed class RectificationBrowserTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    [Fact]
    public async Task Rectification_ReturnedFindingsToVerifiedClose_EndToEndInChromium()
    {
        var evaluationId = await ReturnedEvaluationAsync();
        var overdueId = await OverdueItemAsync();
        var shots = Path.Combine(Jixiao.Tests.Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        var evidence = Path.Combine(Path.GetTempPath(), "jixiao-rect-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(evidence);
        var file1 = Path.Combine(evidence, "整改会议纪要.txt");
        var file2 = Path.Combine(evidence, "执行进度通报.txt");
        await File.WriteAllTextAsync(file1, "2026 年 3 月 2 日召开预算执行进度专题会。");
        await File.WriteAllTextAsync(file2, "3 月份预算执行进度通报（第 1 期）。");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, BaseURL = app.BaseUrl });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();

        // 财政局: from the returned evaluation's review page to the proposals, issue them.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/review/{evaluationId}");
        await page.Locator("#issue-rectification").ClickAsync();
        await Expect(page.Locator("#proposals")).ToContainTextAsync("复核扣 2 分");
        await page.Locator("#owner").FillAsync("司法局财务科 王敏");
        await page.Locator("#deadline").FillAsync("2099-06-30");
        await page.Locator("#issue").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync(new Regex("已下达 [1-9][0-9]* 项整改事项"));
        var row = page.Locator("#rectification-list tr", new PageLocatorOptions { HasText = "复核扣 2 分" });
        var itemId = await row.GetAttributeAsync("data-id");
        await LogoutAsync(page);

        // 单位: answers with evidence.
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync($"/rectification/{itemId}");
        await Expect(page.Locator("#rect-state")).ToHaveTextAsync("待整改");
        await page.Locator("#answer-measure").FillAsync("已建立月度执行通报制度。");
        await page.Locator("#answer-file").SetInputFilesAsync(file1);
        await page.Locator("#action-answer").ClickAsync();
        await Expect(page.Locator("#rect-state")).ToHaveTextAsync("待审核");
        await LogoutAsync(page);

        // 财政局: returns it.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/rectification/{itemId}");
        await page.Locator("#return-note").FillAsync("佐证只有会议纪要，请补充通报文件。");
        await page.Locator("#action-return").ClickAsync();
        await Expect(page.Locator("#rect-state")).ToHaveTextAsync("退回重改");
        await LogoutAsync(page);

        // 单位: without a new file the answer is refused and the typed text stays; with it, it goes.
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync($"/rectification/{itemId}");
        await Expect(page.Locator("#feedback")).ToContainTextAsync("佐证只有会议纪要");
        await page.Locator("#answer-measure").FillAsync("已印发 3 月份执行进度通报，并纳入月度例会。");
        await page.Locator("#action-answer").ClickAsync();
        await Expect(page.Locator(".alert-error")).ToContainTextAsync("至少一份佐证材料");
        await Expect(page.Locator("#answer-measure")).ToHaveValueAsync("已印发 3 月份执行进度通报，并纳入月度例会。");
        await page.Locator("#answer-file").SetInputFilesAsync(file2);
        await page.Locator("#action-answer").ClickAsync();
        await Expect(page.Locator("#rect-state")).ToHaveTextAsync("待审核");
        await LogoutAsync(page);

        // 财政局: accepts, then verifies the effect and closes.
        await LoginAsync(page, "reviewer");
        await page.GotoAsync($"/rectification/{itemId}");
        await Expect(page.Locator("#action-close")).ToHaveCountAsync(0);
        await page.Locator("#action-accept").ClickAsync();
        await Expect(page.Locator("#rect-state")).ToHaveTextAsync("已认可待验证");
        await page.Locator("#close-note").FillAsync("抽查 4 月执行进度 36%，较上年同期提高 12 个百分点。");
        await page.Locator("#action-close").ClickAsync();
        await Expect(page.Locator("#rect-state")).ToHaveTextAsync("已销号");
        await Expect(page.Locator("#history")).ToContainTextAsync("验证成效并销号");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "08-rectification-closed.png"), FullPage = true });

        // The overdue item is listed and counted as overdue.
        await page.GotoAsync("/rectification?overdue=true");
        var overdueRow = page.Locator($"#rectification-list tr[data-id='{overdueId}']");
        await Expect(overdueRow).ToContainTextAsync("逾期");
        await Expect(overdueRow).ToHaveClassAsync(new Regex("overdue"));
        await Expect(page.Locator("#count-overdue")).Not.ToHaveTextAsync("0");
        await page.GotoAsync("/rectification");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "09-rectification-ledger.png"), FullPage = true });
        await LogoutAsync(page);

        // Next year's evaluation of the unit lists last year's items with their status.
        var next = await NextYearAsync();
        await LoginAsync(page, "sfj.tb");
        await page.GotoAsync($"/evaluations/{next}/previous-problems");
        var closedRow = page.Locator("#previous-problems tr", new PageLocatorOptions { HasText = "复核扣 2 分" });
        await Expect(closedRow.Locator(".prev-status")).ToHaveTextAsync("已整改");
        await Expect(closedRow).ToContainTextAsync("已印发 3 月份执行进度通报");
        var openRow = page.Locator("#previous-problems tr", new PageLocatorOptions { HasText = "请说明预算执行率偏低的原因" });
        await Expect(openRow.Locator(".prev-status")).ToHaveTextAsync("未整改");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "10-previous-problems.png"), FullPage = true });
        Directory.Delete(evidence, recursive: true);
    }

    private async Task<int> ReturnedEvaluationAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<JixiaoDbContext>();
        var evaluations = sp.GetRequiredService<EvaluationService>();
        var preparer = Actor.From(await db.Users.FirstAsync(u => u.UserName == "sfj.tb"));
        var reviewer = Actor.From(await db.Users.FirstAsync(u => u.UserName == "reviewer"));
        // A complete, scorable evaluation (it must pass the submission gates): the demo 区教育局 content for 区司法局 2024.
        var template = Jixiao.Data.EvaluationJson.Read(await db.Evaluations.Where(e => e.Unit!.Name == "区教育局").Select(e => e.Content).FirstAsync(), "template").Value;
        var created = await evaluations.CreateAsync(preparer, template with
        {
            Unit = string.Empty,
            UnitCode = null,
            Year = 2024,
            PreviousProblems = [],
            Narrative = template.Narrative with { Problems = "部分项目预算编制不够精细，执行进度前慢后快。" },
        });
        Assert.True(created.IsOk, string.Join("；", created.Errors));
        var id = created.Value;
        var approver = Actor.From(await db.Users.FirstAsync(u => u.UserName == "sfj.sh"));
        var submitted = await evaluations.TransitionAsync(preparer, id, ReviewAction.Submit, null);
        Assert.True(submitted.IsOk, string.Join("；", submitted.Errors));
        Assert.True((await evaluations.TransitionAsync(approver, id, ReviewAction.DepartmentApprove, null)).IsOk);
        Assert.True((await evaluations.TransitionAsync(reviewer, id, ReviewAction.StartReview, null)).IsOk);
        var version = (await evaluations.GetContentAsync(reviewer, id)).Value!.Summary.Version;
        Assert.True((await evaluations.SaveReviewAsync(reviewer, id, version, new Dictionary<string, IReadOnlyList<Deduction>> { ["1.1.3"] = [new Deduction(2m, "预算执行率低于 90% 且未说明原因")] })).IsOk);
        Assert.True((await evaluations.TransitionAsync(reviewer, id, ReviewAction.Return, "请说明预算执行率偏低的原因并制定整改措施。")).IsOk);
        return id;
    }

    private async Task<int> OverdueItemAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<JixiaoDbContext>();
        var reviewer = Actor.From(await db.Users.FirstAsync(u => u.UserName == "reviewer"));
        var unit = await db.Units.FirstAsync(u => u.Name == "区教育局");
        var created = await sp.GetRequiredService<RectificationService>().CreateAsync(reviewer, new NewRectification(
            unit.Id, 2023, RectificationSource.Monitoring, "监控发现：校舍维修项目 7 月执行率 18%，红灯。", "说明原因并提出纠偏措施。", "教育局计财科", new DateOnly(2024, 9, 30), "2023 年 7 月监控"));
        return created.Value;
    }

    private async Task<int> NextYearAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<JixiaoDbContext>();
        var preparer = Actor.From(await db.Users.FirstAsync(u => u.UserName == "sfj.tb"));
        var created = await sp.GetRequiredService<EvaluationService>().CreateAsync(preparer, new Evaluation { Unit = string.Empty, Year = 2025, Kind = EvaluationKind.Department, FrameworkId = "gz-district-dept-2022" });
        return created.Value;
    }

    private static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='username']").FillAsync(user);
        await page.Locator("input[name='password']").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Expect(page.Locator(".who")).ToBeVisibleAsync();
    }

    private static async Task LogoutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "退出" }).ClickAsync();
        await Expect(page.Locator(".topbar nav a[href='/account/login']")).ToBeVisibleAsync();
    }
}
