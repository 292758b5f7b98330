using System.Globalization;
using System.Net;
using Jixiao.Data.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration;

/// <summary>
/// Every endpoint that touches one evaluation, tried against another unit's draft by people who must not see it:
/// anonymous, a preparer of another unit, the bureau reviewer (drafts are not yet the bureau's). Nothing may be
/// read (no 200 with its content) and nothing may change.
/// </summary>
public abstract class AuthorizationMatrixTests(JixiaoApp app)
{
    private sealed record Probe(string Route, HttpMethod Method, Func<int, int, string> Url, Func<Session, int, Task<HttpContent?>> Body, string Kind);

    private static Task<HttpContent?> None(Session s, int id) => Task.FromResult<HttpContent?>(null);

    private static Func<Session, int, Task<HttpContent?>> PageForm(string handler, Dictionary<string, string> fields) => async (s, id) =>
    {
        var token = await s.TokenFromPageAsync("/account/login");
        return new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = handler });
    };

    private static Func<Session, int, Task<HttpContent?>> Json(string json) => (s, id) => Task.FromResult<HttpContent?>(new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static readonly Probe[] Probes =
    [
        new("/evaluations/{Id:int}", HttpMethod.Get, (id, _) => $"/evaluations/{I(id)}", None, "page"),
        new("/evaluations/{Id:int}", HttpMethod.Post, (id, _) => $"/evaluations/{I(id)}", PageForm("save", new() { ["version"] = "1", ["overallGoal"] = "越权修改" }), "page"),
        new("/evaluations/{Id:int}", HttpMethod.Post, (id, _) => $"/evaluations/{I(id)}", PageForm("transition-Submit", new()), "page"),
        new("/review/{Id:int}", HttpMethod.Get, (id, _) => $"/review/{I(id)}", None, "page"),
        new("/review/{Id:int}", HttpMethod.Post, (id, _) => $"/review/{I(id)}", PageForm("act-StartReview", new()), "page"),
        new("/public/{Id:int}", HttpMethod.Get, (id, _) => $"/public/{I(id)}", None, "page"),
        new("/api/public/evaluations/{id:int}", HttpMethod.Get, (id, _) => $"/api/public/evaluations/{I(id)}", None, "api"),
        new("/evaluations/{id:int}/preview", HttpMethod.Post, (id, _) => $"/evaluations/{I(id)}/preview", PageForm("x", new()), "endpoint"),
        new("/evaluations/{id:int}/documents/{format}", HttpMethod.Get, (id, _) => $"/evaluations/{I(id)}/documents/xlsx", None, "endpoint"),
        new("/evidence/{id:int}", HttpMethod.Get, (_, evidence) => $"/evidence/{I(evidence)}", None, "endpoint"),
        new("/api/evaluations/{id:int}", HttpMethod.Get, (id, _) => $"/api/evaluations/{I(id)}", None, "api"),
        new("/api/evaluations/{id:int}", HttpMethod.Put, (id, _) => $"/api/evaluations/{I(id)}", Json("{\"version\":1,\"evaluation\":{\"unit\":\"x\",\"year\":2024,\"kind\":\"department\",\"frameworkId\":\"gz-district-dept-2022\",\"overallGoal\":\"越权修改\"}}"), "api"),
        new("/api/evaluations/{id:int}/findings", HttpMethod.Get, (id, _) => $"/api/evaluations/{I(id)}/findings", None, "api"),
        new("/api/evaluations/{id:int}/transitions", HttpMethod.Post, (id, _) => $"/api/evaluations/{I(id)}/transitions", Json("{\"action\":\"Submit\"}"), "api"),
        new("/api/evaluations/{id:int}/corrections", HttpMethod.Post, (id, _) => $"/api/evaluations/{I(id)}/corrections", Json("{\"reason\":\"越权更正\"}"), "api"),
        new("/api/evaluations/{id:int}/review", HttpMethod.Put, (id, _) => $"/api/evaluations/{I(id)}/review", Json("{\"version\":1,\"deductions\":{}}"), "api"),
        new("/api/evaluations/{id:int}/rectification-proposals", HttpMethod.Get, (id, _) => $"/api/evaluations/{I(id)}/rectification-proposals", None, "api"),
        new("/api/evaluations/{id:int}/rectifications", HttpMethod.Post, (id, _) => $"/api/evaluations/{I(id)}/rectifications", Json("{\"deadline\":\"2099-01-01\",\"owner\":\"越权\"}"), "api"),
        new("/api/evaluations/{id:int}/monitoring", HttpMethod.Get, (id, _) => $"/api/evaluations/{I(id)}/monitoring", None, "api"),
        new("/evaluations/{Id:int}/previous-problems", HttpMethod.Get, (id, _) => $"/evaluations/{I(id)}/previous-problems", None, "page"),
        new("/api/public/evaluations/{id:int}/publication-check", HttpMethod.Get, (id, _) => $"/api/public/evaluations/{I(id)}/publication-check", None, "api"),
        new("/api/evaluations/{id:int}/previous-problems/sync", HttpMethod.Post, (id, _) => $"/api/evaluations/{I(id)}/previous-problems/sync", Json("{}"), "api"),
    ];

    /// <summary>
    /// Routes whose id is not an evaluation's: each family has its own access test, named here so that a new family
    /// must be covered consciously.
    /// </summary>
    private static readonly Dictionary<string, string> CoveredElsewhere = new(StringComparer.Ordinal)
    {
        ["/api/goals/"] = "GoalFlowTests.GoalApi_AccessRules_OtherUnitsAndRolesRefused",
        ["/api/library/"] = "GoalFlowTests.GoalApi_AccessRules_OtherUnitsAndRolesRefused (shared data, read by every signed-in user)",
        ["/api/rectifications/"] = "RectificationTests.Rectification_PastDeadline_ListedAndCountedAsOverdue (another unit gets 404)",
        ["/rectification-evidence/"] = "RectificationTests.Rectification_ReturnedFindingsToClosedItem_NextYearListsStatus",
        ["/rectification/"] = "RecordFamilyAccessTests.Rectification_OtherUnit_NotFound",
        ["/goals/"] = "RecordFamilyAccessTests.Goals_OtherUnitAndReviewerBeforeSubmit_NotFound",
        ["/goal-review/"] = "RecordFamilyAccessTests.Goals_OtherUnitAndReviewerBeforeSubmit_NotFound",
        ["/monitoring/"] = "RecordFamilyAccessTests.MonitoringTask_OtherUnit_NotFound and Rounds_Preparer_Forbidden",
        ["/api/monitoring/"] = "RecordFamilyAccessTests.MonitoringTask_OtherUnit_NotFound and Rounds_Preparer_Forbidden",
        ["/api/recheck/"] = "RecordFamilyAccessTests.Recheck_Preparer_Forbidden",
    };

    [Fact]
    public void Probes_CoverEveryEndpointThatTakesAnId()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Where(r => r.Contains("{id", StringComparison.OrdinalIgnoreCase) && !r.StartsWith("/api/frameworks", StringComparison.Ordinal))
            .Where(r => !CoveredElsewhere.Keys.Any(prefix => r.StartsWith(prefix, StringComparison.Ordinal)))
            .Distinct()
            .ToList();
        var probed = Probes.Select(p => p.Route).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(probed.Contains(r), $"route {r} has no probe in the authorization matrix"));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("zzb.tb")]
    [InlineData("reviewer")]
    public async Task EveryEndpoint_OtherUnitsDraft_NeitherReadNorChanged(string who)
    {
        var owner = await app.LoginAsync("sfj.tb");
        var draft = await owner.CreateDraftAsync();
        var secret = "司法局内部草稿" + Guid.NewGuid().ToString("N")[..6];
        var start = await owner.GetEvaluationAsync(draft);
        await owner.SaveEvaluationAsync(draft, start.Summary.Version, start.Evaluation with { OverallGoal = secret });
        var evidence = await UploadEvidenceAsync(owner, draft);
        var before = await app.WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == draft));
        var session = who == "anonymous" ? app.Anonymous() : await app.LoginAsync(who);
        var failures = new List<string>();

        foreach (var probe in Probes)
        {
            using var request = new HttpRequestMessage(probe.Method, probe.Url(draft, evidence)) { Content = await probe.Body(session, draft) };
            if (probe.Kind == "api" && probe.Method != HttpMethod.Get && who != "anonymous")
            {
                request.Headers.Add("RequestVerificationToken", await session.ApiTokenAsync());
            }

            var response = await session.Client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var allowed = response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true);
            if (!allowed || body.Contains(secret, StringComparison.Ordinal))
            {
                failures.Add($"{probe.Method} {probe.Url(draft, evidence)} → {(int)response.StatusCode}{(body.Contains(secret, StringComparison.Ordinal) ? " (leaked content)" : string.Empty)}");
            }
        }

        var after = await app.WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == draft));
        Assert.True(failures.Count == 0, who + ": " + string.Join("\n", failures));
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.State, after.State);
        Assert.Equal(before.Content, after.Content);
    }

    [Fact]
    public async Task EveryEndpoint_OwnDraft_IsReadableByOwner()
    {
        var owner = await app.LoginAsync("sfj.tb");
        var draft = await owner.CreateDraftAsync();

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/evaluations/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/evaluations/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/evaluations/{draft}/findings")).StatusCode);
    }

    [Fact]
    public async Task ApiList_Preparer_SeesOnlyOwnUnit()
    {
        var preparer = await app.LoginAsync("zzb.tb");

        var list = await preparer.Client.GetStringAsync("/api/evaluations");

        Assert.Contains("区委组织部", list, StringComparison.Ordinal);
        Assert.DoesNotContain("区司法局", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvaluations_Anonymous_IsRefused()
    {
        var response = await app.Anonymous().Client.PostAsync("/api/evaluations", new StringContent("{\"unit\":\"x\",\"year\":2024,\"kind\":\"department\",\"frameworkId\":\"gz-district-dept-2022\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/review")]
    [InlineData("/frameworks")]
    [InlineData("/dashboard")]
    [InlineData("/api/review-queue")]
    public async Task BureauPages_Preparer_AreDenied(string url)
    {
        var preparer = await app.LoginAsync("zzb.tb");

        var response = await preparer.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied", StringComparison.Ordinal)), $"{url}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task FrameworkActivation_Preparer_IsForbidden()
    {
        var preparer = await app.LoginAsync("zzb.tb");

        var response = await preparer.ApiAsync(HttpMethod.Post, "/api/frameworks/gz-district-dept-2022/activations", new { year = 2030 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.FrameworkActivations.AnyAsync(a => a.Year == 2030)));
    }

    [Fact]
    public async Task Reviewer_OtherBureausEvaluation_IsNotFound()
    {
        var otherBureau = await app.WithDbAsync(async db =>
        {
            var bureau = new Jixiao.Data.Entities.Bureau { Name = "邻区财政局" };
            db.Bureaus.Add(bureau);
            await db.SaveChangesAsync();
            var unit = new Jixiao.Data.Entities.Unit { Name = "邻区某局", BureauId = bureau.Id };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var ids = await app.WithServicesAsync(sp => sp.GetRequiredService<EvaluationService>().ImportAsync(Actor.System, [(otherBureau, new Jixiao.Domain.Evaluations.Evaluation { Unit = "邻区某局", Year = 2024, Kind = Jixiao.Domain.EvaluationKind.Department, FrameworkId = "gz-district-dept-2022" })]));
        var id = ids.Value![0];
        var admin = await app.LoginAsync("admin");
        await app.WithServicesAsync(async sp => await sp.GetRequiredService<EvaluationService>().TransitionAsync(Actor.System, id, Jixiao.Domain.Review.ReviewAction.Submit, null));
        var reviewer = await app.LoginAsync("reviewer");

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/evaluations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/evaluations/{id}")).StatusCode);
    }

    private static async Task<int> UploadEvidenceAsync(Session owner, int id)
    {
        var token = await owner.TokenFromPageAsync($"/evaluations/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("save"), "_handler" },
            { new StringContent("upload"), "intent" },
            { new ByteArrayContent("%PDF-1.4 test evidence"u8.ToArray()), "file", "会议纪要.pdf" },
        };
        var response = await owner.Client.PostAsync($"/evaluations/{id}", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await owner.GetHtmlAsync($"/evaluations/{id}");
        var match = System.Text.RegularExpressions.Regex.Match(html, "href=\"/evidence/(\\d+)\"");
        Assert.True(match.Success, "uploaded evidence link not found");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}

public sealed class AuthorizationMatrixTests_Sqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTests_Postgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
