using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The editor and the review form in Debian's Chromium, where typed data used to be lost: many goal rows (pasted from
/// Excel, added, moved, removed), text typed and then 提交, a refused deduction row, and leaving the page unsaved.
/// </summary>
public sealed class BrowserEditorTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task GoalTable_TwentyRowsPastedAddedAndMoved_SurviveSaveAndReload()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var id = await NewDraftAsync("jyj.tb");
        await BrowserSession.LoginAsync(page, "jyj.tb");
        await page.GotoAsync($"/evaluations/{id}");

        // 15 rows copied from Excel (tab-separated, from the 二级指标 column on), pasted into the first row.
        var tsv = string.Join("\r\n", Enumerable.Range(1, 15).Select(i => $"数量指标\t粘贴指标{I(i)}\t≥\t10\t次\t12\t1")) + "\r\n";
        await page.Locator("input[name='goals[0].level2']").FocusAsync();
        await page.EvaluateAsync(
            "text => { const dt = new DataTransfer(); dt.setData('text/plain', text); document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })); }",
            tsv);
        await Expect(page.Locator("input[name='goals[14].name']")).ToHaveValueAsync("粘贴指标15");

        // 5 more typed into rows added with the button; a 21st added and removed again.
        for (var i = 16; i <= 21; i++)
        {
            var rows = await page.Locator("#goal-table tbody tr").CountAsync();
            var target = page.Locator($"input[name='goals[{I(i - 1)}].name']");
            if (await target.CountAsync() == 0 || rows < i)
            {
                await page.Locator("#add-goal").ClickAsync();
            }

            await page.Locator($"input[name='goals[{I(i - 1)}].name']").FillAsync($"手填指标{I(i)}");
            await page.Locator($"input[name='goals[{I(i - 1)}].weight']").FillAsync("1");
            await page.Locator($"input[name='goals[{I(i - 1)}].measure']").FillAsync($"措施{I(i)}");
        }

        await ClickCenteredAsync(page.Locator("#goal-table tbody tr").Nth(20).Locator(".row-remove"));
        await ClickCenteredAsync(page.Locator("#goal-table tbody tr").Nth(19).Locator(".row-up"));
        await Expect(page.Locator("input[name='goals[18].name']")).ToHaveValueAsync("手填指标20");
        session.AcceptDialogs = true;
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("已保存");

        await page.ReloadAsync();
        var names = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            names.Add(await page.Locator($"input[name='goals[{I(i)}].name']").InputValueAsync());
        }

        var expected = Enumerable.Range(1, 15).Select(i => $"粘贴指标{I(i)}").Concat(["手填指标16", "手填指标17", "手填指标18", "手填指标20", "手填指标19"]).ToList();
        Assert.Equal(expected, names);
        Assert.Equal(string.Empty, await page.Locator("input[name='goals[20].name']").InputValueAsync());
        Assert.Equal("措施20", await page.Locator("input[name='goals[18].measure']").InputValueAsync());
        var stored = await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync());
        var goals = Jixiao.Data.EvaluationJson.Read(stored, "browser").Value.Goals;
        Assert.Equal(expected, goals.Select(g => g.Name));
        Assert.Equal(12m, goals[0].Actual);
        Assert.Equal("次", goals[3].Unit);
    }

    [Fact]
    public async Task SubmitButton_TextTypedWithoutSaving_IsSavedAndSubmitted()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var id = await NewCompleteDraftAsync("wjj.tb");
        await BrowserSession.LoginAsync(page, "wjj.tb");
        await page.GotoAsync($"/evaluations/{id}");

        await page.Locator("textarea[name='narrative.other']").FillAsync("提交前最后补充的说明，没有点保存。");
        session.AcceptDialogs = true;
        await page.Locator("#action-submit").ClickAsync();

        await Expect(page.Locator("#state")).ToHaveTextAsync("待部门审核");
        Assert.Contains(session.Dialogs, d => d.StartsWith("confirm:", StringComparison.Ordinal) && d.Contains("提交", StringComparison.Ordinal));
        await Expect(page.Locator("textarea[name='narrative.other']")).ToHaveValueAsync("提交前最后补充的说明，没有点保存。");
    }

    [Fact]
    public async Task LeavingWithUnsavedChanges_AsksFirstAndKeepsTheText()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var id = await NewDraftAsync("xcb.tb");
        await BrowserSession.LoginAsync(page, "xcb.tb");
        await page.GotoAsync($"/evaluations/{id}");

        await page.Locator("textarea[name='narrative.problems']").ClickAsync();
        await page.Keyboard.TypeAsync("还没保存的问题");
        session.AcceptDialogs = false;
        await page.Locator(".topbar nav a[href='/evaluations']").ClickAsync();

        await Expect(page.Locator("textarea[name='narrative.problems']")).ToHaveValueAsync("还没保存的问题");
        Assert.Contains(session.Dialogs, d => d.StartsWith("beforeunload:", StringComparison.Ordinal));
        Assert.Matches($"/evaluations/{I(id)}$", page.Url);
    }

    [Fact]
    public async Task ReviewForm_RefusedRow_KeepsEveryTypedValue()
    {
        await using var session = await BrowserSession.StartAsync(app);
        var page = session.Page;
        var id = await NewCompleteDraftAsync("rsj.tb");
        await app.WithServicesAsync(async sp =>
        {
            var service = sp.GetRequiredService<EvaluationService>();
            var db = sp.GetRequiredService<Jixiao.Data.JixiaoDbContext>();
            Actor Of(string login) => Actor.From(db.Users.Single(u => u.UserName == login));
            await service.TransitionAsync(Of("rsj.tb"), id, Jixiao.Domain.Review.ReviewAction.Submit, null);
            await service.TransitionAsync(Of("rsj.sh"), id, Jixiao.Domain.Review.ReviewAction.DepartmentApprove, null);
            return await service.TransitionAsync(Of("reviewer"), id, Jixiao.Domain.Review.ReviewAction.StartReview, null);
        });
        await BrowserSession.LoginAsync(page, "reviewer");
        await page.GotoAsync($"/review/{id}");

        var typed = new Dictionary<string, string>
        {
            ["deduct.1.1.3[0].points"] = "1",
            ["deduct.1.1.3[0].reason"] = "执行率偏低",
            ["deduct.2.1.1[0].points"] = "0.5",
            ["deduct.2.1.1[0].reason"] = "未开展事前评估",
            ["deduct.2.2.1[0].points"] = "５",
            ["deduct.2.2.1[0].reason"] = "超过分值的扣分",
        };
        foreach (var (name, value) in typed)
        {
            await page.Locator($"input[name='{name}']").FillAsync(value);
        }

        await page.Locator("#save-review").ClickAsync();

        await Expect(page.Locator("#errors")).ToContainTextAsync("超过该指标的分值");
        foreach (var (name, value) in typed)
        {
            await Expect(page.Locator($"input[name='{name}']")).ToHaveValueAsync(value);
        }

        await Expect(page.Locator("tr[data-code='2.2.1']")).ToHaveClassAsync(new Regex("row-error"));
        Assert.DoesNotContain("执行率偏低", await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync()), StringComparison.Ordinal);
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Clicks a control after scrolling it to the middle of the window (the sticky 保存 bar covers the bottom edge).</summary>
    private static async Task ClickCenteredAsync(ILocator locator)
    {
        await locator.EvaluateAsync("e => e.scrollIntoView({ block: 'center', inline: 'center' })");
        await locator.ClickAsync();
    }

    private Task<int> NewDraftAsync(string login) => app.WithServicesAsync(async sp =>
    {
        var db = sp.GetRequiredService<Jixiao.Data.JixiaoDbContext>();
        var actor = Actor.From(await db.Users.SingleAsync(u => u.UserName == login));
        var created = await sp.GetRequiredService<EvaluationService>().CreateAsync(actor, new Jixiao.Domain.Evaluations.Evaluation
        {
            Unit = string.Empty, Year = app.NewYear(), Kind = Jixiao.Domain.EvaluationKind.Department, FrameworkId = "gz-district-dept-2022",
        });
        return created.Value;
    });

    private Task<int> NewCompleteDraftAsync(string login) => app.WithServicesAsync(async sp =>
    {
        var db = sp.GetRequiredService<Jixiao.Data.JixiaoDbContext>();
        var actor = Actor.From(await db.Users.SingleAsync(u => u.UserName == login));
        var created = await sp.GetRequiredService<EvaluationService>().CreateAsync(actor, Jixiao.Web.Tests.Integration.Session.CompleteEvaluation(app.NewYear()));
        return created.Value;
    });
}

/// <summary>A Chromium page for one test, with every dialog recorded (accepted or dismissed as the test says).</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

    private IPlaywright playwright = default!;
    private IBrowser browser = default!;

    public IPage Page { get; private set; } = default!;

    public List<string> Dialogs { get; } = [];

    public bool AcceptDialogs { get; set; } = true;

    public static async Task<BrowserSession> StartAsync(KestrelApp app)
    {
        var s = new BrowserSession();
        s.playwright = await Playwright.CreateAsync();
        s.browser = await s.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
        var context = await s.browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1440, Height = 1000 }, BaseURL = app.BaseUrl });
        context.SetDefaultTimeout(60_000);
        s.Page = await context.NewPageAsync();
        s.Page.Dialog += async (_, dialog) =>
        {
            s.Dialogs.Add(dialog.Type + ":" + dialog.Message);
            if (s.AcceptDialogs)
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };
        return s;
    }

    public static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='username']").FillAsync(user);
        await page.Locator("input[name='password']").FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录" }).ClickAsync();
        await Expect(page.Locator(".who")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
