using System.Net;
using System.Net.Http.Json;
using Jixiao.Data;
using Jixiao.Data.Services;
using Jixiao.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration;

/// <summary>The department-to-bureau workflow through the API and pages, on each database.</summary>
public abstract class WorkflowTests(JixiaoApp app)
{
    [Fact]
    public void Host_PdfRenderer_IsOneSingletonKeptForEveryRequest()
    {
        var first = app.Services.GetRequiredService<PdfRenderer>();
        using var scope = app.Services.CreateScope();

        Assert.Same(first, scope.ServiceProvider.GetRequiredService<PdfRenderer>());
    }

    [Fact]
    public async Task Seed_DemoDistrict_HasEveryWorkflowStateAndAuditTrail()
    {
        var states = await app.WithDbAsync(db => db.Evaluations.Select(e => e.State).Distinct().ToListAsync());
        var units = await app.WithDbAsync(db => db.Units.CountAsync());
        var audit = await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "evaluation.publish"));

        Assert.Equal(Enum.GetValues<Jixiao.Domain.Review.ReviewState>().Order(), states.Order());
        Assert.True(units >= 6, $"{units} units");
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task FullCycle_SubmitReturnResubmitApprovePublish_PublicSeesItWithHashes()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var year = app.NewYear();
        var id = await preparer.CreateCompleteDraftAsync(year);

        var current = await preparer.GetEvaluationAsync(id);
        var edited = current.Evaluation with { Budget = current.Evaluation.Budget with { Executed = 780m }, Narrative = current.Evaluation.Narrative with { Problems = "绩效目标设置仍偏定性。" } };
        var saved = await preparer.SaveEvaluationAsync(id, current.Summary.Version, edited);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await app.SendToBureauAsync(preparer, "sfj.tb", id);

        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "StartReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "Return", "请补充偏差原因。")).StatusCode);
        var returned = await preparer.GetEvaluationAsync(id);
        Assert.Equal("请补充偏差原因。", returned.ReviewComment);

        var fixedUp = returned.Evaluation with { Narrative = returned.Evaluation.Narrative with { Measures = "逐项补充偏差原因。" } };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(id, returned.Summary.Version, fixedUp)).StatusCode);
        await app.SendToBureauAsync(preparer, "sfj.tb", id, "Resubmit");
        Assert.Equal("Resubmitted", (await preparer.GetEvaluationAsync(id)).Summary.State.ToString());
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "StartReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "Publish")).StatusCode);

        var anonymous = app.Anonymous();
        var list = await anonymous.GetHtmlAsync($"/public?year={year}&q=" + Uri.EscapeDataString("司法局"));
        Assert.Contains($"/public/{id}", list, StringComparison.Ordinal);
        var page = await anonymous.GetHtmlAsync($"/public/{id}");
        Assert.Contains("逐项补充偏差原因。", page, StringComparison.Ordinal);
        var record = await app.WithDbAsync(db => db.Evaluations.FirstAsync(e => e.Id == id));
        Assert.Equal(EvaluationJson.Sha256(record.Content), record.ApprovedContentSha256);
        Assert.Contains(record.ApprovedContentSha256!, page, StringComparison.Ordinal);
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "evaluation" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(
            ["evaluation.create", "evaluation.save", "evaluation.submit", "evaluation.departmentapprove", "evaluation.startreview", "evaluation.return", "evaluation.save", "evaluation.resubmit", "evaluation.departmentapprove", "evaluation.startreview", "evaluation.approve", "evaluation.publish"],
            actions);
    }

    [Fact]
    public async Task Transition_IllegalMove_ReturnsProblemWithChineseMessage()
    {
        var preparer = await app.LoginAsync("jyj.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        await app.SendToBureauAsync(preparer, "jyj.tb", id);
        var reviewer = await app.LoginAsync("reviewer");

        var response = await reviewer.TransitionAsync(id, "Publish");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("不能执行", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transition_ReturnWithoutComment_IsRefused()
    {
        var preparer = await app.LoginAsync("fgj.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        await app.SendToBureauAsync(preparer, "fgj.tb", id);
        var reviewer = await app.LoginAsync("reviewer");
        await reviewer.TransitionAsync(id, "StartReview");

        var response = await reviewer.TransitionAsync(id, "Return", " ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("退回意见", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_PostedForm_SavesFiguresAndRedirects()
    {
        var preparer = await app.LoginAsync("wjj.tb");
        var id = await preparer.CreateDraftAsync();
        var version = (await preparer.GetEvaluationAsync(id)).Summary.Version;

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["budget.adjusted"] = "3410",
            ["budget.executed"] = "3300.5",
            ["goals[0].name"] = "家庭医生签约人数",
            ["goals[0].target"] = "1000",
            ["goals[0].actual"] = "1100",
            ["goals[0].weight"] = "20",
            ["narrative.problems"] = "基层服务能力不足。",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await preparer.GetEvaluationAsync(id);
        Assert.Equal(3300.5m, after.Evaluation.Budget.Executed);
        Assert.Equal("家庭医生签约人数", after.Evaluation.Goals.Single().Name);
        Assert.Equal(96.79m, after.Summary.ExecutionRate);
    }

    [Fact]
    public async Task EditPage_BadNumber_ShowsFieldErrorAndKeepsInput()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["budget.executed"] = "七百万",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("“执行数”应为数字，实际填写“七百万”", html, StringComparison.Ordinal);
        Assert.Contains("value=\"七百万\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewEndpoint_UnsavedFigures_ReturnsRecomputedExecutionRate()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();
        var token = await preparer.TokenFromPageAsync($"/evaluations/{id}");

        var response = await preparer.Client.PostAsync($"/evaluations/{id}/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["budget.adjusted"] = "800",
            ["budget.executed"] = "600",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<Jixiao.Web.Features.Evaluations.ScoreView>();
        Assert.Equal("75%", view!.ExecutionRate);
    }

    [Fact]
    public async Task OpenApi_Document_ListsEvaluationEndpoints()
    {
        var json = await app.Anonymous().GetHtmlAsync("/openapi/v1.json");

        Assert.Contains("/api/evaluations/{id}/transitions", json, StringComparison.Ordinal);
        Assert.Contains("/api/frameworks", json, StringComparison.Ordinal);
    }
}

public sealed class WorkflowTests_Sqlite(SqliteApp app) : WorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class WorkflowTests_Postgres(PostgresApp app) : WorkflowTests(app), IClassFixture<PostgresApp>;

/// <summary>Prefill a draft from our own XLSX and from a published report's text.</summary>
public sealed class ImportTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static string Repo => Jixiao.Tests.Repo.Root;

    [Fact]
    public async Task ImportForm_OwnXlsx_PrefillsFiguresAndScore()
    {
        var source = EvaluationSerializer.Parse(await File.ReadAllTextAsync(Path.Combine(Repo, "testdata/haizhu-2022/evaluation.yaml")), "haizhu").Value;
        var framework = Jixiao.Domain.Frameworks.FrameworkCatalog.Get(source.FrameworkId).Value;
        var xlsx = Jixiao.Documents.Excel.XlsxScoreTableWriter.ToBytes(source, framework, Jixiao.Domain.Scoring.Scorer.Score(framework, source).Value);
        var preparer = await app.LoginAsync("xcb.tb");
        var id = await preparer.CreateDraftAsync(2022);

        var response = await PostImportAsync(preparer, id, "海珠自评表.xlsx", xlsx);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await preparer.GetEvaluationAsync(id);
        Assert.Equal(source.Budget.Adjusted, after.Evaluation.Budget.Adjusted);
        Assert.Equal(99m, after.Summary.SelfTotal);
        Assert.Equal("优", after.Summary.SelfGrade);
        Assert.Equal("区委宣传部", after.Evaluation.Unit);
    }

    [Fact]
    public async Task ImportForm_PublishedReportText_PrefillsStatedFigures()
    {
        var text = await File.ReadAllBytesAsync(Path.Combine(Repo, "testdata/corpus/gz-huadu-zuzhibu-2022-dept-report.txt"));
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateDraftAsync(2022);

        var response = await PostImportAsync(preparer, id, "花都组织部2022.txt", text);

        // What the text does not state is listed on the page itself (no redirect that would lose it).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await preparer.GetEvaluationAsync(id);
        Assert.Equal(2233.44m, after.Evaluation.Budget.Executed);
    }

    [Fact]
    public async Task ImportForm_PublishedReportAsDocxGbTextOrWebArchive_PrefillsAndSaysWhatWasNotStated()
    {
        // The same report as a Word file someone else made (one paragraph a line) and as a GB18030 text file.
        var lines = await File.ReadAllLinesAsync(Path.Combine(Repo, "testdata/corpus/gz-huadu-zuzhibu-2022-dept-report.txt"));
        var stream = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                lines.Select(l => new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(l))))));
        }

        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb = System.Text.Encoding.GetEncoding("GB18030").GetBytes(string.Join("\n", lines));
        var preparer = await app.LoginAsync("zzb.tb");
        // And as a page saved from the bureau's site as an MHT web archive (base64 UTF-8 HTML in a MIME message).
        var html = System.Text.Encoding.UTF8.GetBytes("<html><body><div><a href=\"/\">首页</a> <a href=\"/x\">信息公开</a></div>"
            + string.Concat(lines.Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>\r\n")) + "</body></html>");
        var mht = System.Text.Encoding.ASCII.GetBytes("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Convert.ToBase64String(html, Base64FormattingOptions.InsertLineBreaks) + "\r\n--b--\r\n");
        foreach (var (name, bytes) in new[] { ("花都组织部2022.docx", stream.ToArray()), ("花都组织部2022（GBK）.txt", gb), ("花都组织部2022.mht", mht) })
        {
            var id = await preparer.CreateDraftAsync(2022);

            var response = await PostImportAsync(preparer, id, name, bytes);

            // Saved, and the page itself (no redirect) says what the file did not state, with the saved version in its form.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            var after = await preparer.GetEvaluationAsync(id);
            Assert.Equal(2233.44m, after.Evaluation.Budget.Executed);
            Assert.Contains("已导入并保存；请核对导入的内容。", page, StringComparison.Ordinal);
            Assert.Contains("id=\"import-notes\"", page, StringComparison.Ordinal);
            Assert.Contains("未找到 ", page, StringComparison.Ordinal);
            Assert.Contains($"name=\"version\" value=\"{after.Summary.Version}\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ImportForm_ForeignFile_IsRefusedWithMessage()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await PostImportAsync(preparer, id, "别的.xlsx", "PK\u0003\u0004garbage"u8.ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("别的.xlsx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostImportAsync(Session s, int id, string name, byte[] bytes)
    {
        var token = await s.TokenFromPageAsync($"/evaluations/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("save"), "_handler" },
            { new StringContent("import"), "intent" },
            { new ByteArrayContent(bytes), "importFile", name },
        };
        return await s.Client.PostAsync($"/evaluations/{id}", form);
    }
}

/// <summary>Bureau frameworks: upload YAML validated by the domain loader, activation per year.</summary>
public sealed class FrameworkTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Validate_BrokenYaml_ReturnsErrorsWithPaths()
    {
        var reviewer = await app.LoginAsync("reviewer");

        var response = await reviewer.ApiAsync(HttpMethod.Post, "/api/frameworks/validate", new { yaml = "id: x\nname: 坏的\nkind: 部门整体\nindicators:\n  - code: \"1\"\n    name: 一\n    weight: 60\n", sourceName = "bad.yaml" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.GetArrayLength() > 0);
        Assert.All(errors.EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
        Assert.False(await app.WithDbAsync(db => db.FrameworkDocuments.AnyAsync()));
    }

    [Fact]
    public async Task Upload_ValidYamlThenActivate_IsListedAsActiveForTheYear()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var yaml = Jixiao.Domain.Frameworks.FrameworkCatalog.Sources().First(s => s.Yaml.Contains("gz-district-dept-2022", StringComparison.Ordinal)).Yaml
            .Replace("gz-district-dept-2022", "demo-district-2025", StringComparison.Ordinal);

        var uploaded = await reviewer.ApiAsync(HttpMethod.Post, "/api/frameworks", new { yaml, sourceName = "demo.yaml" });
        var activated = await reviewer.ApiAsync(HttpMethod.Post, "/api/frameworks/demo-district-2025/activations", new { year = 2025 });

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var page = await reviewer.GetHtmlAsync("/frameworks");
        Assert.Contains("demo-district-2025", page, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.FrameworkActivations.AnyAsync(a => a.FrameworkId == "demo-district-2025" && a.Year == 2025)));
    }
}
