using System.Net;
using System.Net.Http.Json;
using Jixiao.Data;
using Jixiao.Data.Goals;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;
using Jixiao.Web.Features.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Integration.Goals;

/// <summary>Intent-revealing calls of the goal API for a signed-in session.</summary>
internal static class GoalApiCalls
{
    public static GoalDeclaration Testdata(string file, int year) =>
        GoalSerializer.Parse(Repo.Read("testdata", "goals", file), file).Value with { Year = year };

    public static async Task<int> DeclareAsync(this Session s, GoalDeclaration d)
    {
        var response = await s.ApiAsync(HttpMethod.Post, "/api/goals", d);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"declare: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["id"];
    }

    public static async Task<GoalDto> GoalAsync(this Session s, int id)
    {
        var response = await s.Client.GetAsync($"/api/goals/{id}");
        Assert.True(response.IsSuccessStatusCode, $"GET /api/goals/{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<GoalDto>(EvaluationJson.Options))!;
    }

    public static async Task MoveAsync(this Session s, int id, string action, string? comment = null, string? conclusion = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await s.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/transitions", new GoalTransitionRequest(action, comment, conclusion));
        Assert.True(response.StatusCode == expected, $"{action} on goals/{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<HttpResponseMessage> SaveGoalAsync(this Session s, int id, int version, GoalDeclaration d) =>
        await s.ApiAsync(HttpMethod.Put, $"/api/goals/{id}", new GoalSaveRequest(version, d));

    public static DeclaredIndicator Row(this GoalDeclaration d, string name) => d.Annual.Indicators.Single(i => i.Name == name);

    public static GoalDeclaration WithRow(this GoalDeclaration d, string name, Func<DeclaredIndicator, DeclaredIndicator> change) =>
        d with { Annual = d.Annual with { Indicators = [.. d.Annual.Indicators.Select(i => i.Name == name ? change(i) : i)] } };
}

/// <summary>
/// The goal cycle through the REST API on each database: a department goal table (花都区委组织部) and a project declaration
/// (棠溪镇 委托业务项目) declared, checked, reviewed in two rounds, returned, revised, approved and locked, adjusted (both
/// versions kept), carried into a year-end self-evaluation whose indicators match the approved ones, and the check that
/// fires when a year-end target differs.
/// </summary>
public abstract class GoalFlowTests(JixiaoApp app)
{
    [Fact]
    public async Task DepartmentGoals_DeclareReviewReturnReviseApproveAdjustYearEnd_IndicatorsMatchTheApprovedOnes()
    {
        const int year = 2031;
        var preparer = await app.LoginAsync("zzb.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var declared = GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", year)
            .WithRow("“10号工作室”服务群众满意度", r => r with { Explanation = "群众满意的占比。" });

        // Declared and checked: the satisfaction row names no survey method.
        var id = await preparer.DeclareAsync(declared);
        var draft = await preparer.GoalAsync(id);
        Assert.Equal(GoalState.Draft, draft.Summary.State);
        Assert.Equal("区委组织部", draft.Declaration.Unit);
        Assert.Contains(draft.Findings, f => f.Code == "GOAL-SATISFACTION-NO-SURVEY" && f.Path == "annual.indicators[7].explanation");
        Assert.Contains("Submit", draft.Actions);
        await preparer.MoveAsync(id, "Submit");

        // 初审: the finding is pre-filled under its checklist item; the reviewer writes opinions and returns.
        await reviewer.MoveAsync(id, "StartReview");
        var first = await reviewer.GoalAsync(id);
        Assert.Equal(1, first.Summary.Round);
        Assert.Equal("初审中", first.Summary.StateName);
        var feasibility = Assert.Single(first.Opinions, o => o.ItemCode == "feasibility");
        Assert.True(feasibility.Prefilled);
        Assert.Contains("调查方式", feasibility.Opinion, StringComparison.Ordinal);
        var opinions = await reviewer.ApiAsync(HttpMethod.Put, $"/api/goals/{id}/opinions", new OpinionsRequest(
            [new OpinionInput("completeness", "符合", null), new OpinionInput("feasibility", "不符合", "满意度指标须写明调查方式和样本。")]));
        Assert.Equal(HttpStatusCode.OK, opinions.StatusCode);
        var badRating = await reviewer.ApiAsync(HttpMethod.Put, $"/api/goals/{id}/opinions", new OpinionsRequest([new OpinionInput("feasibility", "很好", null)]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badRating.StatusCode);
        await reviewer.MoveAsync(id, "Approve", expected: HttpStatusCode.UnprocessableEntity);
        await reviewer.MoveAsync(id, "Return", "满意度指标须写明调查方式和样本。", "修改后通过");

        // Revised by the unit, resubmitted, 初审 passed, 复审 approves.
        var returned = await preparer.GoalAsync(id);
        Assert.Equal(GoalState.Returned, returned.Summary.State);
        Assert.Equal("满意度指标须写明调查方式和样本。", returned.ReviewComment);
        var revised = returned.Declaration.WithRow("“10号工作室”服务群众满意度", r => r with { Explanation = "按季度对来访群众开展问卷调查，满意份数 ÷ 有效问卷份数。" });
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveGoalAsync(id, returned.Summary.Version, revised)).StatusCode);
        Assert.Empty((await preparer.GoalAsync(id)).Findings);
        await preparer.MoveAsync(id, "Resubmit");
        await reviewer.MoveAsync(id, "StartReview");
        await reviewer.MoveAsync(id, "PassRound");
        Assert.Equal(2, (await reviewer.GoalAsync(id)).Summary.Round);
        await reviewer.MoveAsync(id, "Approve", conclusion: "通过");

        // Approved and locked.
        var approved = await preparer.GoalAsync(id);
        Assert.Equal(GoalState.Approved, approved.Summary.State);
        Assert.Equal("通过", approved.Summary.Conclusion);
        Assert.False(approved.CanEdit);
        Assert.True(approved.CanAdjust);
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.SaveGoalAsync(id, approved.Summary.Version, approved.Declaration)).StatusCode);
        var conclusions = await app.WithDbAsync(db => db.GoalReviewOpinions.Where(o => o.DeclarationId == id && o.ItemCode == "结论").OrderBy(o => o.Id).Select(o => o.Rating).ToListAsync());
        Assert.Equal(["修改后通过", "通过"], conclusions);

        // 调整: a new version with a reason, through the same review; both versions kept.
        var noReason = await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/adjustments", new AdjustmentRequest(" "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var adjusting = await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/adjustments", new AdjustmentRequest("年中培训经费压减，培训班次相应调减。"));
        Assert.Equal(HttpStatusCode.Created, adjusting.StatusCode);
        var adjustmentId = (await adjusting.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["id"];
        var adjustment = await preparer.GoalAsync(adjustmentId);
        Assert.Equal(2, adjustment.Summary.Revision);
        Assert.Equal(id, adjustment.Summary.PreviousId);
        var lowered = adjustment.Declaration.WithRow("举办各类干部培训班次", r => r with { Target = 18m, Reason = "年中培训经费压减 10%。" });
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveGoalAsync(adjustmentId, adjustment.Summary.Version, lowered)).StatusCode);
        await preparer.MoveAsync(adjustmentId, "Submit");
        await reviewer.MoveAsync(adjustmentId, "StartReview");
        await reviewer.MoveAsync(adjustmentId, "PassRound");
        await reviewer.MoveAsync(adjustmentId, "Approve");

        var original = await preparer.GoalAsync(id);
        var current = await preparer.GoalAsync(adjustmentId);
        Assert.Equal(GoalState.Superseded, original.Summary.State);
        Assert.Equal(20m, original.Declaration.Row("举办各类干部培训班次").Target);
        Assert.Equal(18m, current.Declaration.Row("举办各类干部培训班次").Target);
        Assert.Equal([id, adjustmentId], current.Versions.Select(v => v.Id).ToArray());
        Assert.Equal([GoalState.Superseded, GoalState.Approved], current.Versions.Select(v => v.State).ToArray());

        // Year-end from the approved (adjusted) goals: the superseded version refuses, the current one creates the evaluation.
        var fromOld = await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/year-end");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fromOld.StatusCode);
        Assert.Contains($"goals/{adjustmentId}", await fromOld.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var made = await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{adjustmentId}/year-end");
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var evaluationId = (await made.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["evaluationId"];
        var evaluation = await preparer.GetEvaluationAsync(evaluationId);
        var approvedRows = current.Declaration.Annual.Indicators;
        Assert.Equal(approvedRows.Select(r => (r.Level1, r.Level2, r.Name, r.Target, r.Unit)), evaluation.Evaluation.Goals.Select(g => (g.Level1, g.Level2, g.Name, g.Target, g.Unit)));
        Assert.Equal(2, evaluation.Evaluation.ApprovedGoals!.Revision);
        Assert.Equal(year, evaluation.Evaluation.Year);
        Assert.Empty(await YearEndFindingsAsync(preparer, adjustmentId));

        // Actuals filled: the framework's goal-completion leaves are computed from the approved rows.
        var withActuals = evaluation.Evaluation with
        {
            Goals = [.. evaluation.Evaluation.Goals.Select(g => g with { Actual = g.Target, Weight = 1m })],
            Budget = evaluation.Evaluation.Budget with
            {
                Adjusted = 2322.6m, Executed = 2233.44m, CarryOver = 89.16m, PublicExpense = new BudgetLine(100m, 90m), ThreePublic = new BudgetLine(12m, 9.6m),
                FixedAssetsInUse = 820m, FixedAssetsTotal = 860m,
            },
        };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(evaluationId, evaluation.Summary.Version, withActuals)).StatusCode);
        var scored = await app.WithServicesAsync(async sp =>
        {
            var e = (await sp.GetRequiredService<EvaluationService>().GetContentAsync(Actor.System, evaluationId)).Value!.Evaluation;
            return (await sp.GetRequiredService<EvaluationAnalyzer>().AnalyseAsync(e)).Score!;
        });
        var output = scored.Indicators.Single(i => i.Code == "1.1.1");
        Assert.Equal(20m, output.Score);
        Assert.DoesNotContain("填报得分", output.Explanation.Text, StringComparison.Ordinal);

        // A target changed at year end: the check fires, in the evaluation's findings and against the approved goals.
        var saved = await preparer.GetEvaluationAsync(evaluationId);
        var tampered = saved.Evaluation with
        {
            Goals = [.. saved.Evaluation.Goals.Select(g => g.Name == "举办各类干部培训班次" ? g with { Target = 12m } : g)],
            ApprovedGoals = saved.Evaluation.ApprovedGoals! with { Indicators = [] },
        };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(evaluationId, saved.Summary.Version, tampered)).StatusCode);
        var after = await preparer.GetEvaluationAsync(evaluationId);
        Assert.Equal(approvedRows.Count, after.Evaluation.ApprovedGoals!.Indicators.Count);
        var findings = await preparer.Client.GetFromJsonAsync<Jixiao.Web.Features.Api.FindingsDto>($"/api/evaluations/{evaluationId}/findings", EvaluationJson.Options);
        var changed = Assert.Single(findings!.Findings, f => f.Code == "GOAL-YEAREND-TARGET-CHANGED");
        Assert.Contains("≥12期", changed.Message, StringComparison.Ordinal);
        Assert.Contains("≥18期", changed.Message, StringComparison.Ordinal);
        Assert.Contains(await YearEndFindingsAsync(preparer, adjustmentId), f => f.Code == "GOAL-YEAREND-TARGET-CHANGED");
    }

    [Fact]
    public async Task ProjectGoals_TangxiDeclaration_ChecksFireAndTheRevisedVersionIsApproved()
    {
        const int year = 2032;
        var preparer = await app.LoginAsync("fgj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.DeclareAsync(GoalApiCalls.Testdata("tangxi-2022-project.yaml", year));

        var draft = await preparer.GoalAsync(id);
        Assert.Equal(EvaluationKind.Project, draft.Summary.Kind);
        Assert.Equal("委托业务项目", draft.Summary.Title);
        Assert.Contains(draft.Findings, f => f.Code == "LINT-VAGUE");
        Assert.Contains(draft.Findings, f => f.Code == "GOAL-REQUIRED-MISSING" && f.Path == "longTerm.indicators");
        Assert.Equal(3, draft.Summary.MaxSeverity);

        await preparer.MoveAsync(id, "Submit");
        var queue = await reviewer.Client.GetFromJsonAsync<List<GoalSummary>>("/api/goal-review-queue", EvaluationJson.Options);
        Assert.Contains(queue!, q => q.Id == id);
        await reviewer.MoveAsync(id, "StartReview");
        await reviewer.MoveAsync(id, "Return", "中长期目标缺少效益、满意度指标；效益指标“效果明显”不可衡量。");

        var returned = await preparer.GoalAsync(id);
        var d = returned.Declaration;
        var fixedUp = d with
        {
            Annual = d.Annual with
            {
                Indicators = [.. d.Annual.Indicators.Select(i => i.TargetText == "效果明显"
                    ? i with { ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 95m, Unit = "%", TargetText = null, Name = i.Name + "（项目按期办结率）" }
                    : i.Name == "服务对象满意度" ? i with { Explanation = "项目结束后对委托单位开展问卷调查。" } : i)],
            },
            LongTerm = d.LongTerm! with
            {
                Indicators =
                [
                    .. d.LongTerm.Indicators,
                    new DeclaredIndicator { Level1 = "效益指标", Level2 = "社会效益指标", Name = "基建项目审计问题整改率", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 95m, Unit = "%" },
                    new DeclaredIndicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "委托单位满意度", ValueType = IndicatorValueType.Quantitative, Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%", Explanation = "每年问卷调查一次。" },
                ],
            },
        };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveGoalAsync(id, returned.Summary.Version, fixedUp)).StatusCode);
        var revised = await preparer.GoalAsync(id);
        Assert.DoesNotContain(revised.Findings, f => f.Code is "LINT-VAGUE" or "GOAL-REQUIRED-MISSING" or "GOAL-SATISFACTION-NO-SURVEY");
        await preparer.MoveAsync(id, "Resubmit");
        await reviewer.MoveAsync(id, "StartReview");
        await reviewer.MoveAsync(id, "PassRound");
        await reviewer.MoveAsync(id, "Approve");
        Assert.Equal(GoalState.Approved, (await preparer.GoalAsync(id)).Summary.State);

        var made = await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/year-end");
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var evaluation = await preparer.GetEvaluationAsync((await made.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["evaluationId"]);
        Assert.Equal("委托业务项目", evaluation.Evaluation.ProjectName);
        Assert.Equal(fixedUp.Annual.Indicators.Select(i => i.Name), evaluation.Evaluation.Goals.Select(g => g.Name));
        Assert.Equal(90m, Assert.Single(evaluation.Evaluation.Budget.BySource).Initial);
    }

    [Fact]
    public async Task GoalApi_AccessRules_OtherUnitsAndRolesRefused()
    {
        var preparer = await app.LoginAsync("zzb.tb");
        var other = await app.LoginAsync("sfj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var id = await preparer.DeclareAsync(GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", 2033));

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/goals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.Client.GetAsync($"/api/goals/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.ApiAsync(HttpMethod.Post, "/api/goals", GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", 2033))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/transitions", new GoalTransitionRequest("Submit", null, null), withToken: false)).StatusCode);
        await preparer.MoveAsync(id, "Submit");
        await preparer.MoveAsync(id, "StartReview", expected: HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.ApiAsync(HttpMethod.Put, "/api/goal-checklists/2033", new ChecklistUpload("id: x"))).StatusCode);
        var badChecklist = await reviewer.ApiAsync(HttpMethod.Put, "/api/goal-checklists/2033", new ChecklistUpload("id: x\nname: y\nitems: []\nconclusions: [{ name: 通过, approves: true }]\nratings: [好]\nroundz: 2\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badChecklist.StatusCode);
        Assert.Contains("roundz", await badChecklist.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetBelowLastYearsActual_FromTheDatabase_FlaggedUntilAReasonIsGiven()
    {
        var preparer = await app.LoginAsync("jyj.tb");
        var reviewer = await app.LoginAsync("reviewer");
        var lastYear = GoalApiCalls.Testdata("huadu-zzb-2022-department.yaml", 2034);
        var lastId = await preparer.DeclareAsync(lastYear);
        await preparer.MoveAsync(lastId, "Submit");
        await reviewer.MoveAsync(lastId, "StartReview");
        await reviewer.MoveAsync(lastId, "PassRound");
        await reviewer.MoveAsync(lastId, "Approve");
        var made = await preparer.ApiAsync(HttpMethod.Post, $"/api/goals/{lastId}/year-end");
        var evaluationId = (await made.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["evaluationId"];
        var evaluation = await preparer.GetEvaluationAsync(evaluationId);
        var actuals = evaluation.Evaluation with
        {
            Goals = [.. evaluation.Evaluation.Goals.Select(g => g with { Actual = g.Name == "举办各类干部培训班次" ? 26m : g.Target })],
            // The rest of a complete evaluation (figures, the other leaves, every section), so that it may be submitted.
            Narrative = Session.CompleteEvaluation(2034).Narrative,
            Budget = Session.CompleteEvaluation(2034).Budget,
            Inputs = Session.CompleteEvaluation(2034).Inputs.Where(kv => kv.Key is not ("1.1.1" or "1.1.2")).ToDictionary(kv => kv.Key, kv => kv.Value),
        };
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveEvaluationAsync(evaluationId, evaluation.Summary.Version, actuals)).StatusCode);
        var submitted = await preparer.SubmitEvaluationAsync(evaluationId);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());

        var thisYear = lastYear with { Year = 2035 };
        var id = await preparer.DeclareAsync(thisYear);
        var finding = Assert.Single((await preparer.GoalAsync(id)).Findings, f => f.Code == "GOAL-BELOW-LAST-YEAR");
        Assert.Contains("上年实际值 = 26", finding.Evidence, StringComparison.Ordinal);

        var suggestions = await preparer.ApiAsync(HttpMethod.Post, "/api/goals/suggestions", new SuggestionRequest(thisYear with { Annual = new GoalSection { Text = "干部教育培训" } }, null));
        var list = await suggestions.Content.ReadFromJsonAsync<List<GoalSuggestion>>(EvaluationJson.Options);
        var own = Assert.Single(list!, x => x.Kind == "上年指标" && x.Row.Name == "举办各类干部培训班次");
        Assert.Contains("完成 26期", own.Reason, StringComparison.Ordinal);
        Assert.Equal(26m, own.Row.StandardValue);

        var current = await preparer.GoalAsync(id);
        var withReason = current.Declaration.WithRow("举办各类干部培训班次", r => r with { Reason = "上年承接了市级专题班，本年不再承办。" });
        Assert.Equal(HttpStatusCode.OK, (await preparer.SaveGoalAsync(id, current.Summary.Version, withReason)).StatusCode);
        Assert.DoesNotContain((await preparer.GoalAsync(id)).Findings, f => f.Code == "GOAL-BELOW-LAST-YEAR");
    }

    [Fact]
    public async Task LibrarySearch_SeededDemo_TrainingAndSatisfactionFirstWithLastYearsTargetsAndActuals()
    {
        var lastYear = DateTime.UtcNow.Year - 1;
        var session = await app.LoginAsync("sfj.tb");

        var training = (await session.Client.GetFromJsonAsync<List<LibraryHit>>("/api/library?q=" + Uri.EscapeDataString("培训"), EvaluationJson.Options))!;
        var satisfaction = (await session.Client.GetFromJsonAsync<List<LibraryHit>>("/api/library?q=" + Uri.EscapeDataString("满意度"), EvaluationJson.Options))!;

        Assert.True(training.Count >= 3, $"{training.Count} hits");
        Assert.All(training.Take(2), h => Assert.Contains("培训", h.Entry.Name, StringComparison.Ordinal));
        var classes = Assert.Single(training, h => h.Entry.Name == "举办各类干部培训班次");
        Assert.Equal(("一般公共服务支出", "组织事务"), (classes.Entry.FunctionClass, classes.Entry.FunctionSection));
        Assert.Contains(classes.History, x => x.Year == lastYear && x.Unit == "区委组织部" && x.Target == 20m && x.Actual == 21m);
        Assert.All(satisfaction.Take(3), h => Assert.Contains("满意度", h.Entry.Name, StringComparison.Ordinal));
        var service = Assert.Single(satisfaction, h => h.Entry.Name == "服务对象满意度");
        Assert.Contains(service.History, x => x.Year == 2022 && x.Unit == "天长市水利局" && x.ActualText == "100%");
        Assert.Single(service.History, x => x.Year == lastYear && x.Unit == "区发展和改革局" && x.Target == 90m && x.Actual == 96m);
        Assert.DoesNotContain(service.History, x => x.Actual is null && x.ActualText is null && x.Year == lastYear);
        Assert.Contains(service.Entry.Citations, c => c.Document == "ah-tianchang-slj-2022-project-table.txt" && c.Line == 59);

        var byClass = (await session.Client.GetFromJsonAsync<List<LibraryHit>>("/api/library?q=" + Uri.EscapeDataString("培训") + "&class=" + Uri.EscapeDataString("卫生健康支出"), EvaluationJson.Options))!;
        Assert.Empty(byClass);
    }

    private static async Task<List<FindingView>> YearEndFindingsAsync(Session s, int goalId)
    {
        var response = await s.Client.GetAsync($"/api/goals/{goalId}/year-end/findings");
        Assert.True(response.IsSuccessStatusCode, $"year-end findings: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<List<FindingView>>(EvaluationJson.Options))!;
    }
}

public sealed class GoalFlowTests_Sqlite(SqliteApp app) : GoalFlowTests(app), IClassFixture<SqliteApp>;

public sealed class GoalFlowTests_Postgres(PostgresApp app) : GoalFlowTests(app), IClassFixture<PostgresApp>;
