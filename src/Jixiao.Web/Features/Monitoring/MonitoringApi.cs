using System.Globalization;
using System.Text;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Services;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Api;
using Jixiao.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Monitoring;

/// <summary>
/// REST API of mid-year monitoring (OpenAPI tag “Monitoring”): rounds, the queue, the dashboard, exports, tasks with their
/// lights, saves, moves and follow-up decisions, and the year-end comparison of an evaluation. Same services (hence the same
/// authorization) as the pages; errors are Chinese ProblemDetails; writes need the antiforgery header like the rest of /api.
/// Also the pages' non-page endpoints: the form's live preview and the round's downloads.
/// </summary>
public static class MonitoringApi
{
    public static void MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/monitoring").WithTags("Monitoring");
        var writes = api.MapGroup(string.Empty).RequireAuthorization().DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);

        api.MapGet("/rounds", async Task<IResult> (HttpContext http, MonitoringService s, int? year, CancellationToken ct) =>
            TypedResults.Ok(await s.RoundsAsync(http.User.ToActor()!, year, ct))).RequireAuthorization();
        api.MapGet("/rounds/{id:int}", async Task<IResult> (int id, HttpContext http, MonitoringService s, CancellationToken ct) =>
            JixiaoApi.Map(await s.RoundAsync(http.User.ToActor()!, id, ct), r => r)).RequireAuthorization(Policies.Bureau);
        api.MapGet("/rounds/{id:int}/tasks", async Task<IResult> (int id, HttpContext http, MonitoringService s, string? light, bool? overdue, string? state, int? unitId, string? functionClass, int? page, int? pageSize, CancellationToken ct) =>
        {
            if (!TryFilter(light, overdue, state, unitId, functionClass, out var filter, out var problem))
            {
                return problem!;
            }

            var (take, skip) = Paging.Window(page, pageSize);
            return JixiaoApi.Map(await s.QueueAsync(http.User.ToActor()!, id, filter, take, skip, ct), r => r);
        }).RequireAuthorization(Policies.Bureau);
        api.MapGet("/rounds/{id:int}/dashboard", async Task<IResult> (int id, HttpContext http, MonitoringService s, CancellationToken ct) =>
            JixiaoApi.Map(await s.DashboardAsync(http.User.ToActor()!, id, ct), DashboardDto.From)).RequireAuthorization(Policies.Bureau);
        api.MapGet("/rounds/{id:int}/export", async Task<IResult> (int id, HttpContext http, MonitoringService s, TimeProvider clock, string? format, CancellationToken ct) =>
            await ExportAsync(id, http, s, clock, format, ct)).RequireAuthorization(Policies.Bureau);
        writes.MapPost("/rounds", async Task<IResult> (HttpContext http, MonitoringService s, [FromBody] RoundRequest body, CancellationToken ct) =>
        {
            if (!TryScope(body.Scope, out var scope))
            {
                return TypedResults.Problem(title: "无效的监控范围", detail: $"未知范围“{body.Scope}”，可选：{string.Join("、", Enum.GetNames<RoundScope>())}。", statusCode: 400);
            }

            var created = await s.CreateRoundAsync(http.User.ToActor()!, new NewRound(body.Year, body.AsOf, body.Deadline, scope, body.MinimumAmount, body.KeyProjects, body.SettingsId, body.Name), ct);
            return created.IsOk ? TypedResults.Created($"/api/monitoring/rounds/{created.Value!.Id}", created.Value) : JixiaoApi.Problem(created);
        }).RequireAuthorization(Policies.Bureau);

        api.MapGet("/tasks", async Task<IResult> (HttpContext http, MonitoringService s, int? year, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (take, skip) = Paging.Window(page, pageSize);
            return TypedResults.Ok(await s.TasksAsync(http.User.ToActor()!, year, take, skip, ct));
        }).RequireAuthorization();
        api.MapGet("/tasks/{id:int}", async Task<IResult> (int id, HttpContext http, MonitoringService s, CancellationToken ct) =>
            JixiaoApi.Map(await s.GetAsync(http.User.ToActor()!, id, ct), TaskDto.From)).RequireAuthorization();
        writes.MapPut("/tasks/{id:int}", async Task<IResult> (int id, HttpContext http, MonitoringService s, [FromBody] TaskSaveRequest body, CancellationToken ct) =>
        {
            if (body.Task is null)
            {
                return TypedResults.Problem(title: "缺少监控表", detail: "请求体应为 { \"version\": 版本号, \"task\": 监控表 }，缺少“task”。", statusCode: 400);
            }

            var saved = await s.SaveAsync(http.User.ToActor()!, id, body.Version, body.Task, ct);
            return saved.IsOk ? TypedResults.Ok(new { version = saved.Value }) : JixiaoApi.Problem(saved);
        });
        writes.MapPost("/tasks/{id:int}/transitions", async Task<IResult> (int id, HttpContext http, MonitoringService s, [FromBody] TaskTransitionRequest body, CancellationToken ct) =>
        {
            if (!Enum.TryParse<MonitoringAction>(body.Action, ignoreCase: true, out var action))
            {
                return TypedResults.Problem(title: "无效的操作", detail: $"未知操作“{body.Action}”，可选：Submit、Resubmit、Return（确认请用 follow-ups）。", statusCode: 400);
            }

            var moved = await s.TransitionAsync(http.User.ToActor()!, id, action, body.Comment, ct);
            return moved.IsOk ? TypedResults.Ok(new { state = moved.Value.ToString(), name = moved.Value.Name() }) : JixiaoApi.Problem(moved);
        });
        writes.MapPost("/tasks/{id:int}/follow-ups", async Task<IResult> (int id, HttpContext http, MonitoringService s, [FromBody] FollowUpBody body, CancellationToken ct) =>
        {
            if (!Enum.TryParse<FollowUpKind>(body.Kind, ignoreCase: true, out var kind))
            {
                return TypedResults.Problem(title: "无效的跟进处理", detail: $"未知处理方式“{body.Kind}”，可选：{string.Join("、", Enum.GetNames<FollowUpKind>())}。", statusCode: 400);
            }

            var done = await s.FollowUpAsync(http.User.ToActor()!, id, new FollowUpRequest(kind, body.Reason, body.Owner, body.Deadline, body.RequiredMeasure), ct);
            return done.IsOk ? TypedResults.Created($"/api/monitoring/tasks/{id}", done.Value) : JixiaoApi.Problem(done);
        }).RequireAuthorization(Policies.Bureau);

        app.MapGet("/api/evaluations/{id:int}/monitoring", async Task<IResult> (int id, HttpContext http, MonitoringService s, CancellationToken ct) =>
            JixiaoApi.Map(await s.YearEndAsync(http.User.ToActor()!, id, ct), v => v)).RequireAuthorization().WithTags("Monitoring");

        // The pages' helpers (not part of the documented API).
        app.MapPost("/monitoring/tasks/{id:int}/preview", PreviewAsync).RequireAuthorization().DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate).ExcludeFromDescription();
        app.MapGet("/monitoring/rounds/{id:int}/export.{format}", async Task<IResult> (int id, string format, HttpContext http, MonitoringService s, TimeProvider clock, CancellationToken ct) =>
            await ExportAsync(id, http, s, clock, format, ct)).RequireAuthorization(Policies.Bureau).ExcludeFromDescription();
        app.MapGet("/monitoring/rounds/{id:int}/dashboard/{chart}.csv", DashboardCsvAsync).RequireAuthorization(Policies.Bureau).ExcludeFromDescription();
    }

    /// <summary>The unsaved form's lights and computed columns (执行率, 结余, 偏离度), for the live preview.</summary>
    private static async Task<IResult> PreviewAsync(int id, HttpContext http, MonitoringService s, CancellationToken ct)
    {
        var actor = http.User.ToActor()!;
        var detail = await s.GetAsync(actor, id, ct);
        if (!detail.IsOk)
        {
            return TypedResults.NotFound();
        }

        var form = await http.Request.ReadFormAsync(ct);
        var (typed, errors) = MonitoringForm.Apply(detail.Value!.Task, MonitoringForm.Posted(form));
        var preview = await s.PreviewAsync(actor, id, typed, ct);
        return preview.IsOk ? TypedResults.Ok(LightsView.From(preview.Value.Task, preview.Value.Result, errors)) : TypedResults.NotFound();
    }

    private static async Task<IResult> ExportAsync(int id, HttpContext http, MonitoringService s, TimeProvider clock, string? format, CancellationToken ct)
    {
        var kind = (format ?? "xlsx").ToLowerInvariant();
        if (kind is not ("xlsx" or "csv"))
        {
            return TypedResults.Problem(title: "无效的导出格式", detail: $"格式“{format}”无效，可选：xlsx、csv。", statusCode: 400);
        }

        var exported = await s.ExportAsync(http.User.ToActor()!, id, ct);
        if (!exported.IsOk)
        {
            return JixiaoApi.Problem(exported);
        }

        var (round, rows) = exported.Value;
        var sheetRows = rows.Select(r => new MonitoringSheetRow(r.TaskId, r.UnitName, r.Title, r.Kind, r.FunctionClass, r.State, r.Overall, r.Budget,
            r.BudgetTotal, r.SpentTotal, r.ExecutionRate, r.BudgetPercent, r.RedCount, r.YellowCount, r.FindingCount, r.WorstIndicator, r.WorstPercent,
            r.SubmittedOn, r.Overdue, r.FollowUp, r.ReturnComment));
        var name = string.Create(CultureInfo.InvariantCulture, $"监控结果-{round.Year}-{round.Id}");
        using var buffer = new MemoryStream();
        if (kind == "xlsx")
        {
            MonitoringRoundXlsx.Write(buffer, round.Name + " 监控结果汇总", sheetRows, clock.GetUtcNow().UtcDateTime);
            return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            MonitoringRoundXlsx.WriteCsv(writer, sheetRows);
        }

        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>The table behind one chart of the dashboard as CSV (lights, units, classes, execution, worst).</summary>
    private static async Task<IResult> DashboardCsvAsync(int id, string chart, HttpContext http, MonitoringService s, CancellationToken ct)
    {
        var got = await s.DashboardAsync(http.User.ToActor()!, id, ct);
        if (!got.IsOk)
        {
            return JixiaoApi.Problem(got);
        }

        var d = got.Value!;
        var table = DashboardTables.Of(d).FirstOrDefault(t => t.Key == chart);
        if (table is null)
        {
            return TypedResults.Problem(title: "没有该图表", detail: $"图表“{chart}”不存在，可选：{string.Join("、", DashboardTables.Of(d).Select(t => t.Key))}。", statusCode: 404);
        }

        var text = new StringBuilder();
        text.Append('\uFEFF');
        text.Append(string.Join(",", table.Headers.Select(MonitoringRoundXlsx.Csv))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.Append(string.Join(",", row.Select(MonitoringRoundXlsx.Csv))).Append("\r\n");
        }

        return TypedResults.File(new UTF8Encoding(false).GetBytes(text.ToString()), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"监控看板-{d.Round.Id}-{chart}.csv"));
    }

    /// <summary>The queue's filters from query values (English or Chinese light names); a bad value is a 400 with the choices.</summary>
    public static bool TryFilter(string? light, bool? overdue, string? state, int? unitId, string? functionClass, out TaskQuery filter, out IResult? problem)
    {
        filter = new TaskQuery(OverdueOnly: overdue == true, UnitId: unitId, FunctionClass: string.IsNullOrWhiteSpace(functionClass) ? null : functionClass.Trim());
        problem = null;
        if (!string.IsNullOrWhiteSpace(light))
        {
            if (!TryLight(light, out var parsed))
            {
                problem = TypedResults.Problem(title: "无效的预警灯", detail: $"预警灯“{light}”无效，可选：red、yellow、green、blue、overdue、notAssessed（或 红、黄、绿、蓝、逾期、无法判断）。", statusCode: 400);
                return false;
            }

            filter = filter with { Light = parsed };
        }

        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<MonitoringTaskState>(state, ignoreCase: true, out var s))
            {
                problem = TypedResults.Problem(title: "无效的状态", detail: $"状态“{state}”无效，可选：{string.Join("、", Enum.GetNames<MonitoringTaskState>())}。", statusCode: 400);
                return false;
            }

            filter = filter with { State = s };
        }

        return true;
    }

    public static bool TryLight(string text, out Light light)
    {
        var t = text.Trim();
        if (t is "notAssessed" or "notassessed" or "无法判断")
        {
            light = Light.NotAssessed;
            return true;
        }

        return LightText.TryParse(t.ToLowerInvariant(), out light);
    }

    private static bool TryScope(string? text, out RoundScope scope)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            scope = RoundScope.Everything;
            return true;
        }

        return Enum.TryParse(text, ignoreCase: true, out scope) && Enum.IsDefined(scope);
    }
}

public sealed record RoundRequest(int Year, DateOnly AsOf, DateOnly Deadline, string? Scope, decimal? MinimumAmount, IReadOnlyList<string>? KeyProjects, string? SettingsId, string? Name);

public sealed record TaskSaveRequest(int Version, MonitoringTask Task);

public sealed record TaskTransitionRequest(string Action, string? Comment);

public sealed record FollowUpBody(string Kind, string? Reason, string? Owner, DateOnly? Deadline, string? RequiredMeasure);

/// <summary>A light with its name and arithmetic, as the API and the live preview give it.</summary>
public sealed record LightDto(Light Light, string Name, decimal? Percent, string Explanation)
{
    public static LightDto From(LightResult r) => new(r.Light, r.Light.Name(), r.Percent, r.Explanation);
}

/// <summary>An indicator's light, its forecast against the target and its 偏离度.</summary>
public sealed record IndicatorLightDto(int Index, string Name, LightDto Light, decimal? ForecastPercent, decimal? Deviation, bool ReasonRequired);

/// <summary>One fund source with the figures computed from it.</summary>
public sealed record FundsDto(string Source, decimal? Budget, decimal? Spent, decimal? ExecutionRate, decimal? Balance);

/// <summary>The lights of a task now (also the live preview's answer): budget, indicators, deadline, overall, and what is missing.</summary>
public sealed record LightsView(
    LightDto Overall, LightDto Budget, LightDto Deadline, decimal MonthsElapsed, IReadOnlyList<FundsDto> Funds, FundsDto Total,
    IReadOnlyList<IndicatorLightDto> Indicators, IReadOnlyList<FindingView> Findings, IReadOnlyList<string> Errors)
{
    public static LightsView From(MonitoringTask task, MonitoringResult result, IReadOnlyList<DomainError> errors)
    {
        var funds = task.Funds.Select(f => FundsOf(f.Source, f.EffectiveBudget(), f.Spent)).ToList();
        var budgets = task.Funds.Select(f => f.EffectiveBudget()).ToList();
        var spent = task.Funds.Select(f => f.Spent).ToList();
        var total = FundsOf("合计", budgets.Count > 0 && budgets.All(b => b is not null) ? budgets.Sum(b => b!.Value) : null,
            spent.Count > 0 && spent.All(s => s is not null) ? spent.Sum(s => s!.Value) : null);
        var overall = new LightDto(result.Overall, result.Overall.Name(), null, string.Empty);
        return new LightsView(overall, LightDto.From(result.Budget), LightDto.From(result.Deadline), result.MonthsElapsed, funds, total,
            [.. result.Indicators.Select(i => new IndicatorLightDto(i.Index, i.Name, LightDto.From(i.Result), i.ForecastPercent, Deviation(task.Indicators[i.Index]), i.ReasonRequired))],
            [.. result.Findings.Select(f => new FindingView(f.Code, f.Severity == Jixiao.Domain.Checks.Severity.Certain ? 3 : f.Severity == Jixiao.Domain.Checks.Severity.Suspect ? 2 : 1, f.Message, f.Path ?? string.Empty))],
            [.. errors.Select(e => e.Message)]);
    }

    /// <summary>偏离度 = (全年预计完成值 − 年度指标值) ÷ 年度指标值 × 100, signed; null for 定性 or a missing value.</summary>
    public static decimal? Deviation(MonitoredIndicator m) =>
        m.Operator != IndicatorOperator.Qualitative && m.Forecast is { } f && m.Target is { } t && t != 0m ? Money.Round((f - t) / t * 100m) : null;

    private static FundsDto FundsOf(string source, decimal? budget, decimal? spent) =>
        new(source, budget, spent, budget is > 0m && spent is { } s ? Money.Round(s / budget.Value * 100m) : null, budget is { } b && spent is { } x ? b - x : null);
}

/// <summary>A task for the API: the form, its lights now, what is missing, and what the caller may do.</summary>
public sealed record TaskDto(
    TaskSummary Summary, RoundSummary Round, MonitoringTask Task, LightsView Lights, string SettingsId, IReadOnlyList<string> DeviationReasons,
    IReadOnlyList<string> Likelihoods, string? ReturnComment, bool CanEdit, bool CanFollowUp, IReadOnlyList<string> Actions, IReadOnlyList<FollowUpView> FollowUps)
{
    public static TaskDto From(TaskDetail d) => new(
        d.Summary, d.Round, d.Task, LightsView.From(d.Task, d.Result, []), d.Settings.Id, d.Settings.DeviationReasons, d.Settings.Likelihoods, d.ReturnComment,
        d.CanEdit, d.CanFollowUp, [.. d.Actions.Select(a => a.ToString())], d.FollowUps);
}

/// <summary>The dashboard for the API (lights keyed by their English name).</summary>
public sealed record DashboardDto(
    RoundSummary Round, decimal TimeProgress, int Tasks, int Submitted, int Overdue, IReadOnlyDictionary<string, int> Lights,
    IReadOnlyList<LightGroup> ByUnit, IReadOnlyList<LightGroup> ByFunctionClass, IReadOnlyList<ExecutionBucket> Execution,
    decimal? Budget, decimal? Spent, decimal? ExecutionRate, IReadOnlyList<WorstIndicator> Worst)
{
    public static DashboardDto From(RoundDashboard d) => new(
        d.Round, d.TimeProgress, d.Tasks, d.Submitted, d.Overdue,
        d.Lights.ToDictionary(kv => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kv.Key.ToString()), kv => kv.Value),
        d.ByUnit, d.ByFunctionClass, d.Execution, d.Budget, d.Spent, d.ExecutionRate, d.Worst);
}

/// <summary>The tables behind the dashboard's charts: shown under each chart and downloaded as CSV.</summary>
public sealed record DashboardTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

public static class DashboardTables
{
    public static IReadOnlyList<DashboardTable> Of(RoundDashboard d)
    {
        ArgumentNullException.ThrowIfNull(d);
        static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
        static string P(decimal? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
        string[] groupHeaders = ["名称", "红灯", "黄灯", "绿灯", "蓝灯", "无法判断", "合计", "预算数（万元）", "累计支出（万元）", "执行率（%）"];
        IReadOnlyList<string> Group(LightGroup g) => [g.Name, N(g.Red), N(g.Yellow), N(g.Green), N(g.Blue), N(g.NotAssessed), N(g.Total), P(g.Budget), P(g.Spent), P(g.ExecutionRate)];
        return
        [
            new("lights", "综合预警分布", ["预警", "任务数"], [.. d.Lights.Select(kv => (IReadOnlyList<string>)[kv.Key.Name(), N(kv.Value)])]),
            new("units", $"各单位预警（红灯、黄灯最多的 {N(MonitoringService.DashboardUnits)} 个单位）", groupHeaders, [.. d.ByUnit.Select(Group)]),
            new("classes", "各功能分类预警与执行率", groupHeaders, [.. d.ByFunctionClass.Select(Group)]),
            new("execution", $"预算执行率分布（时间进度 {P(d.TimeProgress)}%）", ["执行率区间", "任务数"], [.. d.Execution.Select(b => (IReadOnlyList<string>)[b.Label, N(b.Count)])]),
            new("worst", "进度最慢的指标", ["任务编号", "单位", "监控对象", "指标", "预警", "完成进度（%）"],
                [.. d.Worst.Select(w => (IReadOnlyList<string>)[N(w.TaskId), w.UnitName, w.Title, w.Indicator, w.Light.Name(), P(w.Percent)])]),
        ];
    }
}
