using System.Globalization;
using System.Net;
using Jixiao.Data;
using Jixiao.Data.Services;
using Jixiao.Domain.Review;
using Jixiao.Web.Tests.Loop;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration;

/// <summary>
/// 更正 of a published self-evaluation (issue 14, item 6): the bureau opens a correction with a reason, the unit corrects
/// it through the normal workflow, and once it is published both versions stay public: the original unchanged (documents,
/// hashes) and marked 已被更正, the list showing the current version, each page the chain.
/// </summary>
public abstract class CorrectionTests(JixiaoApp app)
{
    private const string Reason = "预算执行数填报有误，更正为 790 万元。";

    [Fact]
    public async Task Correction_PublishedReport_BothVersionsPublicOriginalUnchangedAndMarked()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var year = app.NewYear();
        var original = await PublishNewAsync(preparer, reviewer, year);
        var frozen = await app.WithDbAsync(db => db.PublishedDocuments.AsNoTracking().Where(d => d.EvaluationId == original).OrderBy(d => d.Format)
            .Select(d => new { d.Format, d.Sha256, d.Content }).ToListAsync());
        var before = await app.WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == original));
        Assert.NotEmpty(frozen);
        Assert.Contains("id=\"open-correction\"", await reviewer.GetHtmlAsync($"/review/{original}"), StringComparison.Ordinal);

        var opened = await (await reviewer.PostJsonAsync($"/api/evaluations/{original}/corrections", new { reason = Reason })).JsonAsync(HttpStatusCode.Created);
        var correction = opened.GetProperty("id").GetInt32();
        Assert.NotEqual(original, correction);

        // Only one correction at a time.
        var again = await reviewer.PostJsonAsync($"/api/evaluations/{original}/corrections", new { reason = "再次更正" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("已有更正版本", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The unit gets a draft: a copy of the published content, with the bureau's reason on its page.
        var draft = await preparer.GetEvaluationAsync(correction);
        Assert.Equal(ReviewState.Draft, draft.Summary.State);
        Assert.Equal(before.Content, await app.WithDbAsync(db => db.Evaluations.AsNoTracking().Where(e => e.Id == correction).Select(e => e.Content).SingleAsync()));
        var evidence = await app.WithDbAsync(db => db.EvidenceFiles.AsNoTracking().Where(f => f.EvaluationId == original || f.EvaluationId == correction)
            .Select(f => new { f.EvaluationId, f.FileName, f.Sha256 }).ToListAsync());
        Assert.Equal(
            evidence.Where(f => f.EvaluationId == original).Select(f => (f.FileName, f.Sha256)).Single(),
            evidence.Where(f => f.EvaluationId == correction).Select(f => (f.FileName, f.Sha256)).Single());
        var editPage = WebUtility.HtmlDecode(await preparer.GetHtmlAsync($"/evaluations/{correction}"));
        Assert.Contains("第 2 版", editPage, StringComparison.Ordinal);
        Assert.Contains(Reason, editPage, StringComparison.Ordinal);

        // Unit edits and submits, department approves, bureau approves and publishes: the duplicate gate lets the chain through.
        var corrected = draft.Evaluation with { Budget = draft.Evaluation.Budget with { Executed = 790m } };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(correction, draft.Summary.Version, corrected)).StatusCode);
        await app.SendToBureauAsync(preparer, "sfj.tb", correction);
        await MoveAsync(reviewer, correction, "StartReview");
        await MoveAsync(reviewer, correction, "Approve");
        await MoveAsync(reviewer, correction, "Publish");

        // The original: still published, content and frozen documents byte for byte as before, marked 已被更正.
        var after = await app.WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == original));
        Assert.Equal(ReviewState.Published, after.State);
        Assert.NotNull(after.SupersededAt);
        Assert.Equal(before.Content, after.Content);
        Assert.Equal(before.ApprovedContentSha256, after.ApprovedContentSha256);
        Assert.Equal(before.PublishedAt, after.PublishedAt);
        var frozenAfter = await app.WithDbAsync(db => db.PublishedDocuments.AsNoTracking().Where(d => d.EvaluationId == original).OrderBy(d => d.Format)
            .Select(d => new { d.Format, d.Sha256, d.Content }).ToListAsync());
        Assert.Equal(frozen.Select(d => (d.Format, d.Sha256)), frozenAfter.Select(d => (d.Format, d.Sha256)));
        Assert.All(frozen.Zip(frozenAfter), p => Assert.Equal(p.First.Content, p.Second.Content));

        var next = await app.WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.Id == correction));
        Assert.Equal((ReviewState.Published, 2, (int?)original, (string?)Reason), (next.State, next.Revision, next.SupersedesId, next.CorrectionReason));
        Assert.NotEqual(before.ApprovedContentSha256, next.ApprovedContentSha256);

        // Publication check passes for both versions.
        var anonymous = app.Anonymous();
        foreach (var id in new[] { original, correction })
        {
            var check = await anonymous.GetJsonAsync($"/api/public/evaluations/{id}/publication-check");
            Assert.True(check.GetProperty("allMatch").GetBoolean(), $"publication check of {id}");
        }

        // The public list shows the current version only; both pages stay readable and show the chain.
        var list = await anonymous.GetHtmlAsync($"/public?year={year}&q=" + Uri.EscapeDataString("司法局"));
        Assert.Contains($"href=\"/public/{correction}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/public/{original}\"", list, StringComparison.Ordinal);
        var oldPage = WebUtility.HtmlDecode(await anonymous.GetHtmlAsync($"/public/{original}"));
        Assert.Contains("已被更正", oldPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/public/{correction}\"", oldPage, StringComparison.Ordinal);
        Assert.Contains(Reason, oldPage, StringComparison.Ordinal);
        Assert.All(frozen, d => Assert.Contains(d.Sha256, oldPage, StringComparison.Ordinal));
        var newPage = WebUtility.HtmlDecode(await anonymous.GetHtmlAsync($"/public/{correction}"));
        Assert.Contains("（第 2 版）", newPage, StringComparison.Ordinal);
        Assert.Contains(Reason, newPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/public/{original}\"", newPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"superseded\"", newPage, StringComparison.Ordinal);
        var report = await anonymous.GetJsonAsync($"/api/public/evaluations/{original}");
        Assert.Equal(new[] { original, correction }, report.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetInt32()));

        // The bureau's dashboard counts the chain once, by its current version.
        var figures = await app.WithServicesAsync(sp => sp.GetRequiredService<DashboardService>().FiguresAsync(Actor.System, year));
        Assert.Equal((1, 1), (figures.Count, figures.States["已公开"]));

        // Use of results suggests the unit's budget change once, from the current version.
        var results = await (await app.LoginAsync("reviewer")).GetJsonAsync($"/api/results?year={year}");
        Assert.Equal(new[] { correction }, results.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("unitName").GetString() == "区司法局")
            .Select(r => r.GetProperty("evaluationId").GetInt32()));

        // The chain counts as one evaluation: a separate one of the same unit, year and kind is still refused, naming the current version.
        var separate = await preparer.CreateCompleteDraftAsync(year);
        var refused = await preparer.TransitionAsync(separate, "Submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"编号 {correction}，状态：已公开"), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Audit: opening on both records, the correction's own workflow, and the marking of the original.
        var originalActions = await ActionsAsync(original);
        Assert.Equal(new[] { "evaluation.publish", "evaluation.correction-opened", "evaluation.superseded" }, originalActions.TakeLast(3));
        var correctionActions = await ActionsAsync(correction);
        Assert.Equal("evaluation.correction", correctionActions[0]);
        Assert.Equal("evaluation.publish", correctionActions[^1]);
    }

    [Fact]
    public async Task Correction_Refusals_PreparerNoReasonNotPublished()
    {
        var preparer = await app.LoginAsync("fgj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await app.SendToBureauAsync(preparer, "fgj.tb", id);
        await MoveAsync(reviewer, id, "StartReview");
        await MoveAsync(reviewer, id, "Approve");

        // Approved but not yet published: no correction (it can still be published as it is).
        var notPublished = await reviewer.PostJsonAsync($"/api/evaluations/{id}/corrections", new { reason = Reason });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPublished.StatusCode);
        Assert.Equal("application/problem+json", notPublished.Content.Headers.ContentType?.MediaType);
        Assert.Contains("只有已公开的自评才能发起更正", await notPublished.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await MoveAsync(reviewer, id, "Publish");

        // The unit itself cannot open one.
        var byPreparer = await preparer.PostJsonAsync($"/api/evaluations/{id}/corrections", new { reason = Reason });
        Assert.Equal(HttpStatusCode.Forbidden, byPreparer.StatusCode);
        Assert.Contains("只有财政局复核人可以发起更正", await byPreparer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A reason is required, through the API and the review page.
        var noReason = await reviewer.PostJsonAsync($"/api/evaluations/{id}/corrections", new { reason = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("必须填写更正原因", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await reviewer.PostPageFormAsync($"/review/{id}", "correction", new Dictionary<string, string> { ["reason"] = string.Empty });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains("必须填写更正原因", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.False(await app.WithDbAsync(db => db.Evaluations.AnyAsync(e => e.SupersedesId == id)));
        Assert.DoesNotContain(await ActionsAsync(id), a => a.StartsWith("evaluation.correction", StringComparison.Ordinal));
    }

    private async Task<int> PublishNewAsync(Session preparer, Session reviewer, int year)
    {
        var id = await preparer.CreateCompleteDraftAsync(year);
        var added = await app.WithServicesAsync(async sp =>
        {
            using var pdf = new MemoryStream("%PDF-1.4 更正测试佐证"u8.ToArray());
            return await sp.GetRequiredService<EvaluationService>().AddEvidenceAsync(Actor.System, id, "会议纪要.pdf", "application/pdf", pdf, sp.GetRequiredService<EvidenceStore>());
        });
        Assert.True(added.IsOk, string.Join("；", added.Errors.Select(e => e.Message)));
        await app.SendToBureauAsync(preparer, "sfj.tb", id);
        await MoveAsync(reviewer, id, "StartReview");
        await MoveAsync(reviewer, id, "Approve");
        await MoveAsync(reviewer, id, "Publish");
        return id;
    }

    private static async Task MoveAsync(Session who, int id, string action)
    {
        var response = await who.TransitionAsync(id, action);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action} {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private Task<List<string>> ActionsAsync(int id)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        return app.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.EntityType == "evaluation" && a.EntityId == key).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }
}

public sealed class CorrectionTests_Sqlite(SqliteApp app) : CorrectionTests(app), IClassFixture<SqliteApp>;

public sealed class CorrectionTests_Postgres(PostgresApp app) : CorrectionTests(app), IClassFixture<PostgresApp>;
