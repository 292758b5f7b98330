using System.Globalization;
using System.Net;
using Jixiao.Web.Tests.Integration.Goals;
using Jixiao.Web.Tests.Loop;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Integration;

/// <summary>
/// The record families whose id is not an evaluation's (goal declarations, monitoring rounds and tasks, re-check samples,
/// rectification items): every page, download and API route that takes such an id, tried by people who must not see it.
/// A refusal is 403/404 (or a redirect to the sign-in/denied page); never 200, never a 500.
/// </summary>
public sealed class RecordFamilyAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static async Task<List<string>> RefusedAsync(Session session, IEnumerable<(HttpMethod Method, string Url)> probes, params HttpStatusCode[] allowed)
    {
        var failures = new List<string>();
        foreach (var (method, url) in probes)
        {
            using var request = new HttpRequestMessage(method, url);
            if (method != HttpMethod.Get)
            {
                request.Headers.Add("RequestVerificationToken", await session.ApiTokenAsync());
                request.Content = new StringContent(BodyFor(url), System.Text.Encoding.UTF8, "application/json");
            }

            var response = await session.Client.SendAsync(request);
            var denied = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true;
            if (!allowed.Contains(response.StatusCode) && !denied)
            {
                failures.Add($"{method} {url} → {(int)response.StatusCode}");
            }
        }

        return failures;
    }

    /// <summary>A well-formed body, so that a refusal comes from the access rules and not from an unreadable request.</summary>
    private static string BodyFor(string url) => url switch
    {
        _ when url.EndsWith("/transitions", StringComparison.Ordinal) => "{\"action\":\"Submit\"}",
        _ when url.EndsWith("/follow-ups", StringComparison.Ordinal) => "{\"kind\":\"NoAction\",\"reason\":\"越权\"}",
        _ => "{}",
    };

    [Fact]
    public async Task Goals_OtherUnitAndReviewerBeforeSubmit_NotFound()
    {
        var owner = await app.LoginAsync("zzb.tb");
        var id = await owner.DeclareAsync(GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", app.NewYear()));
        (HttpMethod, string)[] probes =
        [
            (HttpMethod.Get, $"/goals/{I(id)}"), (HttpMethod.Get, $"/goals/{I(id)}/documents/docx"), (HttpMethod.Get, $"/goals/{I(id)}/documents/xlsx"),
            (HttpMethod.Get, $"/goal-review/{I(id)}"), (HttpMethod.Get, $"/goal-review/{I(id)}/opinions.xlsx"),
        ];

        var other = await RefusedAsync(await app.LoginAsync("sfj.tb"), probes, HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        var reviewer = await RefusedAsync(await app.LoginAsync("reviewer"), probes, HttpStatusCode.NotFound, HttpStatusCode.Forbidden);

        Assert.True(other.Count == 0, "sfj.tb: " + string.Join("\n", other));
        Assert.True(reviewer.Count == 0, "reviewer before submission: " + string.Join("\n", reviewer));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/goals/{I(id)}")).StatusCode);
    }

    [Fact]
    public async Task MonitoringTask_OtherUnit_NotFound()
    {
        var (taskId, unitName) = await app.WithDbAsync(async db =>
        {
            var t = await db.MonitoringTasks.AsNoTracking().OrderBy(t => t.Id).FirstAsync(t => t.UnitName != "区司法局");
            return (t.Id, t.UnitName);
        });
        (HttpMethod, string)[] probes =
        [
            (HttpMethod.Get, $"/monitoring/tasks/{I(taskId)}"), (HttpMethod.Get, $"/api/monitoring/tasks/{I(taskId)}"),
            (HttpMethod.Put, $"/api/monitoring/tasks/{I(taskId)}"), (HttpMethod.Post, $"/api/monitoring/tasks/{I(taskId)}/transitions"),
            (HttpMethod.Post, $"/api/monitoring/tasks/{I(taskId)}/follow-ups"), (HttpMethod.Post, $"/monitoring/tasks/{I(taskId)}/preview"),
        ];
        var before = await app.WithDbAsync(db => db.MonitoringTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));

        // 400 is a refusal too: a body the endpoint cannot read is refused before any record is looked at.
        var failures = await RefusedAsync(await app.LoginAsync("sfj.tb"), probes, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);

        Assert.True(failures.Count == 0, $"task of {unitName}: " + string.Join("\n", failures));
        var after = await app.WithDbAsync(db => db.MonitoringTasks.AsNoTracking().SingleAsync(t => t.Id == taskId));
        Assert.Equal((before.Version, before.State), (after.Version, after.State));
        var page = await (await app.LoginAsync("sfj.tb")).GetAsync($"/monitoring/tasks/{I(taskId)}");
        Assert.DoesNotContain(unitName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rounds_Preparer_Forbidden()
    {
        var roundId = await app.WithDbAsync(db => db.MonitoringRounds.AsNoTracking().Select(r => r.Id).FirstAsync());
        (HttpMethod, string)[] probes =
        [
            (HttpMethod.Get, $"/monitoring/rounds/{I(roundId)}"), (HttpMethod.Get, $"/monitoring/rounds/{I(roundId)}/dashboard"),
            (HttpMethod.Get, $"/monitoring/rounds/{I(roundId)}/export.xlsx"), (HttpMethod.Get, $"/monitoring/rounds/{I(roundId)}/dashboard/lights.csv"),
            (HttpMethod.Get, $"/api/monitoring/rounds/{I(roundId)}"), (HttpMethod.Get, $"/api/monitoring/rounds/{I(roundId)}/tasks"),
            (HttpMethod.Get, $"/api/monitoring/rounds/{I(roundId)}/dashboard"), (HttpMethod.Get, $"/api/monitoring/rounds/{I(roundId)}/export"),
        ];

        var failures = await RefusedAsync(await app.LoginAsync("zzb.tb"), probes, HttpStatusCode.Forbidden);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync("reviewer")).GetAsync($"/api/monitoring/rounds/{I(roundId)}")).StatusCode);
    }

    [Fact]
    public async Task Recheck_Preparer_Forbidden()
    {
        var evaluationId = await app.EvaluationOfAsync("区委组织部");
        (HttpMethod, string)[] probes =
        [
            (HttpMethod.Get, "/api/recheck/samples/1"), (HttpMethod.Get, $"/api/recheck/samples/1/evaluations/{I(evaluationId)}"),
            (HttpMethod.Put, $"/api/recheck/samples/1/evaluations/{I(evaluationId)}"), (HttpMethod.Post, "/api/recheck/samples"),
        ];

        var failures = await RefusedAsync(await app.LoginAsync("zzb.tb"), probes, HttpStatusCode.Forbidden);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Rectification_OtherUnit_NotFound()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var unitId = await app.WithDbAsync(db => db.Units.Where(u => u.Name == "区委组织部").Select(u => u.Id).SingleAsync());
        var id = (await (await reviewer.PostJsonAsync("/api/rectifications", new
        {
            unitId, year = 2023, source = "Manual", problem = "会议记录不全。", requiredMeasure = "补齐记录。", owner = "办公室", deadline = "2099-12-31",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        (HttpMethod, string)[] probes = [(HttpMethod.Get, $"/rectification/{I(id)}"), (HttpMethod.Get, $"/api/rectifications/{I(id)}")];

        var failures = await RefusedAsync(await app.LoginAsync("sfj.tb"), probes, HttpStatusCode.NotFound);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync("zzb.tb")).GetAsync($"/rectification/{I(id)}")).StatusCode);
    }
}
