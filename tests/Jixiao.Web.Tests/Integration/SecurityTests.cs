using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.Contains("页面已过期", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
    public async Task Login_FiveFailuresFromOneAddress_OtherAddressStillSignsIn()
    {
        var attacker = app.Anonymous(from: "203.0.113.7");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await attacker.TryLoginAsync("jgw.tb", "wrong-password");
            Assert.Contains("error=", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var attackerAgain = await attacker.TryLoginAsync("jgw.tb", Jixiao.Data.Services.DemoSeeder.Password);
        var owner = await app.Anonymous(from: "198.51.100.20").TryLoginAsync("jgw.tb", Jixiao.Data.Services.DemoSeeder.Password);

        Assert.Contains("error=wait", attackerAgain.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/", owner.Headers.Location!.OriginalString);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "jgw.tb").Select(u => u.LockoutEnd).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "account.throttled" && a.EntityId == "jgw.tb")));
    }

    [Fact]
    public async Task Login_AfterTheWait_TheSameAddressMayTryAgain()
    {
        var session = app.Anonymous(from: "203.0.113.30");
        for (var i = 0; i < 4; i++)
        {
            await session.TryLoginAsync("fgj.tb", "wrong-password");
        }

        var blocked = await session.TryLoginAsync("fgj.tb", Jixiao.Data.Services.DemoSeeder.Password);
        app.ThrottleClock.Advance(TimeSpan.FromSeconds(3));
        var after = await session.TryLoginAsync("fgj.tb", Jixiao.Data.Services.DemoSeeder.Password);

        Assert.Equal("/account/login?error=wait&retry=2", blocked.Headers.Location!.OriginalString);
        Assert.Equal("/", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_UnknownAndKnownName_GetTheSameAnswers()
    {
        var known = app.Anonymous(from: "203.0.113.21");
        var unknown = app.Anonymous(from: "203.0.113.22");
        var answers = new List<(string Known, string Unknown)>();
        for (var i = 0; i < 6; i++)
        {
            var k = await known.TryLoginAsync("reviewer", "wrong-password");
            var u = await unknown.TryLoginAsync("no.such.user", "wrong-password");
            Assert.Equal(k.StatusCode, u.StatusCode);
            Assert.Equal(CookieNames(k), CookieNames(u));
            answers.Add((k.Headers.Location!.OriginalString, u.Headers.Location!.OriginalString));
        }

        Assert.All(answers, a => Assert.Equal(a.Known, a.Unknown));
        Assert.Contains(answers, a => a.Known.Contains("error=invalid", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Known.Contains("error=wait", StringComparison.Ordinal));

        static string CookieNames(HttpResponseMessage r) =>
            string.Join(",", (r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).Select(c => c.Split('=')[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/\\evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\\/evil.example/")]
    public async Task Login_ReturnUrlOffSite_GoesHome(string returnUrl)
    {
        var session = app.Anonymous(from: "198.51.100.31");
        var page = await session.GetHtmlAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = await session.TokenFromPageAsync("/account/login");

        var response = await session.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["username"] = "zzb.tb",
            ["password"] = Jixiao.Data.Services.DemoSeeder.Password,
            ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_LocalReturnUrl_IsFollowed()
    {
        var session = app.Anonymous(from: "198.51.100.32");
        var token = await session.TokenFromPageAsync("/account/login");

        var response = await session.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["username"] = "zzb.tb",
            ["password"] = Jixiao.Data.Services.DemoSeeder.Password,
            ["returnUrl"] = "/evaluations?year=2022",
        }));

        Assert.Equal("/evaluations?year=2022", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/public")]
    [InlineData("/account/login")]
    [InlineData("/api/public/evaluations")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task AnyResponse_CarriesSecurityHeaders(string url)
    {
        var response = await app.Anonymous().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("https", true)]
    [InlineData("http", false)]
    public async Task Login_BehindProxy_CookiesAreSecureExactlyWhenTheClientUsesHttps(string scheme, bool secure)
    {
        // The proxy talks plain HTTP to the application and tells the client's scheme in X-Forwarded-Proto; cookies are
        // carried by hand, as the browser (on HTTPS) would.
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.41");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", scheme);
        client.DefaultRequestHeaders.Host = "jixiao.example.gov.cn";
        var page = await client.GetAsync("/account/login");
        var csrf = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jixiao.csrf=", StringComparison.Ordinal));
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        using var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["username"] = "zzb.tb", ["password"] = Jixiao.Data.Services.DemoSeeder.Password }),
        };
        login.Headers.Add("Cookie", csrf.Split(';')[0]);

        var response = await client.SendAsync(login);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));
        Assert.Equal(secure, auth.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(secure, csrf.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(secure, page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Logout_CopiedCookie_IsRefused()
    {
        var user = await app.CreateUserAsync("copy.tb", Jixiao.Domain.Review.ActorRole.Preparer, "区司法局");
        var session = await app.LoginAsync(user);
        var copied = app.Anonymous();
        copied.Client.DefaultRequestHeaders.Add("Cookie", "jixiao.auth=" + session.AuthCookie());
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync("/api/evaluations")).StatusCode);

        var logout = await session.PostPageFormAsync("/account/logout", "logout", new Dictionary<string, string>(), tokenPage: "/evaluations");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copied.GetAsync("/api/evaluations")).StatusCode);
        var page = await copied.GetAsync("/evaluations");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "account.logout" && a.EntityId == user)));
    }

    [Fact]
    public async Task PasswordChange_OtherSessions_AreRevokedAndThisOneStays()
    {
        var user = await app.CreateUserAsync("pw.tb", Jixiao.Domain.Review.ActorRole.Preparer, "区司法局");
        var here = await app.LoginAsync(user);
        var elsewhere = await app.LoginFromAsync("198.51.100.50", user);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/api/evaluations")).StatusCode);

        var changed = await here.PostPageFormAsync("/account/password", "password", new Dictionary<string, string>
        {
            ["current"] = Jixiao.Data.Services.DemoSeeder.Password,
            ["next"] = "Neues#Passwort2027",
            ["confirm"] = "Neues#Passwort2027",
        });

        Assert.Equal("/account/password?done=1", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/evaluations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/evaluations")).StatusCode);
        var old = await app.Anonymous(from: "198.51.100.51").TryLoginAsync(user, Jixiao.Data.Services.DemoSeeder.Password);
        Assert.Contains("error=invalid", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await app.LoginFromAsync("198.51.100.52", user, "Neues#Passwort2027");
    }

    [Fact]
    public async Task PasswordChange_WrongCurrentPassword_IsRefusedInChinese()
    {
        var user = await app.CreateUserAsync("pw2.tb", Jixiao.Domain.Review.ActorRole.Preparer, "区司法局");
        var session = await app.LoginAsync(user);

        var refused = await session.PostPageFormAsync("/account/password", "password", new Dictionary<string, string>
        {
            ["current"] = "not-my-password",
            ["next"] = "Neues#Passwort2027",
            ["confirm"] = "Neues#Passwort2027",
        });

        Assert.Contains("当前密码不正确", await session.GetHtmlAsync(refused.Headers.Location!.OriginalString), StringComparison.Ordinal);
        await app.LoginFromAsync("198.51.100.53", user);
    }

    [Theory]
    [InlineData("/public?year=abc", null)]
    [InlineData("/evaluations?year=abc", "zzb.tb")]
    [InlineData("/dashboard?year=abc", "reviewer")]
    [InlineData("/review?page=abc", "reviewer")]
    public async Task Page_QueryNotANumber_IsChinese400(string url, string? who)
    {
        var session = who is null ? app.Anonymous() : await app.LoginAsync(who);

        var response = await session.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("“abc”", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherUnitsRecord_PagesAndDownloads_AreChinese404()
    {
        var owner = await app.LoginAsync("sfj.tb");
        var draft = await owner.CreateDraftAsync();
        var other = await app.LoginAsync("zzb.tb");

        foreach (var url in new[] { $"/evaluations/{draft}", $"/evaluations/{draft}/documents/docx", "/evidence/987654", "/no/such/page" })
        {
            var response = await other.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("没有找到", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var api = await other.GetAsync($"/api/evaluations/{draft}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_40MB_IsChinese413PageAndNothingStored()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();
        var big = new byte[40 * 1024 * 1024];
        "%PDF-1.4"u8.CopyTo(big);

        var response = await UploadAsync(preparer, id, "扫描件.pdf", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("超过了单次提交 16 MB 的上限", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.EvaluationId == id)));
    }

    [Fact]
    public async Task ApiPut_Over16MB_IsProblemDetails413()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{id}") { Content = new ByteArrayContent(new byte[17 * 1024 * 1024]) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("RequestVerificationToken", await preparer.ApiTokenAsync());

        var response = await preparer.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Document_IncompleteDraft_IsChinese422PageNotJson()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.GetAsync($"/evaluations/{id}/documents/docx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("无法生成文档", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedEvaluation_OtherUnitsAndPublic_SeeOnlyTheRelease()
    {
        // The demo district's published evaluation (区委组织部), with what a real review leaves behind it: a return comment
        // and an evidence file uploaded before submission.
        var secret = "内部退回意见" + Guid.NewGuid().ToString("N")[..6];
        var (id, evidenceId) = await app.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<Jixiao.Data.JixiaoDbContext>();
            var record = await db.Evaluations.OrderBy(e => e.Id).FirstAsync(e => e.Unit!.Name == "区委组织部" && e.State == Jixiao.Domain.Review.ReviewState.Published);
            record.ReviewComment = secret;
            var stored = await sp.GetRequiredService<Jixiao.Data.Services.EvidenceStore>().SaveAsync("内部佐证.pdf", "application/pdf", new MemoryStream("%PDF-1.4 内部佐证"u8.ToArray()));
            var file = new Jixiao.Data.Entities.EvidenceFile { EvaluationId = record.Id, FileName = stored.Value.FileName, ContentType = stored.Value.ContentType, Size = stored.Value.Size, Sha256 = stored.Value.Sha256, UploadedBy = "zzb.tb" };
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return (record.Id, file.Id);
        });
        var frozen = await app.WithDbAsync(db => db.PublishedDocuments.Where(d => d.EvaluationId == id && d.Format == "docx").Select(d => d.Sha256).SingleAsync());
        var owner = await app.LoginAsync("zzb.tb");

        foreach (var who in new[] { "sfj.tb", "anonymous" })
        {
            var session = who == "anonymous" ? app.Anonymous() : await app.LoginAsync(who);
            foreach (var url in new[] { $"/evaluations/{id}", $"/api/evaluations/{id}", $"/api/evaluations/{id}/findings", $"/evidence/{evidenceId}" })
            {
                var response = await session.GetAsync(url);
                Assert.True(response.StatusCode is HttpStatusCode.NotFound || (who == "anonymous" && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect), $"{who} {url}: {(int)response.StatusCode}");
                Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var page = await session.GetHtmlAsync($"/public/{id}");
            var api = await session.Client.GetStringAsync($"/api/public/evaluations/{id}");
            var document = await session.GetAsync($"/evaluations/{id}/documents/docx");
            Assert.Contains(frozen, page, StringComparison.Ordinal);
            Assert.Contains(frozen, api, StringComparison.Ordinal);
            Assert.Equal(frozen, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await document.Content.ReadAsByteArrayAsync())));
            foreach (var text in new[] { page, api })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain("内部佐证", text, StringComparison.Ordinal);
                Assert.DoesNotContain("findingCount", text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Equal(secret, (await owner.GetEvaluationAsync(id)).ReviewComment);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/evidence/{evidenceId}")).StatusCode);
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

/// <summary>The application facing clients directly (no reverse proxy configured).</summary>
public sealed class DirectApp : SqliteApp
{
    protected override bool BehindProxy => false;
}

public sealed class DirectConnectionTests(DirectApp app) : IClassFixture<DirectApp>
{
    [Fact]
    public async Task Login_ForwardedHeadersWithoutConfiguredProxy_AreIgnored()
    {
        // Without a configured proxy a client cannot claim another address (to dodge the throttle) or HTTPS.
        var liar = app.Anonymous(from: "203.0.113.99");
        liar.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        for (var i = 0; i < 5; i++)
        {
            await liar.TryLoginAsync("xcb.tb", "wrong-password");
        }

        var claimsOtherAddress = await app.Anonymous(from: "198.51.100.77").TryLoginAsync("xcb.tb", Jixiao.Data.Services.DemoSeeder.Password);

        Assert.Contains("error=wait", claimsOtherAddress.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var fresh = app.Anonymous();
        fresh.Client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var page = await fresh.GetAsync("/account/login");
        Assert.DoesNotContain(page.Headers.GetValues("Set-Cookie"), c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
