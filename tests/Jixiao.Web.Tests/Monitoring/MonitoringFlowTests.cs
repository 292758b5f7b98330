using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Data.Monitoring;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Rectification;
using Jixiao.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Monitoring.MonitoringApiCalls;

namespace Jixiao.Web.Tests.Monitoring;

/// <summary>
/// Mid-year monitoring through the REST API on each database: a round generated from approved goals of two units, one unit
/// on track (green), one behind (red) whose submission is refused until every reason is given, the bureau's queue by light,
/// a return with a comment, the correction, follow-up decisions (a rectification item issued through issue 14's service),
/// the dashboard and exports, the audit log, and the year end that remembers the forecast.
/// </summary>
public abstract class MonitoringFlowTests(JixiaoApp app)
{
    [Fact]
    public async Task Round_GeneratedFilledReturnedCorrectedFollowedUp_QueueDashboardAndYearEndAgree()
    {
        var year = app.NewYear();
        var reviewer = await app.LoginAsync("reviewer");
        var justice = await app.LoginAsync("sfj.tb");
        var schools = await app.LoginAsync("jyj.tb");
        await ApprovedGoalsAsync(justice, reviewer, MonitoringDemoSeeder.Justice(year));
        var schoolGoals = await ApprovedGoalsAsync(schools, reviewer, MonitoringDemoSeeder.Schools(year));

        // The unit cannot start a round; the bureau generates one task per approved declaration, pre-filled.
        await justice.CreateRoundAsync(new { year, asOf = $"{year}-06-30", deadline = $"{year}-07-20" }, HttpStatusCode.Forbidden);
        var bad = await reviewer.CreateRoundAsync(new { year, asOf = $"{year - 1}-06-30", deadline = $"{year}-07-20", scope = "ProjectsAbove" }, HttpStatusCode.UnprocessableEntity);
        var badPaths = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("asOf", badPaths);
        Assert.Contains("minimumAmount", badPaths);
        var round = await reviewer.CreateRoundAsync(new { year, asOf = $"{year}-06-30", deadline = $"{year}-07-20" });
        var roundId = round.GetProperty("id").GetInt32();
        Assert.Equal(2, round.GetProperty("taskCount").GetInt32());
        var queue = await reviewer.QueueAsync(roundId);
        Assert.Equal(2, queue.Count);
        Assert.All(queue, t => Assert.Equal(MonitoringTaskState.Pending, t.State));
        var justiceTask = queue.Single(t => t.UnitName == "区司法局").Id;
        var schoolTask = queue.Single(t => t.Title == MonitoringDemoSeeder.ProjectName).Id;
        var generated = await schools.TaskAsync(schoolTask);
        var approved = MonitoringDemoSeeder.Schools(year);
        Assert.Equal(approved.Annual.Indicators.Select(i => (i.Name, i.Target, i.Unit)), generated.Task.Indicators.Select(i => (i.Name, i.Target, i.Unit)));
        Assert.Equal(approved.Funds.Select(f => (f.Name, (decimal?)f.Amount)), generated.Task.Funds.Select(f => (f.Source, f.Initial)));
        Assert.Equal(new DateOnly(year, 6, 30), generated.Task.AsOf);
        Assert.Equal(["Submit"], generated.Actions);

        // Each unit sees its own task only; the bureau cannot fill one.
        Assert.Equal(HttpStatusCode.NotFound, (await justice.Client.GetAsync($"/api/monitoring/tasks/{schoolTask}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.SaveTaskAsync(schoolTask, generated.Summary.Version, OnTrack(generated.Task))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await schools.Client.GetAsync($"/api/monitoring/rounds/{roundId}/tasks")).StatusCode);

        // 区司法局 on track: green, submitted at once.
        await justice.FillAsync(justiceTask, OnTrack);
        var green = await justice.TaskAsync(justiceTask);
        Assert.Equal(Light.Green, green.Lights.Overall.Light);
        Assert.Contains("v = 48.00% ÷ (6 ÷ 12) = 96.00% → 绿灯", green.Lights.Budget.Explanation, StringComparison.Ordinal);
        await (await justice.MoveTaskAsync(justiceTask, "Submit")).JsonAsync(HttpStatusCode.OK);

        // 区教育局 behind: saved, but not submitted while reasons and measures are missing; every one is listed with its field.
        await schools.FillAsync(schoolTask, Behind);
        var red = await schools.TaskAsync(schoolTask);
        Assert.Equal(Light.Red, red.Lights.Overall.Light);
        Assert.Equal(2, red.Lights.Indicators.Count(i => i.Light.Light == Light.Red));
        Assert.Contains("v = 5 ÷ (24 × 6 ÷ 12) = 41.67% → 红灯", red.Lights.Indicators[0].Light.Explanation, StringComparison.Ordinal);
        Assert.Equal(-16.67m, red.Lights.Indicators[0].Deviation);
        var refused = await (await schools.MoveTaskAsync(schoolTask, "Submit")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        var missing = refused.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Contains("budgetDeviationReason", missing);
        Assert.Contains("budgetMeasure", missing);
        Assert.Contains("indicators[0].reasons", missing);
        Assert.Contains("indicators[1].measure", missing);
        Assert.Contains("indicators[3].reasons", missing);
        Assert.DoesNotContain("indicators[2].reasons", missing);
        Assert.Equal(MonitoringTaskState.Pending, (await schools.TaskAsync(schoolTask)).Summary.State);
        await schools.FillAsync(schoolTask, Explained);
        await (await schools.MoveTaskAsync(schoolTask, "Submit")).JsonAsync(HttpStatusCode.OK);

        // The queue by light: red first; the filter finds each.
        var ordered = await reviewer.QueueAsync(roundId);
        Assert.Equal([schoolTask, justiceTask], ordered.Select(t => t.Id));
        Assert.Equal([schoolTask], (await reviewer.QueueAsync(roundId, "?light=red")).Select(t => t.Id));
        Assert.Equal([justiceTask], (await reviewer.QueueAsync(roundId, "?light=绿")).Select(t => t.Id));
        Assert.Empty(await reviewer.QueueAsync(roundId, "?overdue=true"));
        Assert.Equal("完成安全设施改造的学校数", ordered[0].WorstIndicator);

        // Pages of one task follow the queue's order (the page's ids are chosen first, then read).
        Assert.Equal([schoolTask], (await reviewer.QueueAsync(roundId, "?pageSize=1&page=1")).Select(t => t.Id));
        Assert.Equal([justiceTask], (await reviewer.QueueAsync(roundId, "?pageSize=1&page=2")).Select(t => t.Id));
        Assert.Empty(await reviewer.QueueAsync(roundId, "?pageSize=1&page=3"));
        Assert.Equal([justiceTask], (await reviewer.QueueAsync(roundId, "?light=绿&pageSize=1&page=1")).Select(t => t.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.Client.GetAsync($"/api/monitoring/rounds/{roundId}/tasks?light=purple")).StatusCode);

        // Returned with a comment (required), corrected, resubmitted.
        await (await reviewer.MoveTaskAsync(schoolTask, "Return", " ")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await schools.MoveTaskAsync(schoolTask, "Return", "不行")).JsonAsync(HttpStatusCode.Forbidden);
        await (await reviewer.MoveTaskAsync(schoolTask, "Return", "视频监控设备的偏差原因请写明到货计划。")).JsonAsync(HttpStatusCode.OK);
        var returned = await schools.TaskAsync(schoolTask);
        Assert.Equal(MonitoringTaskState.Returned, returned.Summary.State);
        Assert.Equal("视频监控设备的偏差原因请写明到货计划。", returned.ReturnComment);
        Assert.True(returned.CanEdit);
        await schools.FillAsync(schoolTask, t => t with
        {
            Indicators = [.. t.Indicators.Select(i => i.Name == "安装视频监控设备" ? i with { ReasonText = "供应商 8 月、9 月分两批到货。" } : i)],
        });
        await (await schools.MoveTaskAsync(schoolTask, "Resubmit")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(MonitoringTaskState.Resubmitted, (await schools.TaskAsync(schoolTask)).Summary.State);

        // Follow-up: a rectification item (owner and deadline required) issued through issue 14's service; no action for the green one.
        await (await reviewer.FollowUpAsync(schoolTask, "Rectification", "执行进度严重滞后。")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await schools.FollowUpAsync(schoolTask, "NoAction", "自己确认")).JsonAsync(HttpStatusCode.Forbidden);
        var followed = await (await reviewer.FollowUpAsync(schoolTask, "Rectification", "执行进度严重滞后。", "区教育局计财科", new DateOnly(2099, 9, 30), "按月报送改造进度和支付情况。"))
            .JsonAsync(HttpStatusCode.Created);
        var rectificationId = followed.GetProperty("rectificationId").GetInt32();
        await (await reviewer.FollowUpAsync(justiceTask, "NoAction", "进度正常。")).JsonAsync(HttpStatusCode.Created);
        var confirmed = await reviewer.TaskAsync(schoolTask);
        Assert.Equal(MonitoringTaskState.Confirmed, confirmed.Summary.State);
        Assert.Equal(FollowUpKind.Rectification, confirmed.Summary.FollowUp);
        Assert.False(confirmed.CanEdit);
        var item = await app.WithDbAsync(db => db.Rectifications.AsNoTracking().SingleAsync(r => r.Id == rectificationId));
        Assert.Equal(RectificationSource.Monitoring, item.Source);
        Assert.Equal("monitoring-task:" + schoolTask.ToString(CultureInfo.InvariantCulture), item.SourceRef);
        Assert.Contains("红灯指标 2 项", item.Problem, StringComparison.Ordinal);
        Assert.Equal("按月报送改造进度和支付情况。", item.RequiredMeasure);

        // Every save and move is in the audit log.
        var idText = schoolTask.ToString(CultureInfo.InvariantCulture);
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "monitoring-task" && a.EntityId == idText).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["monitoring.save", "monitoring.save", "monitoring.submit", "monitoring.return", "monitoring.save", "monitoring.resubmit", "monitoring.follow-up"], actions);

        // The dashboard agrees with the queue; the exports hold both tasks.
        var dashboard = await (await reviewer.Client.GetAsync($"/api/monitoring/rounds/{roundId}/dashboard")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, dashboard.GetProperty("lights").GetProperty("red").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("lights").GetProperty("green").GetInt32());
        Assert.Equal(2, dashboard.GetProperty("submitted").GetInt32());
        Assert.Equal(50m, dashboard.GetProperty("timeProgress").GetDecimal());
        Assert.Equal(schoolTask, dashboard.GetProperty("worst")[0].GetProperty("taskId").GetInt32());
        var classes = dashboard.GetProperty("byFunctionClass").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Equal(1, classes["教育支出"].GetProperty("red").GetInt32());
        Assert.Equal(20m, classes["教育支出"].GetProperty("executionRate").GetDecimal());
        Assert.Equal(48m, classes["公共安全支出"].GetProperty("executionRate").GetDecimal());
        var csv = await (await reviewer.Client.GetAsync($"/api/monitoring/rounds/{roundId}/export?format=csv")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("任务编号,单位,监控对象", lines[0], StringComparison.Ordinal);
        Assert.Contains(MonitoringDemoSeeder.ProjectName + ",项目,教育支出,已确认,红灯", lines[1], StringComparison.Ordinal);
        var xlsx = await reviewer.Client.GetByteArrayAsync($"/monitoring/rounds/{roundId}/export.xlsx");
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var cells = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);
            Assert.Equal("区教育局", cells["B3"]);
            Assert.Equal("红灯", cells["G3"]);
            Assert.Equal("20", cells["K3"]);
            Assert.Equal("区司法局", cells["B4"]);
            Assert.Equal("无需处理", cells["T4"]);
        }

        var unitsCsv = await (await reviewer.Client.GetAsync($"/monitoring/rounds/{roundId}/dashboard/units.csv")).Content.ReadAsStringAsync();
        Assert.Contains("区教育局,1,0,0,0,0,1,1280,256,20", unitsCsv, StringComparison.Ordinal);

        // Year end remembers: the forecast beside the actual, and the two checks.
        var made = await schools.ApiAsync(HttpMethod.Post, $"/api/goals/{schoolGoals}/year-end");
        var evaluationId = (await made.JsonAsync(HttpStatusCode.Created)).GetProperty("evaluationId").GetInt32();
        var evaluation = await schools.GetEvaluationAsync(evaluationId);
        var filled = evaluation.Evaluation with
        {
            Goals = [.. evaluation.Evaluation.Goals.Select(g => g.Name switch
            {
                "完成安全设施改造的学校数" => g with { Actual = 24m },
                "安装视频监控设备" => g with { Actual = 420m },
                _ => g,
            })],
        };
        await (await schools.SaveEvaluationAsync(evaluationId, evaluation.Summary.Version, filled)).JsonAsync(HttpStatusCode.OK);
        var yearEnd = await (await schools.Client.GetAsync($"/api/evaluations/{evaluationId}/monitoring")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(schoolTask, yearEnd.GetProperty("taskId").GetInt32());
        var devices = yearEnd.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "安装视频监控设备");
        Assert.Equal(600m, devices.GetProperty("forecast").GetDecimal());
        Assert.Equal("420", devices.GetProperty("actual").GetString());
        Assert.Equal(30m, devices.GetProperty("deviationPercent").GetDecimal());
        var codes = yearEnd.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("path").GetString())).ToList();
        Assert.Contains(("MON-YEAREND-FORECAST", "goals[1].reason"), codes);
        Assert.Contains(("MON-YEAREND-RED-FULL", "goals[0].basis"), codes);
        var editor = await schools.GetHtmlAsync($"/evaluations/{evaluationId}");
        Assert.Contains("id=\"year-end-monitoring\"", editor, StringComparison.Ordinal);
        Assert.Contains("MON-YEAREND-FORECAST", string.Join(" ", codes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_PastDeadline_UnsubmittedTaskIsOverdueAndLateSubmissionStaysOverdue()
    {
        var year = DateTime.UtcNow.Year - 2;
        var reviewer = await app.LoginAsync("reviewer");
        var unit = await app.LoginAsync("mzj.tb");
        await ApprovedGoalsAsync(unit, reviewer, MonitoringDemoSeeder.Justice(year) with { Unit = "区民政局" });
        var round = await reviewer.CreateRoundAsync(new { year, asOf = $"{year}-07-31", deadline = $"{year}-08-15", scope = "Departments" });
        var roundId = round.GetProperty("id").GetInt32();
        var task = Assert.Single(await reviewer.QueueAsync(roundId, "?overdue=true"));
        Assert.True(task.Overdue);
        Assert.Equal(task.Id, Assert.Single(await reviewer.QueueAsync(roundId, "?light=overdue")).Id);
        var shown = await unit.TaskAsync(task.Id);
        Assert.Equal(Light.Overdue, shown.Lights.Deadline.Light);
        Assert.StartsWith("已逾期", shown.Lights.Deadline.Explanation, StringComparison.Ordinal);

        // 31 July: 7 months elapsed; the late submission is recorded as such.
        await unit.FillAsync(task.Id, t => OnTrack(t) with { Funds = [.. t.Funds.Select(f => f with { Spent = f.Initial * 0.6m })] });
        await (await unit.MoveTaskAsync(task.Id, "Submit")).JsonAsync(HttpStatusCode.OK);
        var late = await unit.TaskAsync(task.Id);
        Assert.True(late.Summary.SubmittedLate);
        Assert.Equal(Light.Overdue, late.Lights.Deadline.Light);
        Assert.Contains("逾期报送", late.Lights.Deadline.Explanation, StringComparison.Ordinal);
        Assert.Single(await reviewer.QueueAsync(roundId, "?overdue=true"));
        var dashboard = await (await reviewer.Client.GetAsync($"/api/monitoring/rounds/{roundId}/dashboard")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, dashboard.GetProperty("overdue").GetInt32());
        Assert.Equal(58.33m, dashboard.GetProperty("timeProgress").GetDecimal());
    }

    [Fact]
    public async Task DemoDistrict_SeededRound_OneUnitGreenConfirmedOneRedWithReasonsWaiting()
    {
        var reviewer = await app.LoginAsync("reviewer");
        var rounds = await (await reviewer.Client.GetAsync("/api/monitoring/rounds")).JsonAsync(HttpStatusCode.OK);
        var seeded = rounds.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == DateTime.UtcNow.AddHours(8).Year && r.GetProperty("createdBy").GetString() == "reviewer");
        var queue = await reviewer.QueueAsync(seeded.GetProperty("id").GetInt32());
        var red = queue.Single(t => t.Title == MonitoringDemoSeeder.ProjectName);
        var green = queue.Single(t => t.UnitName == "区司法局");
        Assert.Equal((Light.Red, MonitoringTaskState.Submitted), (red.Overall, red.State));
        Assert.Equal((Light.Green, MonitoringTaskState.Confirmed), (green.Overall, green.State));
        var detail = await reviewer.TaskAsync(red.Id);
        Assert.Empty(detail.Lights.Findings);
        Assert.All(detail.Task.Indicators.Where((_, i) => detail.Lights.Indicators[i].Light.Light == Light.Red), i => Assert.NotEmpty(i.Reasons));
        Assert.False(string.IsNullOrWhiteSpace(detail.Task.BudgetDeviationReason));
    }

    [Fact]
    public async Task TaskPage_UnreadableNumber_KeepsEveryTypedValueAndMarksTheField()
    {
        var year = app.NewYear();
        var reviewer = await app.LoginAsync("reviewer");
        var unit = await app.LoginAsync("xcb.tb");
        await ApprovedGoalsAsync(unit, reviewer, MonitoringDemoSeeder.Justice(year) with { Unit = "区委宣传部" });
        var round = await reviewer.CreateRoundAsync(new { year, asOf = $"{year}-06-30", deadline = $"{year}-07-20" });
        var task = Assert.Single(await reviewer.QueueAsync(round.GetProperty("id").GetInt32()));
        var url = $"/monitoring/tasks/{task.Id}";
        var page = await unit.GetHtmlAsync(url);
        Assert.Contains("name=\"indicators[0].current\"", page, StringComparison.Ordinal);
        var version = (await unit.TaskAsync(task.Id)).Summary.Version.ToString(CultureInfo.InvariantCulture);
        var response = await unit.PostPageFormAsync(url, "save", new Dictionary<string, string>
        {
            ["version"] = version,
            ["intent"] = "save",
            ["funds.present"] = "1",
            ["funds[0].source"] = "财政拨款",
            ["funds[0].spent"] = "三百万",
            ["funds[1].source"] = "其他资金",
            ["funds[1].spent"] = "9.6",
            ["indicators[0].current"] = "18",
            ["indicators[0].reasonText"] = "上半年场地紧张。",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("“第 1 行资金来源“财政拨款”的累计支出”应为数字，实际填写“三百万”", html, StringComparison.Ordinal);
        Assert.Contains("name=\"funds[0].spent\" value=\"三百万\"", html, StringComparison.Ordinal);
        Assert.Matches("name=\"funds\\[0\\]\\.spent\" value=\"三百万\"[^>]*class=\"invalid\"", html);
        Assert.Contains("上半年场地紧张。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"18\"", html, StringComparison.Ordinal);
        Assert.Null((await unit.TaskAsync(task.Id)).Task.Funds[0].Spent);

        // A good post saves; a third fund source can be added.
        var saved = await unit.PostPageFormAsync(url, "save", new Dictionary<string, string>
        {
            ["version"] = version,
            ["intent"] = "save",
            ["funds.present"] = "1",
            ["funds[0].source"] = "财政拨款",
            ["funds[0].spent"] = "3,648,000元",
            ["funds[1].source"] = "其他资金",
            ["funds[1].spent"] = "9.6",
            ["funds[2].source"] = "上级补助",
            ["funds[2].initial"] = "50",
            ["funds[2].spent"] = "10",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await unit.TaskAsync(task.Id)).Task;
        Assert.Equal([364.8m, 9.6m, 10m], stored.Funds.Select(f => f.Spent!.Value));
        Assert.Equal([760m, 20m, 50m], stored.Funds.Select(f => f.Initial!.Value));
    }
}

public sealed class MonitoringFlowTests_Sqlite(SqliteApp app) : MonitoringFlowTests(app), IClassFixture<SqliteApp>;

public sealed class MonitoringFlowTests_Postgres(PostgresApp app) : MonitoringFlowTests(app), IClassFixture<PostgresApp>;
