using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Jixiao.Web;
using Jixiao.Web.Features.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Load benchmark: the web app on loopback against PostgreSQL holding N evaluations; U concurrent virtual users
// (half reviewers browsing the review queue page and API, half preparers reading and saving their evaluation)
// for a bounded time. Prints p50/p95/p99 per request kind.
//   dotnet run -c Release --project bench/Jixiao.LoadBench -- --pg "Host=127.0.0.1;Port=55433;Username=postgres;Password=ci_pw;Database=postgres" [--evaluations 50000] [--users 100] [--seconds 30] [--think 0] [--warmup 10]
var options = Args.Parse(args);
var server = options.Postgres ?? Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? throw new InvalidOperationException("需要 --pg 连接字符串或环境变量 JIXIAO_TEST_POSTGRES");
var database = "jixiao_bench";
await using (var admin = new NpgsqlConnection(server))
{
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
}

var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 120 }.ConnectionString;
var data = Path.Combine(Path.GetTempPath(), "jixiao-bench-" + Guid.NewGuid().ToString("N"));
var app = JixiaoWebHost.Build(["--urls", "http://127.0.0.1:0", "--Jixiao:Database=postgres:" + connection, "--Jixiao:DataDirectory=" + data, "--Jixiao:LoginPermitsPerMinute=100000", "--Logging:LogLevel:Default=Warning"]);
await JixiaoWebHost.PrepareAsync(app, _ => { });
var preparers = options.Users / 2;
var clock = Stopwatch.StartNew();
var preparerIds = await SeedAsync(app.Services, options.Evaluations, preparers);
Console.WriteLine($"已写入 {options.Evaluations.ToString(CultureInfo.InvariantCulture)} 条自评（{clock.Elapsed.TotalSeconds:0.0} 秒）");
await app.StartAsync();
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

var sessions = new List<(HttpClient Client, string Kind, int EvaluationId)>();
for (var i = 0; i < options.Users; i++)
{
    var isPreparer = i < preparers;
    var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = new Uri(baseUrl) };
    await LoginAsync(client, isPreparer ? $"bench.{i.ToString(CultureInfo.InvariantCulture)}" : "reviewer");
    sessions.Add((client, isPreparer ? "preparer" : "reviewer", isPreparer ? preparerIds[i] : 0));
}

Console.WriteLine($"{options.Users.ToString(CultureInfo.InvariantCulture)} 个虚拟用户已登录，预热 {options.WarmupSeconds.ToString(CultureInfo.InvariantCulture)} 秒后计时 {options.Seconds.ToString(CultureInfo.InvariantCulture)} 秒……");
var samples = new System.Collections.Concurrent.ConcurrentBag<(string Kind, double Ms, bool Ok)>();
var measuring = false;
var cpuAtStart = (Process: TimeSpan.Zero, Postgres: TimeSpan.Zero);
var loadAtStart = string.Empty;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds + options.WarmupSeconds));
_ = Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds)).ContinueWith(_ =>
{
    cpuAtStart = (Process.GetCurrentProcess().TotalProcessorTime, Cpu.Postgres());
    loadAtStart = Cpu.LoadAverage();
    measuring = true;
}, TaskScheduler.Default);
await Task.WhenAll(sessions.Select(s => Task.Run(() => UserLoopAsync(s.Client, s.Kind, s.EvaluationId, stop.Token))));
var processCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart.Process;
var postgresCpu = Cpu.Postgres() - cpuAtStart.Postgres;

Console.WriteLine();
Console.WriteLine($"PostgreSQL 中 {options.Evaluations.ToString(CultureInfo.InvariantCulture)} 条自评，{options.Users.ToString(CultureInfo.InvariantCulture)} 个并发用户，计时 {options.Seconds.ToString(CultureInfo.InvariantCulture)} 秒，{Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} 核");
Console.WriteLine($"{"请求",-28}{"次数",8}{"失败",6}{"p50 ms",9}{"p95 ms",9}{"p99 ms",9}");
foreach (var group in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(samples.GroupBy(_ => "全部").First()))
{
    var ms = group.Select(s => s.Ms).Order().ToArray();
    Console.WriteLine($"{group.Key,-28}{ms.Length,8}{group.Count(s => !s.Ok),6}{P(ms, 0.50),9:0.0}{P(ms, 0.95),9:0.0}{P(ms, 0.99),9:0.0}");
}

Console.WriteLine($"思考时间：{options.ThinkMs.ToString(CultureInfo.InvariantCulture)} ms");
Console.WriteLine($"吞吐：{samples.Count / (double)options.Seconds:0.0} 请求/秒");
Console.WriteLine($"计时开始时负载（/proc/loadavg）：{loadAtStart}");
var perRequest = samples.IsEmpty ? 0 : 1.0 / samples.Count;
Console.WriteLine($"每个请求的 CPU 时间：本进程（Web 应用 + 负载生成器）{processCpu.TotalMilliseconds * perRequest:0.0} ms，PostgreSQL {postgresCpu.TotalMilliseconds * perRequest:0.0} ms");
await app.StopAsync();
await app.DisposeAsync();
return 0;

async Task UserLoopAsync(HttpClient client, string kind, int id, CancellationToken ct)
{
    var token = (await client.GetFromJsonAsync<Dictionary<string, string>>("/api/antiforgery", ct))!["token"];
    var n = 0;
    while (!ct.IsCancellationRequested)
    {
        try
        {
            if (kind == "reviewer")
            {
                await TimeAsync(n++ % 2 == 0 ? "GET /review（复核队列页面）" : "GET /api/review-queue", () => client.GetAsync(n % 2 == 1 ? "/review" : "/api/review-queue", ct));
                await ThinkAsync(ct);
            }
            else
            {
                EvaluationDto? current = null;
                await TimeAsync("GET /api/evaluations/{id}", async () =>
                {
                    var r = await client.GetAsync($"/api/evaluations/{id}", ct);
                    current = r.IsSuccessStatusCode ? await r.Content.ReadFromJsonAsync<EvaluationDto>(EvaluationJson.Options, ct) : null;
                    return r;
                });
                await ThinkAsync(ct);
                if (current is null)
                {
                    continue; // the failed GET is counted; read again
                }

                var edited = current.Evaluation with { OverallGoal = "负载测试 " + n++.ToString(CultureInfo.InvariantCulture) };
                await TimeAsync("PUT /api/evaluations/{id}", () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{id}") { Content = JsonContent.Create(new SaveRequest(current.Summary.Version, edited), options: EvaluationJson.Options) };
                    request.Headers.Add("RequestVerificationToken", token);
                    return client.SendAsync(request, ct);
                });
                await ThinkAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
}

// Think time between a user's requests (--think MS, default 0: every user sends its next request as soon as the last one returns).
Task ThinkAsync(CancellationToken ct) => options.ThinkMs > 0 ? Task.Delay(options.ThinkMs, ct) : Task.CompletedTask;

async Task TimeAsync(string kind, Func<Task<HttpResponseMessage>> send)
{
    var start = Stopwatch.GetTimestamp();
    using var response = await send();
    await response.Content.LoadIntoBufferAsync();
    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    if (measuring)
    {
        samples.Add((kind, ms, response.IsSuccessStatusCode));
    }
}

static double P(double[] sorted, double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

static async Task LoginAsync(HttpClient client, string user)
{
    var html = await client.GetStringAsync("/account/login");
    var token = WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
    var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["username"] = user, ["password"] = DemoSeeder.Password }));
    if (response.Headers.Location?.OriginalString.Contains("error", StringComparison.Ordinal) != false)
    {
        throw new InvalidOperationException("login failed for " + user);
    }
}

static async Task<int[]> SeedAsync(IServiceProvider services, int count, int preparers)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
    var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    var bureau = await db.Bureaus.OrderBy(b => b.Id).FirstAsync();
    var template = await db.Evaluations.AsNoTracking().FirstAsync(e => e.State == ReviewState.Published);
    var units = new List<Unit>();
    for (var u = 0; u < 500; u++)
    {
        units.Add(new Unit { Name = $"压测单位{u.ToString("000", CultureInfo.InvariantCulture)}", BureauId = bureau.Id });
    }

    db.Units.AddRange(units);
    await db.SaveChangesAsync();
    var states = new[] { ReviewState.Draft, ReviewState.Submitted, ReviewState.InReview, ReviewState.Returned, ReviewState.Resubmitted, ReviewState.Approved, ReviewState.Published };
    var now = DateTimeOffset.UtcNow;
    for (var batch = 0; batch < count; batch += 2000)
    {
        for (var i = batch; i < Math.Min(count, batch + 2000); i++)
        {
            db.Evaluations.Add(new EvaluationRecord
            {
                UnitId = units[i % units.Count].Id,
                Year = 2015 + (i % 10),
                Kind = template.Kind,
                Title = units[i % units.Count].Name,
                FrameworkId = template.FrameworkId,
                State = i < preparers ? ReviewState.Draft : states[i % states.Length],
                SubmittedAt = i < preparers || states[i % states.Length] == ReviewState.Draft ? null : now,
                Content = template.Content,
                SelfTotal = 60m + (i % 40),
                SelfGrade = (i % 40) >= 30 ? "优" : (i % 40) >= 20 ? "良" : "中",
                ReviewTotal = 60m + (i % 40),
                ExecutionRate = 50m + (i % 50),
                MaxSeverity = i % 4,
                FindingCount = i % 7,
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
                UpdatedBy = "bench",
            });
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    var ids = await db.Evaluations.Where(e => e.UpdatedBy == "bench").OrderBy(e => e.Id).Take(preparers).Select(e => new { e.Id, e.UnitId }).ToListAsync();
    for (var p = 0; p < preparers; p++)
    {
        var user = new AppUser { UserName = $"bench.{p.ToString(CultureInfo.InvariantCulture)}", DisplayName = "压测填报人", Role = ActorRole.Preparer, UnitId = ids[p].UnitId };
        var result = await users.CreateAsync(user, DemoSeeder.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    // A database of this size in service has planner statistics (autovacuum analyses a table after bulk changes); the seeding
    // above writes 50,000 rows within seconds, before autovacuum's next round, so gather them now as it would.
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
    return ids.Select(x => x.Id).ToArray();
}

/// <summary>CPU time read from /proc, so that the cost per request can be shown even on a machine that other work shares.</summary>
internal static class Cpu
{
    /// <summary>User + system time of every postgres process (clock ticks of 10 ms).</summary>
    public static TimeSpan Postgres()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(stat.IndexOf('(') + 1).StartsWith("postgres", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the process ended while being read
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
}

internal sealed record Args(string? Postgres, int Evaluations, int Users, int Seconds, int ThinkMs, int WarmupSeconds)
{
    public static Args Parse(string[] args)
    {
        string? Get(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Args(Get("--pg"), Int("--evaluations", 50_000), Int("--users", 100), Math.Clamp(Int("--seconds", 30), 5, 300), Math.Max(0, Int("--think", 0)), Math.Clamp(Int("--warmup", 10), 0, 120));
    }
}
