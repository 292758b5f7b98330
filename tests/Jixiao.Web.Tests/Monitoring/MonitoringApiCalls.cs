using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Features.Goals;
using Jixiao.Web.Features.Monitoring;
using Jixiao.Web.Tests.Integration;

namespace Jixiao.Web.Tests.Monitoring;

/// <summary>Intent-revealing calls of the monitoring API (and of the goal API it starts from) for a signed-in session.</summary>
internal static class MonitoringApiCalls
{
    /// <summary>Declares, submits and takes a goal declaration through every review round to approval; returns its id.</summary>
    public static async Task<int> ApprovedGoalsAsync(Session preparer, Session reviewer, GoalDeclaration declaration)
    {
        var created = await preparer.ApiAsync(HttpMethod.Post, "/api/goals", declaration);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"declare: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var id = (await created.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["id"];
        await GoalMoveAsync(preparer, id, "Submit");
        await GoalMoveAsync(reviewer, id, "StartReview");
        while ((await reviewer.Client.GetFromJsonAsync<GoalDto>($"/api/goals/{id}", EvaluationJson.Options))!.Actions.Contains("PassRound"))
        {
            await GoalMoveAsync(reviewer, id, "PassRound");
        }

        await GoalMoveAsync(reviewer, id, "Approve");
        return id;
    }

    private static async Task GoalMoveAsync(Session s, int id, string action)
    {
        var response = await s.ApiAsync(HttpMethod.Post, $"/api/goals/{id}/transitions", new GoalTransitionRequest(action, null, null));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action} on goals/{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> CreateRoundAsync(this Session reviewer, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await reviewer.ApiAsync(HttpMethod.Post, "/api/monitoring/rounds", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"create round: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<List<TaskListRow>> QueueAsync(this Session reviewer, int roundId, string query = "")
    {
        var response = await reviewer.Client.GetAsync($"/api/monitoring/rounds/{roundId}/tasks{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"queue: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<List<TaskListRow>>(text, EvaluationJson.Options)!;
    }

    public static async Task<TaskDto> TaskAsync(this Session s, int id)
    {
        var response = await s.Client.GetAsync($"/api/monitoring/tasks/{id}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET task {id}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<TaskDto>(text, EvaluationJson.Options)!;
    }

    public static async Task<HttpResponseMessage> SaveTaskAsync(this Session s, int id, int version, MonitoringTask task) =>
        await s.ApiAsync(HttpMethod.Put, $"/api/monitoring/tasks/{id}", new TaskSaveRequest(version, task));

    /// <summary>Saves the task as changed by <paramref name="change"/> (the save must succeed).</summary>
    public static async Task FillAsync(this Session s, int id, Func<MonitoringTask, MonitoringTask> change)
    {
        var current = await s.TaskAsync(id);
        var saved = await s.SaveTaskAsync(id, current.Summary.Version, change(current.Task));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, $"save task {id}: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
    }

    public static Task<HttpResponseMessage> MoveTaskAsync(this Session s, int id, string action, string? comment = null) =>
        s.ApiAsync(HttpMethod.Post, $"/api/monitoring/tasks/{id}/transitions", new TaskTransitionRequest(action, comment));

    public static Task<HttpResponseMessage> FollowUpAsync(this Session s, int id, string kind, string? reason, string? owner = null, DateOnly? deadline = null, string? measure = null) =>
        s.ApiAsync(HttpMethod.Post, $"/api/monitoring/tasks/{id}/follow-ups", new FollowUpBody(kind, reason, owner, deadline, measure));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// A task filled on track at 30 June (time progress 50 %): spending at 48 % of every budget, counts at half their target,
    /// rates at their target, qualitative ones 达成, the year's goal expected to be met.
    /// </summary>
    public static MonitoringTask OnTrack(MonitoringTask t) => t with
    {
        Funds = [.. t.Funds.Select(f => f with { Spent = f.Initial * 0.48m })],
        Indicators = [.. t.Indicators.Select(i => i.Operator == Jixiao.Domain.IndicatorOperator.Qualitative
            ? i with { Progress = Jixiao.Domain.QualitativeAnswer.Achieved, Likelihood = "确定能" }
            : i with { Current = i.Unit == "%" ? i.Target : i.Target / 2m, Forecast = i.Target, Likelihood = "确定能" })],
        GoalExpectedMet = true,
    };

    /// <summary>
    /// 区教育局's school project behind at 30 June, without any reason: spending at 20 % (v = 40 % → 红灯), schools at 5 of 12
    /// expected (41.67 % → 红灯), devices at 150 of 300 (50 % → 红灯), the qualitative one 部分达成 (黄灯).
    /// </summary>
    public static MonitoringTask Behind(MonitoringTask t) => t with
    {
        Funds = [.. t.Funds.Select(f => f with { Spent = f.Initial * 0.2m })],
        Indicators = [.. t.Indicators.Select(i => i.Name switch
        {
            "完成安全设施改造的学校数" => i with { Current = 5m, Forecast = 20m, Likelihood = "有可能" },
            "安装视频监控设备" => i with { Current = 150m, Forecast = 600m, Likelihood = "确定能" },
            "校园安全管理水平" => i with { Progress = Jixiao.Domain.QualitativeAnswer.PartlyAchieved, Likelihood = "有可能" },
            _ => i with { Current = i.Target, Forecast = i.Target, Likelihood = "确定能" },
        })],
        GoalExpectedMet = false,
        GoalNotMetReason = "预计年底完成改造 20 所。",
    };

    /// <summary>The reasons and measures <see cref="Behind"/> lacks.</summary>
    public static MonitoringTask Explained(MonitoringTask t) => t with
    {
        BudgetDeviationReason = "工程招标推迟两个月。",
        BudgetMeasure = "按周跟踪施工进度。",
        Indicators = [.. t.Indicators.Select(i => i.Name switch
        {
            "完成安全设施改造的学校数" => i with { Reasons = ["制度保障"], ReasonText = "招标推迟。", Measure = "暑期集中施工。" },
            "安装视频监控设备" => i with { Reasons = ["硬件条件保障"], Measure = "分批到货。" },
            "校园安全管理水平" => i with { Reasons = ["人员保障"], Measure = "开学前完成培训。" },
            _ => i,
        })],
    };
}

/// <summary>A queue row as the API gives it (the fields the tests read).</summary>
internal sealed record TaskListRow(int Id, int UnitId, string UnitName, string Title, MonitoringTaskState State, Light Overall, int RedCount, int YellowCount, bool Overdue, string? WorstIndicator);
