using System.Globalization;
using System.Net;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Jixiao.Web.Features.Api;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Integration;

/// <summary>
/// 填报人 → 部门审核人 → 财政局 through the API on each database: the new states, roles checked on every move, the gates
/// that refuse incomplete or duplicate evaluations, and the reviewer's deductions validated and shown to the department.
/// </summary>
public abstract class DepartmentWorkflowTests(JixiaoApp app)
{
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Submit_Preparer_GoesToDepartmentApproverNotToBureau()
    {
        var preparer = await app.LoginAsync("jyj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();

        var submitted = await preparer.SubmitEvaluationAsync(id);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(ReviewState.DepartmentReview, (await preparer.GetEvaluationAsync(id)).Summary.State);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/evaluations/{id}")).StatusCode);
        Assert.DoesNotContain($"\"id\":{I(id)},", await reviewer.Client.GetStringAsync("/api/review-queue"), StringComparison.Ordinal);
        var selfApprove = await preparer.TransitionAsync(id, "DepartmentApprove");
        Assert.Equal(HttpStatusCode.Forbidden, selfApprove.StatusCode);
        Assert.Contains("部门审核人", await selfApprove.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var current = await preparer.GetEvaluationAsync(id);
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.SaveEvaluationAsync(id, current.Summary.Version, current.Evaluation with { OverallGoal = "提交后修改" })).StatusCode);
    }

    [Fact]
    public async Task DepartmentReturn_ThenApprove_ReachesBureauWithAuditTrail()
    {
        var preparer = await app.LoginAsync("wjj.tb");
        var approver = await app.LoginAsync("wjj.sh");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitEvaluationAsync(id);

        var noComment = await approver.TransitionAsync(id, "DepartmentReturn", "  ");
        var returned = await approver.TransitionAsync(id, "DepartmentReturn", "请补充家庭医生签约的量化数据。");
        var afterReturn = await preparer.GetEvaluationAsync(id);
        var page = await preparer.GetHtmlAsync($"/evaluations/{id}");
        var fixedUp = afterReturn.Evaluation with { Narrative = afterReturn.Evaluation.Narrative with { GoalAnalysis = "签约 1.2 万人，完成率 103%。" } };
        var saved = await preparer.SaveEvaluationAsync(id, afterReturn.Summary.Version, fixedUp);
        var hiddenFromBureau = await reviewer.GetAsync($"/api/evaluations/{id}");
        await preparer.SubmitThroughDepartmentAsync(id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal(ReviewState.DepartmentReturned, afterReturn.Summary.State);
        Assert.Contains("部门审核退回意见", page, StringComparison.Ordinal);
        Assert.Contains("请补充家庭医生签约的量化数据。", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenFromBureau.StatusCode);
        var atBureau = await reviewer.GetEvaluationAsync(id);
        Assert.Equal(ReviewState.Submitted, atBureau.Summary.State);
        Assert.Equal("签约 1.2 万人，完成率 103%。", atBureau.Evaluation.Narrative.GoalAnalysis);
        var actions = await AuditActionsAsync(id);
        Assert.Equal(["evaluation.create", "evaluation.submit", "evaluation.departmentreturn", "evaluation.save", "evaluation.submit", "evaluation.departmentapprove"], actions);
        Assert.Contains($"/evaluations/{id}", await preparer.GetHtmlAsync("/evaluations"), StringComparison.Ordinal);
        var queue = await reviewer.GetHtmlAsync("/review");
        Assert.Contains($"<a href=\"/review/{I(id)}\">", queue, StringComparison.Ordinal);
        Assert.Contains("wjj.sh 部门审核通过，报送财政局", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BureauReturn_Resubmit_PassesDepartmentAgainAndStaysVisibleToBureau()
    {
        var preparer = await app.LoginAsync("fgj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitThroughDepartmentAsync(id);
        await reviewer.TransitionAsync(id, "StartReview");
        await reviewer.TransitionAsync(id, "Return", "请说明执行率。");

        var resubmitted = await preparer.TransitionAsync(id, "Resubmit");
        var stateAfterResubmit = (await preparer.GetEvaluationAsync(id)).Summary.State;
        var bureauStillSees = await reviewer.GetAsync($"/api/evaluations/{id}");
        var startTooEarly = await reviewer.TransitionAsync(id, "StartReview");
        var approver = await app.LoginAsync("fgj.sh");
        var approved = await approver.TransitionAsync(id, "DepartmentApprove");

        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal(ReviewState.DepartmentReview, stateAfterResubmit);
        Assert.Equal(HttpStatusCode.OK, bureauStillSees.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, startTooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(ReviewState.Resubmitted, (await reviewer.GetEvaluationAsync(id)).Summary.State);
    }

    [Theory]
    [InlineData("reviewer", "DepartmentApprove")]
    [InlineData("zzb.sh", "StartReview")]
    [InlineData("zzb.tb", "DepartmentApprove")]
    public async Task Transition_WrongRole_IsForbiddenAndNothingMoves(string who, string action)
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitEvaluationAsync(id);
        if (action == "StartReview")
        {
            await (await app.LoginAsync("zzb.sh")).TransitionAsync(id, "DepartmentApprove");
        }

        var before = (await preparer.GetEvaluationAsync(id)).Summary.State;
        var session = await app.LoginAsync(who);

        var response = await session.TransitionAsync(id, action);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{who} {action}: {(int)response.StatusCode}");
        Assert.Equal(before, (await preparer.GetEvaluationAsync(id)).Summary.State);
    }

    [Fact]
    public async Task Submit_IncompleteDraft_IsRefusedListingEveryProblem()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        var current = await preparer.GetEvaluationAsync(id);
        var broken = current.Evaluation with
        {
            Narrative = current.Evaluation.Narrative with { Problems = null, Achievements = "【待填写】主要工作成效" },
            Inputs = new Dictionary<string, LeafInput>(current.Evaluation.Inputs) { ["9.9.9"] = new LeafInput { Value = 1m } },
        };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(id, current.Summary.Version, broken)).StatusCode);

        var response = await preparer.SubmitEvaluationAsync(id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var codes = await ErrorCodesAsync(response);
        Assert.Contains("gate.unscoreable", codes);
        Assert.Contains("gate.section-missing", codes);
        Assert.Contains("gate.placeholder", codes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("存在的主要问题", body, StringComparison.Ordinal);
        Assert.Contains("narrative.achievements", body, StringComparison.Ordinal);
        Assert.Contains("9.9.9", body, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Draft, (await preparer.GetEvaluationAsync(id)).Summary.State);
    }

    [Fact]
    public async Task Submit_SecondEvaluationOfSameUnitYearKind_IsRefusedAsDuplicate()
    {
        var preparer = await app.LoginAsync("xcb.tb");
        var year = app.NewYear();
        var first = await preparer.CreateCompleteDraftAsync(year);
        var second = await preparer.CreateCompleteDraftAsync(year);
        Assert.Equal(HttpStatusCode.OK, (await preparer.SubmitEvaluationAsync(first)).StatusCode);

        var response = await preparer.SubmitEvaluationAsync(second);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("gate.duplicate", await ErrorCodesAsync(response));
        Assert.Contains($"编号 {I(first)}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ProjectWithoutName_IsRefused()
    {
        var preparer = await app.LoginAsync("jgw.tb");
        var created = await preparer.ApiAsync(HttpMethod.Post, "/api/evaluations", Session.CompleteEvaluation(app.NewYear()) with
        {
            Kind = Jixiao.Domain.EvaluationKind.Project,
            FrameworkId = "national-project-2020",
            Goals = [],
            Inputs = new Dictionary<string, LeafInput>(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var response = await preparer.SubmitEvaluationAsync(id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("gate.project-name", await ErrorCodesAsync(response));
        Assert.Contains("项目自评必须填写项目名称", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveAndPublish_ContentThatLostASection_AreRefused()
    {
        var preparer = await app.LoginAsync("jyj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitThroughDepartmentAsync(id);
        await reviewer.TransitionAsync(id, "StartReview");
        await TamperAsync(id, e => e with { Narrative = e.Narrative with { Measures = "【待填写】下一步改进措施" } });

        var approve = await reviewer.TransitionAsync(id, "Approve");
        await TamperAsync(id, e => e with { Narrative = e.Narrative with { Measures = "细化预算。" } });
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "Approve")).StatusCode);
        await TamperAsync(id, e => e with { Narrative = e.Narrative with { Measures = null } });
        var publish = await reviewer.TransitionAsync(id, "Publish");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, approve.StatusCode);
        Assert.Contains("gate.placeholder", await ErrorCodesAsync(approve));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        Assert.Contains("gate.section-missing", await ErrorCodesAsync(publish));
        Assert.Equal(ReviewState.Approved, (await reviewer.GetEvaluationAsync(id)).Summary.State);
    }

    [Fact]
    public async Task Create_YearWithoutActivatedFramework_IsRefusedUntilBureauActivatesOne()
    {
        var preparer = await app.LoginAsync("mzj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var year = app.NewYear();
        var draft = new Evaluation { Unit = string.Empty, Year = year, Kind = Jixiao.Domain.EvaluationKind.Department, FrameworkId = string.Empty };

        var refused = await preparer.ApiAsync(HttpMethod.Post, "/api/evaluations", draft);
        var page = await preparer.PostPageFormAsync("/evaluations", "create", new Dictionary<string, string> { ["year"] = I(year), ["kind"] = "Department" });
        var pageHtml = await page.Content.ReadAsStringAsync();
        var activated = await reviewer.ApiAsync(HttpMethod.Post, "/api/frameworks/gz-district-dept-2022/activations", new { year });
        var created = await preparer.ApiAsync(HttpMethod.Post, "/api/evaluations", draft);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("framework.not-activated", await ErrorCodesAsync(refused));
        Assert.Contains($"尚未为 {I(year)} 年度启用部门整体评分表", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains("评分表", pageHtml, StringComparison.Ordinal);
        Assert.Contains("系统不会套用其他年度的评分表", pageHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        Assert.Equal("gz-district-dept-2022", (await preparer.GetEvaluationAsync(id)).Evaluation.FrameworkId);
    }

    [Fact]
    public async Task ReviewApi_NegativeAboveWeightUnknownCodeAndNoReason_AreRefusedTogether()
    {
        var (id, reviewer) = await InReviewAsync("rsj.tb");
        var version = (await reviewer.GetEvaluationAsync(id)).Summary.Version;
        var before = await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync());

        var response = await reviewer.ApiAsync(HttpMethod.Put, $"/api/evaluations/{id}/review", new ReviewRequest(version, new Dictionary<string, IReadOnlyList<Deduction>>
        {
            ["1.1.3"] = [new(-1m, "负数")],
            ["1.1.1"] = [new(15m, "超过分值"), new(10m, "再扣")],
            ["9.9.9"] = [new(1m, "未知编号")],
            ["2.1.1"] = [new(1m, " ")],
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var codes = await ErrorCodesAsync(response);
        Assert.Contains("review.negative", codes);
        Assert.Contains("review.above-weight", codes);
        Assert.Contains("review.unknown-code", codes);
        Assert.Contains("review.reason-required", codes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("不能为负数", body, StringComparison.Ordinal);
        Assert.Contains("超过该指标的分值", body, StringComparison.Ordinal);
        Assert.Contains("未知的指标编号“9.9.9”", body, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Evaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync()));
    }

    [Fact]
    public async Task ReviewDeductions_AfterReturnAndApproval_DepartmentSeesThemPerIndicator()
    {
        var (id, reviewer) = await InReviewAsync("zzb.tb");
        var version = (await reviewer.GetEvaluationAsync(id)).Summary.Version;
        var saved = await reviewer.ApiAsync(HttpMethod.Put, $"/api/evaluations/{id}/review", new ReviewRequest(version, new Dictionary<string, IReadOnlyList<Deduction>>
        {
            ["1.1.3"] = [new(1.5m, "执行率偏低且未说明原因"), new(0.5m, "结转结余未分析")],
        }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await reviewer.TransitionAsync(id, "Return", "请说明执行率偏低的原因。");
        var preparer = await app.LoginAsync("zzb.tb");

        var returnedPage = await preparer.GetHtmlAsync($"/evaluations/{id}");
        var returned = await preparer.GetEvaluationAsync(id);
        var overwrite = returned.Evaluation with { Inputs = returned.Evaluation.Inputs.ToDictionary(kv => kv.Key, kv => kv.Value with { ReviewDeductions = [] }) };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(id, returned.Summary.Version, overwrite with { OverallGoal = "按意见修改" })).StatusCode);
        var kept = (await preparer.GetEvaluationAsync(id)).Evaluation.Inputs["1.1.3"].ReviewDeductions;
        await preparer.SubmitThroughDepartmentAsync(id, "Resubmit");
        await reviewer.TransitionAsync(id, "StartReview");
        await reviewer.TransitionAsync(id, "Approve");
        var approvedPage = await preparer.GetHtmlAsync($"/evaluations/{id}");

        foreach (var html in new[] { returnedPage, approvedPage })
        {
            Assert.Contains("财政局复核结果（按指标）", html, StringComparison.Ordinal);
            Assert.Contains("扣 1.5 分：执行率偏低且未说明原因", html, StringComparison.Ordinal);
            Assert.Contains("扣 0.5 分：结转结余未分析", html, StringComparison.Ordinal);
        }

        Assert.Equal(2, kept.Count);
    }

    [Fact]
    public async Task ReviewPage_StrayDeductionOfUnknownCode_IsShownAndRemovedBySaving()
    {
        var (id, reviewer) = await InReviewAsync("xcb.tb");
        await TamperAsync(id, e => e with { Inputs = new Dictionary<string, LeafInput>(e.Inputs) { ["9.9.9"] = new LeafInput { ReviewDeductions = [new Deduction(3m, "旧版本录入的扣分")] } } });
        var page = await reviewer.GetHtmlAsync($"/review/{id}");
        Assert.Contains("stray-deductions", page, StringComparison.Ordinal);
        Assert.Contains("旧版本录入的扣分", page, StringComparison.Ordinal);
        var version = (await reviewer.GetEvaluationAsync(id)).Summary.Version;

        var response = await reviewer.PostPageFormAsync($"/review/{id}", "review", new Dictionary<string, string> { ["version"] = I(version) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await reviewer.GetEvaluationAsync(id);
        Assert.False(after.Evaluation.Inputs.ContainsKey("9.9.9"));
        Assert.NotNull(after.Summary.SelfTotal);
    }

    [Fact]
    public async Task ReviewPage_ShowsEverythingTheUnitFiled()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        var current = await preparer.GetEvaluationAsync(id);
        var full = current.Evaluation with
        {
            Narrative = current.Evaluation.Narrative with { Other = "其他说明文字甲", ProjectAnalysis = "项目支出分析乙", SelfEvaluation = "自评组织丙" },
            Goals = [new GoalIndicator { Level1 = "产出指标", Level2 = "数量指标", Name = "开展业务培训", Operator = Jixiao.Domain.IndicatorOperator.AtLeast, Target = 10m, Unit = "期", Actual = 12m, Weight = 20m, Measure = "改进措施丁", Basis = "问卷调查戊" }],
        };
        await preparer.SaveEvaluationAsync(id, current.Summary.Version, full);
        await UploadAsync(preparer, id, "佐证照片.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
        await preparer.SubmitThroughDepartmentAsync(id);
        var reviewer = await app.LoginAsync("reviewer");

        var html = await reviewer.GetHtmlAsync($"/review/{id}");

        foreach (var text in new[] { "其他说明文字甲", "项目支出分析乙", "自评组织丙", "改进措施丁", "问卷调查戊", "佐证照片.png", "filed-goals", "filed-inputs", "filed-history", "部门审核通过", $"href=\"/evaluations/{id}\"" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        var evidenceId = System.Text.RegularExpressions.Regex.Match(html, "src=\"/evidence/(\\d+)\\?inline=1\"").Groups[1].Value;
        var preview = await reviewer.GetAsync($"/evidence/{evidenceId}?inline=1");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("image/png", preview.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline", preview.Content.Headers.ContentDisposition?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    private async Task<(int Id, Session Reviewer)> InReviewAsync(string preparerLogin)
    {
        var preparer = await app.LoginAsync(preparerLogin);
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitThroughDepartmentAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.TransitionAsync(id, "StartReview")).StatusCode);
        return (id, reviewer);
    }

    /// <summary>Changes the stored content behind the services' back (what an older version or a bug could have left).</summary>
    private Task<int> TamperAsync(int id, Func<Evaluation, Evaluation> change) => app.WithDbAsync(async db =>
    {
        var record = await db.Evaluations.SingleAsync(e => e.Id == id);
        record.Content = EvaluationJson.Write(change(EvaluationJson.Read(record.Content, "tamper").Value));
        return await db.SaveChangesAsync();
    });

    private Task<List<string>> AuditActionsAsync(int id) =>
        app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "evaluation" && a.EntityId == I(id)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    private static async Task<List<string>> ErrorCodesAsync(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToList();
    }

    internal static async Task<HttpResponseMessage> UploadAsync(Session s, int id, string name, byte[] bytes, IReadOnlyDictionary<string, string>? fields = null)
    {
        var token = await s.TokenFromPageAsync($"/evaluations/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("save"), "_handler" },
            { new StringContent("upload"), "intent" },
            { new ByteArrayContent(bytes), "file", name },
        };
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }

        return await s.Client.PostAsync($"/evaluations/{id}", form);
    }
}

public sealed class DepartmentWorkflowTests_Sqlite(SqliteApp app) : DepartmentWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class DepartmentWorkflowTests_Postgres(PostgresApp app) : DepartmentWorkflowTests(app), IClassFixture<PostgresApp>;
