using System.Globalization;
using System.Net;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration;

/// <summary>
/// The editor's one form posted as a browser without JavaScript would post it: any number of goal rows, every field of
/// the model, fields not posted kept, numbers as Chinese input methods type them, and every button saving first.
/// </summary>
public sealed class EditorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task SaveForm_TwentyGoalRowsWithMeasureAndBasis_AreAllStoredInOrder()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateDraftAsync();
        var fields = new Dictionary<string, string> { ["version"] = "1", ["goals.present"] = "1" };
        for (var i = 0; i < 20; i++)
        {
            // Posted with gaps in the numbering, as after rows were removed: stored 0..19 in posted order.
            var p = $"goals[{I(i * 3)}].";
            fields[p + "level1"] = i % 2 == 0 ? "产出指标" : "效益指标";
            fields[p + "name"] = $"指标{I(i + 1)}";
            fields[p + "operator"] = "≥";
            fields[p + "target"] = "１００";
            fields[p + "unit"] = "%";
            fields[p + "actual"] = "98%";
            fields[p + "weight"] = "2";
            fields[p + "measure"] = $"措施{I(i + 1)}";
            fields[p + "basis"] = $"依据{I(i + 1)}";
        }

        fields["goals[90].name"] = string.Empty;
        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var goals = (await preparer.GetEvaluationAsync(id)).Evaluation.Goals;
        Assert.Equal(20, goals.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"指标{I(i)}"), goals.Select(g => g.Name));
        Assert.All(goals, g => Assert.Equal(100m, g.Target));
        Assert.All(goals, g => Assert.Equal(98m, g.Actual));
        Assert.Equal("措施20", goals[19].Measure);
        Assert.Equal("依据7", goals[6].Basis);
        var html = await preparer.GetHtmlAsync($"/evaluations/{id}");
        Assert.Contains("name=\"goals[19].measure\" value=\"措施20\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveForm_FieldsNotPosted_KeepTheirStoredValues()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        var before = await preparer.GetEvaluationAsync(id);
        var withGoals = before.Evaluation with { Goals = [new GoalIndicator { Level1 = "产出指标", Name = "保留的指标", Weight = 20m, Target = 1m, Actual = 1m, Measure = "保留的措施", Basis = "保留的依据" }] };
        await preparer.SaveEvaluationAsync(id, before.Summary.Version, withGoals);

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = I(before.Summary.Version + 1),
            ["narrative.problems"] = "只改了这一项。",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = (await preparer.GetEvaluationAsync(id)).Evaluation;
        Assert.Equal("只改了这一项。", after.Narrative.Problems);
        Assert.Equal("保留的措施", after.Goals.Single().Measure);
        Assert.Equal("保留的依据", after.Goals.Single().Basis);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before.Evaluation.Budget), System.Text.Json.JsonSerializer.Serialize(after.Budget));
        Assert.Equal(before.Evaluation.Narrative.Overview, after.Narrative.Overview);
        Assert.Equal(before.Evaluation.Inputs.Keys.Order(), after.Inputs.Keys.Order());
    }

    [Fact]
    public async Task SaveForm_ApprovedGoalsCarriedOver_AreShownAndKept()
    {
        var preparer = await app.LoginAsync("jgw.tb");
        var approved = new Jixiao.Domain.Goals.ApprovedGoalSet
        {
            Reference = "goals/7（第 2 版，调整后）",
            Revision = 2,
            Indicators = [new GoalIndicator { Level1 = "产出指标", Level2 = "数量指标", Name = "批复的培训期数", Target = 12m, Unit = "期", Weight = 20m }],
        };
        var created = await preparer.ApiAsync(HttpMethod.Post, "/api/evaluations", new Evaluation { Unit = string.Empty, Year = app.NewYear(), Kind = Jixiao.Domain.EvaluationKind.Department, FrameworkId = "gz-district-dept-2022", ApprovedGoals = approved });
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var html = await preparer.GetHtmlAsync($"/evaluations/{id}");
        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string> { ["version"] = "1", ["goals.present"] = "1", ["narrative.tasks"] = "改了任务" });

        Assert.Contains("已批复的绩效目标（goals/7（第 2 版，调整后）", html, StringComparison.Ordinal);
        Assert.Contains("批复的培训期数", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = (await preparer.GetEvaluationAsync(id)).Evaluation;
        Assert.Equal("改了任务", after.Narrative.Tasks);
        Assert.Equal("批复的培训期数", after.ApprovedGoals!.Indicators.Single().Name);
    }

    [Theory]
    [InlineData("１２３４．５", "1234.5")]
    [InlineData("1,234.5", "1234.5")]
    [InlineData("1234.5万元", "1234.5")]
    [InlineData("12,345,000元", "1234.5")]
    [InlineData("０.１２亿元", "1200")]
    public async Task SaveForm_NumbersAsTyped_AreNormalised(string typed, string expected)
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string> { ["version"] = "1", ["budget.executed"] = typed });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), (await preparer.GetEvaluationAsync(id)).Evaluation.Budget.Executed);
    }

    [Theory]
    [InlineData("budget.executed", "1.234,56", "“执行数”填写的“1.234,56”无法确定数值")]
    [InlineData("budget.adjusted", "1,2,3", "“调整后预算数”填写的“1,2,3”无法确定数值")]
    [InlineData("goals[0].actual", "1,2,3", "第 1 行指标“培训”的完成值")]
    public async Task SaveForm_AmbiguousNumber_IsRefusedNamingTheFieldAndKeepsEverythingTyped(string field, string typed, string message)
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["goals[0].name"] = "培训",
            ["goals[0].target"] = "10",
            [field] = typed,
            ["narrative.problems"] = "同时填写的问题",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"name=\"{field}\" value=\"{typed}\"", html, StringComparison.Ordinal);
        Assert.Contains("同时填写的问题", html, StringComparison.Ordinal);
        Assert.Contains("class=\"invalid\"", html, StringComparison.Ordinal);
        Assert.Null((await preparer.GetEvaluationAsync(id)).Evaluation.Narrative.Problems);
    }

    [Fact]
    public async Task SaveForm_GoalRowWithValuesButNoName_IsRefusedAndRowMarked()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["goals[0].name"] = "第一项",
            ["goals[1].name"] = string.Empty,
            ["goals[1].target"] = "95",
            ["goals[1].measure"] = "没有名称的措施",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("第 2 行绩效指标已填写内容，但缺少“三级指标名称”", html, StringComparison.Ordinal);
        Assert.Contains("class=\"row-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"没有名称的措施\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitButton_SavesTypedTextFirst()
    {
        var preparer = await app.LoginAsync("jgw.tb");
        var id = await preparer.CreateCompleteDraftAsync();
        var version = (await preparer.GetEvaluationAsync(id)).Summary.Version;

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = I(version),
            ["intent"] = "submit",
            ["narrative.measures"] = "提交前刚写的措施。",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await preparer.GetEvaluationAsync(id);
        Assert.Equal(ReviewState.DepartmentReview, after.Summary.State);
        Assert.Equal("提交前刚写的措施。", after.Evaluation.Narrative.Measures);
    }

    [Fact]
    public async Task SubmitButton_RefusedByGate_StillSavesTypedTextAndListsProblems()
    {
        var preparer = await app.LoginAsync("jgw.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["intent"] = "submit",
            ["narrative.overview"] = "只写了概况。",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("不能“提交”", html, StringComparison.Ordinal);
        Assert.Contains("缺少必填内容：“存在的主要问题”", html, StringComparison.Ordinal);
        var after = await preparer.GetEvaluationAsync(id);
        Assert.Equal(ReviewState.Draft, after.Summary.State);
        Assert.Equal("只写了概况。", after.Evaluation.Narrative.Overview);
    }

    [Fact]
    public async Task UploadButton_SavesTypedTextFirstThenStoresTheFile()
    {
        var preparer = await app.LoginAsync("jgw.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await DepartmentWorkflowTests.UploadAsync(preparer, id, "纪要.pdf", "%PDF-1.4 纪要"u8.ToArray(), new Dictionary<string, string>
        {
            ["version"] = "1",
            ["narrative.achievements"] = "上传前写的成效。",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("上传前写的成效。", (await preparer.GetEvaluationAsync(id)).Evaluation.Narrative.Achievements);
        Assert.True(await app.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.EvaluationId == id && f.FileName == "纪要.pdf")));
    }

    [Fact]
    public async Task DeleteEvidence_BeforeSubmission_RemovesItAndAfterSendingToBureau_IsRefused()
    {
        var preparer = await app.LoginAsync("xcb.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await DepartmentWorkflowTests.UploadAsync(preparer, id, "传错的.pdf", "%PDF-1.4 wrong"u8.ToArray());
        await DepartmentWorkflowTests.UploadAsync(preparer, id, "正确的.pdf", "%PDF-1.4 right"u8.ToArray());
        var wrong = await app.WithDbAsync(db => db.EvidenceFiles.SingleAsync(f => f.EvaluationId == id && f.FileName == "传错的.pdf"));
        var right = await app.WithDbAsync(db => db.EvidenceFiles.SingleAsync(f => f.EvaluationId == id && f.FileName == "正确的.pdf"));

        var deleted = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string> { ["intent"] = $"delete-evidence-{I(wrong.Id)}" });
        await preparer.SubmitThroughDepartmentAsync(id);
        await reviewer.TransitionAsync(id, "StartReview");
        await reviewer.TransitionAsync(id, "Return", "请补充材料。");
        var page = await preparer.GetHtmlAsync($"/evaluations/{id}");
        var refused = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string> { ["intent"] = $"delete-evidence-{I(right.Id)}" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.Id == wrong.Id)));
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "evidence.delete" && a.EntityId == I(id) && a.Before!.Contains("传错的.pdf"))));
        Assert.DoesNotContain($"delete-evidence-{I(right.Id)}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("已随自评报送财政局", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.EvidenceFiles.AnyAsync(f => f.Id == right.Id)));
    }

    [Fact]
    public async Task SaveForm_EveryNewReportField_IsEditableAndStored()
    {
        var preparer = await app.LoginAsync("jyj.tb");
        var id = await preparer.CreateDraftAsync();

        var response = await preparer.PostPageFormAsync($"/evaluations/{id}", "save", new Dictionary<string, string>
        {
            ["version"] = "1",
            ["organization.internalBodies"] = "办公室\n基础教育科\n",
            ["organization.staffQuota"] = "３０",
            ["organization.staffActual"] = "28",
            ["signingUnit"] = "区教育局（盖章）",
            ["date"] = "2025/3/31",
            ["narrative.selfEvaluation"] = "成立自评工作小组。",
            ["narrative.resultUse"] = "结果用于下年预算安排。",
            ["narrative.managementAreas.2.1"] = "预算编制规范。",
            ["budget.incomeBySource[0].name"] = "一般公共预算财政拨款",
            ["budget.incomeBySource[0].budget"] = "5,000",
            ["budget.incomeBySource[0].amount"] = "4,900.5",
            ["budget.categories[0].name"] = "专项资金",
            ["budget.categories[0].amount"] = "300万元",
            ["previousProblems[0].problem"] = "预算执行偏慢",
            ["previousProblems[0].status"] = "已整改",
            ["previousProblems[0].measure"] = "按月通报",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var e = (await preparer.GetEvaluationAsync(id)).Evaluation;
        Assert.Equal(["办公室", "基础教育科"], e.Organization!.InternalBodies);
        Assert.Equal(30, e.Organization.StaffQuota);
        Assert.Equal(28, e.Organization.StaffActual);
        Assert.Equal("区教育局（盖章）", e.SigningUnit);
        Assert.Equal(new DateOnly(2025, 3, 31), e.Date);
        Assert.Equal("成立自评工作小组。", e.Narrative.SelfEvaluation);
        Assert.Equal("结果用于下年预算安排。", e.Narrative.ResultUse);
        Assert.Equal("预算编制规范。", e.Narrative.ManagementAreas["2.1"]);
        Assert.Equal(5000m, e.Budget.IncomeBySource.Single().Budget);
        Assert.Equal(4900.5m, e.Budget.IncomeBySource.Single().Amount);
        Assert.Equal(300m, e.Budget.Categories.Single().Amount);
        Assert.Equal(Jixiao.Domain.RectificationStatus.Done, e.PreviousProblems.Single().Status);
        var html = await preparer.GetHtmlAsync($"/evaluations/{id}");
        Assert.Contains("name=\"narrative.managementAreas.2.1\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"previousProblems[0].problem\" value=\"预算执行偏慢\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewForm_OneBadRow_KeepsEveryTypedDeductionAndSavesNothing()
    {
        var preparer = await app.LoginAsync("wjj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitThroughDepartmentAsync(id);
        await reviewer.TransitionAsync(id, "StartReview");
        var version = (await reviewer.GetEvaluationAsync(id)).Summary.Version;

        var response = await reviewer.PostPageFormAsync($"/review/{id}", "review", new Dictionary<string, string>
        {
            ["version"] = I(version),
            ["deduct.1.1.3[0].points"] = "1",
            ["deduct.1.1.3[0].reason"] = "执行率偏低",
            ["deduct.2.1.1[0].points"] = "0.5",
            ["deduct.2.1.1[0].reason"] = "事前评估缺失",
            ["deduct.2.2.1[0].points"] = "-2",
            ["deduct.2.2.1[0].reason"] = "负数扣分",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("不能为负数", html, StringComparison.Ordinal);
        foreach (var typed in new[] { "value=\"执行率偏低\"", "value=\"事前评估缺失\"", "value=\"-2\"", "value=\"负数扣分\"", "value=\"0.5\"" })
        {
            Assert.Contains(typed, html, StringComparison.Ordinal);
        }

        Assert.Equal(version, (await reviewer.GetEvaluationAsync(id)).Summary.Version);
    }

    [Fact]
    public async Task ReviewForm_RemoveTickedOnADeduction_RemovesOnlyThatOne()
    {
        var preparer = await app.LoginAsync("sfj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.CreateCompleteDraftAsync();
        await preparer.SubmitThroughDepartmentAsync(id);
        await reviewer.TransitionAsync(id, "StartReview");
        var v1 = (await reviewer.GetEvaluationAsync(id)).Summary.Version;
        await reviewer.PostPageFormAsync($"/review/{id}", "review", new Dictionary<string, string>
        {
            ["version"] = I(v1),
            ["deduct.1.1.3[0].points"] = "1",
            ["deduct.1.1.3[0].reason"] = "第一条",
            ["deduct.1.1.3[1].points"] = "2",
            ["deduct.1.1.3[1].reason"] = "第二条",
        });
        var v2 = (await reviewer.GetEvaluationAsync(id)).Summary.Version;

        var response = await reviewer.PostPageFormAsync($"/review/{id}", "review", new Dictionary<string, string>
        {
            ["version"] = I(v2),
            ["deduct.1.1.3[0].points"] = "1",
            ["deduct.1.1.3[0].reason"] = "第一条",
            ["deduct.1.1.3[0].remove"] = "on",
            ["deduct.1.1.3[1].points"] = "2",
            ["deduct.1.1.3[1].reason"] = "第二条",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var left = (await reviewer.GetEvaluationAsync(id)).Evaluation.Inputs["1.1.3"].ReviewDeductions;
        Assert.Equal("第二条", Assert.Single(left).Reason);
    }
}

/// <summary>A clock five years ahead of the machine's: the pages' default years must follow it, not a constant.</summary>
public sealed class ShiftedClockApp : SqliteApp
{
    public static readonly TimeSpan Shift = TimeSpan.FromDays(5 * 365);

    public static int Year => DateTimeOffset.UtcNow.Add(Shift).ToOffset(TimeSpan.FromHours(8)).Year;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ShiftedClock()));
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().Add(Shift);
    }
}

public sealed class ClockTests(ShiftedClockApp app) : IClassFixture<ShiftedClockApp>
{
    [Fact]
    public async Task NewEvaluationForm_DefaultYear_ComesFromTheClock()
    {
        var preparer = await app.LoginAsync("sfj.tb");

        var html = await preparer.GetHtmlAsync("/evaluations");

        Assert.Contains($"name=\"year\" type=\"number\" min=\"2015\" max=\"2100\" value=\"{ShiftedClockApp.Year.ToString(CultureInfo.InvariantCulture)}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameworksPage_DefaultActivationYear_ComesFromTheClock()
    {
        var reviewer = await app.LoginAsync("reviewer");

        var html = await reviewer.GetHtmlAsync("/frameworks");

        Assert.Contains($"value=\"{ShiftedClockApp.Year.ToString(CultureInfo.InvariantCulture)}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_YearWithoutSubmissions_ShowsAMessageInsteadOfCharts()
    {
        var reviewer = await app.LoginAsync("reviewer");

        var empty = await reviewer.GetHtmlAsync("/dashboard?year=" + ShiftedClockApp.Year.ToString(CultureInfo.InvariantCulture));
        var withData = await reviewer.GetHtmlAsync("/dashboard?year=2023");

        Assert.Contains("dashboard-empty", empty, StringComparison.Ordinal);
        Assert.Contains("还没有报送到本局的自评", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-grades", empty, StringComparison.Ordinal);
        Assert.Contains("chart-grades", withData, StringComparison.Ordinal);
    }
}
