using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Services;
using Jixiao.Domain.Evaluations;
using Jixiao.Web.Features.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jixiao.Web.Tests.Integration;

/// <summary>
/// The application under test on a fresh database, seeded with the demo district; intent-revealing helpers for
/// signing in and driving pages and API. One instance per test class (class fixture). It runs as it would behind a
/// reverse proxy on the same machine: every request arrives from 127.0.0.1 (the in-memory test server has no
/// connection), which is configured as the trusted proxy, so a session can give its client address and scheme with
/// X-Forwarded-For / X-Forwarded-Proto (<see cref="Anonymous(string?)"/>).
/// </summary>
public abstract class JixiaoApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "jixiao-test-" + Guid.NewGuid().ToString("N"));
    private int nextYear = 2029;

    public abstract string Provider { get; }

    protected abstract string DatabaseSetting { get; }

    protected virtual int LoginPermitsPerMinute => 100;

    /// <summary>The login throttle's clock: it stands still unless a test moves it, so waits do not depend on the machine's speed.</summary>
    public ManualClock ThrottleClock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Whether 127.0.0.1 is configured as the trusted reverse proxy (default); false: the app faces clients directly.</summary>
    protected virtual bool BehindProxy => true;

    public virtual Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDirectory);
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow disk: the temp directory is cleaned by the OS later.
        }
    }

    /// <summary>Signs in through the login form (antiforgery token included) and returns the signed-in session.</summary>
    public async Task<Session> LoginAsync(string userName, string password = DemoSeeder.Password)
    {
        var session = Anonymous();
        var response = await session.TryLoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        session.UserName = userName;
        return session;
    }

    /// <summary>A new browser-less visitor; <paramref name="from"/> is its client address as the reverse proxy reports it.</summary>
    public Session Anonymous(string? from = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (from is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", from);
        }

        return new(client, this);
    }

    /// <summary>Signs in from a given client address.</summary>
    public async Task<Session> LoginFromAsync(string from, string userName, string password = DemoSeeder.Password)
    {
        var session = Anonymous(from);
        var response = await session.TryLoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        session.UserName = userName;
        return session;
    }

    /// <summary>A new user of a demo unit, for tests that change a user (password) without disturbing the demo accounts.</summary>
    public Task<string> CreateUserAsync(string userName, Jixiao.Domain.Review.ActorRole role, string unitName) =>
        WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<JixiaoDbContext>();
            var unit = await db.Units.FirstAsync(u => u.Name == unitName);
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Jixiao.Data.Entities.AppUser>>();
            var created = await users.CreateAsync(new Jixiao.Data.Entities.AppUser { UserName = userName, DisplayName = userName, Role = role, UnitId = unit.Id }, DemoSeeder.Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            return userName;
        });

    /// <summary>A year no other test of this fixture used (2030 onwards), so that drafts sent on never duplicate one another.</summary>
    public int NewYear() => Interlocked.Increment(ref nextYear);

    /// <summary>
    /// 提交 by the preparer, then 部门审核通过 by the unit's 部门审核人 (<c>xxx.sh</c> for <c>xxx.tb</c>): the evaluation is
    /// with the bureau afterwards. Both moves must succeed.
    /// </summary>
    public async Task SendToBureauAsync(Session preparer, string preparerLogin, int id, string action = "Submit")
    {
        var submitted = await preparer.TransitionAsync(id, action);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, $"{action} {id}: {(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync()}");
        var approver = await LoginAsync(preparerLogin.Replace(".tb", ".sh", StringComparison.Ordinal));
        var approved = await approver.TransitionAsync(id, "DepartmentApprove");
        Assert.True(approved.StatusCode == HttpStatusCode.OK, $"DepartmentApprove {id}: {(int)approved.StatusCode} {await approved.Content.ReadAsStringAsync()}");
    }

    public async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The id of the demo evaluation of a unit (e.g. 区司法局, a draft).</summary>
    public Task<int> EvaluationOfAsync(string unitName) =>
        WithDbAsync(db => db.Evaluations.Where(e => e.Unit!.Name == unitName).Select(e => e.Id).FirstAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Jixiao:Database", DatabaseSetting);
        builder.UseSetting("Jixiao:DataDirectory", dataDirectory);
        builder.UseSetting("Jixiao:LoginPermitsPerMinute", LoginPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (BehindProxy)
        {
            builder.UseSetting("Jixiao:ReverseProxy:KnownProxies", "127.0.0.1");
        }

        builder.UseEnvironment("Production");
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackConnectionFilter>();
            s.AddSingleton(new Jixiao.Web.Features.Security.LoginThrottle(ThrottleClock));
        });
    }
}

/// <summary>A clock that moves only when told.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}

/// <summary>Gives every in-memory request the loopback address a real connection from the proxy would have.</summary>
internal sealed class LoopbackConnectionFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return following(context);
        });
        next(app);
    };
}

/// <summary>The embedded default: a SQLite file in a temporary directory.</summary>
public class SqliteApp : JixiaoApp
{
    private readonly string file = Path.Combine(Path.GetTempPath(), "jixiao-test-" + Guid.NewGuid().ToString("N") + ".db");

    public override string Provider => "sqlite";

    protected override string DatabaseSetting => "sqlite:" + file;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by JIXIAO_TEST_POSTGRES (scripts/test.sh starts a throwaway cluster).
/// Without it the tests fail with a clear message: they are never skipped.
/// </summary>
public class PostgresApp : JixiaoApp
{
    private readonly string database = "jixiao_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? connection;

    public override string Provider => "postgres";

    protected override string DatabaseSetting => "postgres:" + (connection ?? throw new InvalidOperationException("PostgreSQL database not created yet."));

    public static string ServerConnection =>
        Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "JIXIAO_TEST_POSTGRES 未设置：PostgreSQL 集成测试需要一个真实的 PostgreSQL。请用 scripts/test.sh 运行（它会启动临时集群），" +
                "或先运行 `PGPORT=55433 bash scripts/pg-start.sh` 并设置 JIXIAO_TEST_POSTGRES=\"Host=127.0.0.1;Port=55433;Username=postgres;Password=ci_pw;Database=postgres\"。");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var server = ServerConnection;
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        connection = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = true }.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (connection is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>A browser-less user: cookies kept, redirects not followed, so tests see every status code.</summary>
public sealed partial class Session(HttpClient client, JixiaoApp? app = null)
{
    public HttpClient Client { get; } = client;

    /// <summary>Who signed in (null for an anonymous visitor).</summary>
    public string? UserName { get; internal set; }

    /// <summary>
    /// 提交 (or 再次提交) by this preparer, then 部门审核通过 by the unit's 部门审核人 (<c>xxx.sh</c> for <c>xxx.tb</c>):
    /// the evaluation is with the bureau afterwards.
    /// </summary>
    public Task SubmitThroughDepartmentAsync(int id, string action = "Submit") =>
        (app ?? throw new InvalidOperationException("Session without app.")).SendToBureauAsync(this, UserName ?? throw new InvalidOperationException("Not signed in."), id, action);

    private string? authCookie;

    public async Task<HttpResponseMessage> TryLoginAsync(string userName, string password)
    {
        var token = await TokenFromPageAsync("/account/login");
        var response = await Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["username"] = userName,
            ["password"] = password,
        }));
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies)
            && cookies.FirstOrDefault(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal)) is { } auth)
        {
            authCookie = auth["jixiao.auth=".Length..].Split(';')[0];
        }

        return response;
    }

    /// <summary>The value of the login cookie this session received, as someone who copied it from the browser would have it.</summary>
    public string AuthCookie() => authCookie ?? throw new InvalidOperationException("This session has not signed in.");

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a Blazor form of a page (<paramref name="formName"/> is its @formname) with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostPageFormAsync(string pageUrl, string formName, IReadOnlyDictionary<string, string> fields, string? tokenPage = null)
    {
        var token = await TokenFromPageAsync(tokenPage ?? pageUrl);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
        return await Client.PostAsync(pageUrl, new FormUrlEncodedContent(all));
    }

    public async Task<string> ApiTokenAsync()
    {
        var response = await Client.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery");
        return response!["token"];
    }

    public async Task<HttpResponseMessage> ApiAsync(HttpMethod method, string url, object? body = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: EvaluationJson.Options);
        }

        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", await ApiTokenAsync());
        }

        return await Client.SendAsync(request);
    }

    public async Task<EvaluationDto> GetEvaluationAsync(int id)
    {
        var response = await Client.GetAsync($"/api/evaluations/{id}");
        Assert.True(response.IsSuccessStatusCode, $"GET /api/evaluations/{id}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<EvaluationDto>(EvaluationJson.Options))!;
    }

    public Task<HttpResponseMessage> SaveEvaluationAsync(int id, int version, Evaluation evaluation) =>
        ApiAsync(HttpMethod.Put, $"/api/evaluations/{id}", new SaveRequest(version, evaluation));

    public Task<HttpResponseMessage> TransitionAsync(int id, string action, string? comment = null) =>
        ApiAsync(HttpMethod.Post, $"/api/evaluations/{id}/transitions", new TransitionRequest(action, comment));

    public Task<HttpResponseMessage> SubmitEvaluationAsync(int id) => TransitionAsync(id, "Submit");

    /// <summary>A new draft of the session's own unit, so that each test works on its own record.</summary>
    public async Task<int> CreateDraftAsync(int year = 2024)
    {
        var response = await ApiAsync(HttpMethod.Post, "/api/evaluations", new Evaluation
        {
            Unit = string.Empty,
            Year = year,
            Kind = Jixiao.Domain.EvaluationKind.Department,
            FrameworkId = "gz-district-dept-2022",
            Budget = new BudgetFigures { Adjusted = 780m, Executed = 702.3m },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create draft: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, int>>();
        return body!["id"];
    }

    /// <summary>
    /// A new draft that passes every gate (scoreable, every required section, no placeholder): the 海珠 2022 test case
    /// moved to a year of its own (<see cref="JixiaoApp.NewYear"/>) unless <paramref name="year"/> is given.
    /// </summary>
    public async Task<int> CreateCompleteDraftAsync(int? year = null)
    {
        var response = await ApiAsync(HttpMethod.Post, "/api/evaluations", CompleteEvaluation(year ?? app?.NewYear() ?? 2030));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create complete draft: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, int>>();
        return body!["id"];
    }

    /// <summary>The evaluation <see cref="CreateCompleteDraftAsync"/> sends: 99 points, every required narrative section written.</summary>
    public static Evaluation CompleteEvaluation(int year)
    {
        var source = EvaluationSerializer.Parse(File.ReadAllText(Path.Combine(Jixiao.Tests.Repo.Root, "testdata/haizhu-2022/evaluation.yaml")), "haizhu-2022").Value;
        return source with
        {
            Unit = string.Empty,
            Year = year,
            Narrative = new Narrative
            {
                SelfEvaluation = "成立自评小组，对照评分表逐项核实。",
                Overview = "本部门主要职能为组织建设，内设 6 个科室，编制 40 人。",
                Tasks = "年度重点工作：基层党建、干部培训、人才工作。",
                Management = "制定预算绩效管理办法，开展年中监控。",
                GoalAnalysis = "年度绩效目标全部完成。",
                Achievements = "完成培训 21 期，群众满意度 96%。",
                Problems = "个别项目预算调剂较多。",
                Measures = "细化项目预算，提高指标编制质量。",
                ProjectAnalysis = "重点项目按计划实施，执行率均达 100%。",
                ResultUse = "自评结果用于下一年度预算安排。",
            },
        };
    }

    public async Task<string> TokenFromPageAsync(string url)
    {
        var html = await (await Client.GetAsync(url)).Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token on " + url);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
