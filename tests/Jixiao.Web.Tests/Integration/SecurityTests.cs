using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Integration;

/// <summary>CSRF, output encoding, upload limits, login throttling and lockout.</summary>
public abstract class SecurityTests(JixiaoApp app)
{
    [Fact]
    public async Task PageForm_WithoutAntiforgeryToken_IsRejectedAndNothingSaved()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.Client.PostAsync($"/evaluations/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "save",
            ["version"] = "1",
            ["overallGoal"] = "跨站伪造的修改",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await preparer.GetEvaluationAsync(id)).Evaluation.OverallGoal);
    }

    [Fact]
    public async Task ApiWrite_WithoutAntiforgeryHeader_IsRejected()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.ApiAsync(HttpMethod.Post, $"/api/evaluations/{id}/transitions", new { action = "Submit" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CSRF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("draft", (await preparer.GetEvaluationAsync(id)).Summary.State.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRejected()
    {
        var preparer = await app.LoginAsync("sfj.tb");

        var response = await preparer.Client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Narrative_WithHtml_IsEscapedOnEveryPage()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        var current = await preparer.GetEvaluationAsync(id);
        const string attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        await preparer.SaveEvaluationAsync(id, current.Summary.Version, current.Evaluation with { Narrative = current.Evaluation.Narrative with { Problems = attack } });
        await app.SendToBureauAsync(preparer, "sfj.tb", id);
        var reviewer = await app.LoginAsync("reviewer");

        foreach (var html in new[] { await preparer.GetHtmlAsync($"/evaluations/{id}"), await reviewer.GetHtmlAsync($"/review/{id}") })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_ChineseText_IsNotEntityEncoded()
    {
        var html = await app.Anonymous().GetHtmlAsync("/public");

        Assert.Contains("预算绩效自评公开", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("病毒.exe", "MZ\u0090\u0000binary", "不支持的文件类型")]
    [InlineData("伪装.pdf", "<html>not a pdf</html>", "文件内容与扩展名")]
    [InlineData("空.pdf", "", "请选择要上传的文件")]
    public async Task EvidenceUpload_WrongType_IsRefusedAndNothingStored(string name, string content, string message)
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await UploadAsync(preparer, id, name, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.EvaluationId == id)));
    }

    [Fact]
    public async Task EvidenceUpload_Oversized_IsRefused()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.4"u8.CopyTo(big);

        var response = await UploadAsync(preparer, id, "过大.pdf", big);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("10 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.EvaluationId == id)));
    }

    [Fact]
    public async Task EvidenceUpload_ValidPdf_IsStoredOutsideWebRootUnderItsHash()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();
        var bytes = "%PDF-1.4 会议纪要"u8.ToArray();

        var response = await UploadAsync(preparer, id, "会议纪要.pdf", bytes);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await app.WithDbAsync(db => db.EvidenceFiles.SingleAsync(f => f.EvaluationId == id));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/evidence/" + file.Sha256)).StatusCode);
        var download = await preparer.GetAsync($"/evidence/{file.Id}");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        var session = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.TryLoginAsync("jgw.tb", "wrong-password");
            Assert.Contains("error=", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var right = await session.TryLoginAsync("jgw.tb", Jixiao.Data.Services.DemoSeeder.Password);

        Assert.Contains("error=locked", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "account.locked" && a.EntityId == "jgw.tb")));
    }

    private static async Task<HttpResponseMessage> UploadAsync(Session s, int id, string name, byte[] bytes)
    {
        var token = await s.TokenFromPageAsync($"/evaluations/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("save"), "_handler" },
            { new StringContent("upload"), "intent" },
            { new ByteArrayContent(bytes), "file", name },
        };
        return await s.Client.PostAsync($"/evaluations/{id}", form);
    }
}

public sealed class SecurityTests_Sqlite(SqliteApp app) : SecurityTests(app), IClassFixture<SqliteApp>;

public sealed class SecurityTests_Postgres(PostgresApp app) : SecurityTests(app), IClassFixture<PostgresApp>;

/// <summary>An app whose login endpoint allows few attempts per minute, to see the throttle (429) without waiting.</summary>
public sealed class ThrottledApp : SqliteApp
{
    protected override int LoginPermitsPerMinute => 5;
}

public sealed class LoginThrottleTests(ThrottledApp app) : IClassFixture<ThrottledApp>
{
    [Fact]
    public async Task Login_RepeatedAttemptsFromOneAddress_AreThrottled()
    {
        var session = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await session.TryLoginAsync("nobody" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "guess")).StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var last = await session.TryLoginAsync("zzb.tb", Jixiao.Data.Services.DemoSeeder.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("过于频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
