using Jixiao.Data.Goals;
using Jixiao.Data.Services;
using Jixiao.Domain.Goals;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Api;
using Jixiao.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Goals;

/// <summary>
/// REST API of goal declarations, their review and the indicator library (OpenAPI tag “Goals”). The same services, hence
/// the same authorization, as the pages; writes need the antiforgery token header like the rest of /api.
/// </summary>
public static class GoalApi
{
    public static void MapGoalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Goals");
        var writes = api.MapGroup(string.Empty).RequireAuthorization().DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);

        api.MapGet("/goals", async Task<IResult> (HttpContext http, GoalService s, int? year, CancellationToken ct) =>
            TypedResults.Ok(await s.ListAsync(http.User.ToActor()!, year, ct))).RequireAuthorization();
        api.MapGet("/goal-review-queue", async Task<IResult> (HttpContext http, GoalService s, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (take, skip) = Paging.Window(page, pageSize);
            return TypedResults.Ok(await s.QueueAsync(http.User.ToActor()!, take, skip, ct));
        }).RequireAuthorization(Policies.Bureau);
        api.MapGet("/goals/{id:int}", async Task<IResult> (int id, HttpContext http, GoalService s, CancellationToken ct) =>
            JixiaoApi.Map(await s.GetAsync(http.User.ToActor()!, id, ct), GoalDto.From)).RequireAuthorization();
        api.MapGet("/goals/{id:int}/year-end/findings", async Task<IResult> (int id, HttpContext http, GoalService s, CancellationToken ct) =>
            JixiaoApi.Map(await s.YearEndFindingsAsync(http.User.ToActor()!, id, ct), f => f)).RequireAuthorization();

        writes.MapPost("/goals", async Task<IResult> (HttpContext http, GoalService s, [FromBody] GoalDeclaration declaration, CancellationToken ct) =>
        {
            var created = await s.CreateAsync(http.User.ToActor()!, declaration, null, ct);
            return created.IsOk ? TypedResults.Created($"/api/goals/{created.Value}", new { id = created.Value }) : JixiaoApi.Problem(created);
        });
        writes.MapPut("/goals/{id:int}", async Task<IResult> (int id, HttpContext http, GoalService s, [FromBody] GoalSaveRequest body, CancellationToken ct) =>
        {
            var saved = await s.SaveAsync(http.User.ToActor()!, id, body.Version, body.Declaration, ct);
            return saved.IsOk ? TypedResults.Ok(new { version = saved.Value }) : JixiaoApi.Problem(saved);
        });
        writes.MapPost("/goals/check", async Task<IResult> (HttpContext http, GoalService s, [FromBody] GoalDeclaration declaration, CancellationToken ct) =>
        {
            var actor = http.User.ToActor()!;
            var invalid = GoalSerializer.Validate(declaration);
            if (invalid.Count > 0)
            {
                return JixiaoApi.Problem(Outcome<int>.Invalid(invalid));
            }

            return TypedResults.Ok(await s.AnalyseAsync(declaration, actor.UnitId ?? 0, ct));
        });
        writes.MapPost("/goals/suggestions", async Task<IResult> (HttpContext http, GoalService s, [FromBody] SuggestionRequest body, CancellationToken ct) =>
            JixiaoApi.Map(await s.SuggestAsync(http.User.ToActor()!, body.Declaration, body.UnitId, ct), x => x));
        writes.MapPost("/goals/{id:int}/transitions", async Task<IResult> (int id, HttpContext http, GoalService s, [FromBody] GoalTransitionRequest body, CancellationToken ct) =>
        {
            if (!Enum.TryParse<GoalAction>(body.Action, ignoreCase: true, out var action))
            {
                return TypedResults.Problem(title: "无效的操作", detail: $"未知操作“{body.Action}”，可选：{string.Join("、", Enum.GetNames<GoalAction>())}。", statusCode: 400);
            }

            var moved = await s.TransitionAsync(http.User.ToActor()!, id, action, body.Comment, body.Conclusion, ct);
            return moved.IsOk
                ? TypedResults.Ok(new { state = moved.Value.State.ToString(), round = moved.Value.Round, name = GoalWorkflow.Describe(moved.Value) })
                : JixiaoApi.Problem(moved);
        });
        writes.MapPut("/goals/{id:int}/opinions", async Task<IResult> (int id, HttpContext http, GoalService s, [FromBody] OpinionsRequest body, CancellationToken ct) =>
        {
            var saved = await s.SaveOpinionsAsync(http.User.ToActor()!, id, body.Opinions, ct);
            return saved.IsOk ? TypedResults.Ok(new { saved = saved.Value }) : JixiaoApi.Problem(saved);
        });
        writes.MapPost("/goals/{id:int}/adjustments", async Task<IResult> (int id, HttpContext http, GoalService s, [FromBody] AdjustmentRequest body, CancellationToken ct) =>
        {
            var created = await s.AdjustAsync(http.User.ToActor()!, id, body.Reason, ct);
            return created.IsOk ? TypedResults.Created($"/api/goals/{created.Value}", new { id = created.Value }) : JixiaoApi.Problem(created);
        });
        writes.MapPost("/goals/{id:int}/year-end", async Task<IResult> (int id, HttpContext http, GoalService s, CancellationToken ct) =>
        {
            var created = await s.CreateYearEndAsync(http.User.ToActor()!, id, ct);
            return created.IsOk ? TypedResults.Created($"/api/evaluations/{created.Value}", new { evaluationId = created.Value }) : JixiaoApi.Problem(created);
        });
        writes.MapPost("/goals/{id:int}/library", async Task<IResult> (int id, HttpContext http, LibraryService l, [FromBody] LibraryAddRequest body, CancellationToken ct) =>
            JixiaoApi.Map(await l.AddFromApprovedAsync(http.User.ToActor()!, id, body.Paths, ct), ids => new { entryIds = ids })).RequireAuthorization(Policies.Bureau);
        writes.MapPut("/goal-checklists/{year:int}", async Task<IResult> (int year, HttpContext http, GoalService s, [FromBody] ChecklistUpload body, CancellationToken ct) =>
            JixiaoApi.Map(await s.UploadChecklistAsync(http.User.ToActor()!, year, body.Yaml, ct), c => new { c.Id, c.Name, c.Rounds })).RequireAuthorization(Policies.Bureau);

        api.MapGet("/library", async Task<IResult> (LibraryService l, string? q, string? @class, string? level, string? fundUse, int? take, CancellationToken ct) =>
        {
            var (functionClass, section) = LibraryQuery.ParseClass(@class);
            return TypedResults.Ok(await l.SearchAsync(new LibraryQuery(q, functionClass, section, fundUse, level, take ?? 20), ct: ct));
        }).RequireAuthorization();
        api.MapGet("/library/{id:int}", async Task<IResult> (int id, LibraryService l, CancellationToken ct) =>
            await l.GetAsync(id, ct) is { } found ? TypedResults.Ok(new LibraryEntryDto(found.Entry, found.History)) : TypedResults.NotFound()).RequireAuthorization();
    }
}

public sealed record GoalDto(
    GoalSummary Summary, GoalDeclaration Declaration, IReadOnlyList<FindingView> Findings, string ChecklistId, int Rounds,
    IReadOnlyList<GoalOpinionView> Opinions, string? ReviewComment, string? AdjustmentReason, bool CanEdit, bool CanReview, bool CanAdjust,
    IReadOnlyList<string> Actions, IReadOnlyList<GoalSummary> Versions)
{
    public static GoalDto From(GoalDetail d) => new(
        d.Summary, d.Declaration, d.Findings, d.Checklist.Id, d.Checklist.Rounds, d.Opinions, d.ReviewComment, d.AdjustmentReason,
        d.CanEdit, d.CanReview, d.CanAdjust, [.. d.Actions.Select(a => a.ToString())], d.Versions);
}

public sealed record GoalSaveRequest(int Version, GoalDeclaration Declaration);

public sealed record GoalTransitionRequest(string Action, string? Comment, string? Conclusion);

public sealed record OpinionsRequest(IReadOnlyList<OpinionInput> Opinions);

public sealed record AdjustmentRequest(string? Reason);

public sealed record SuggestionRequest(GoalDeclaration Declaration, int? UnitId);

public sealed record LibraryAddRequest(IReadOnlyList<string> Paths);

public sealed record ChecklistUpload(string Yaml);

public sealed record LibraryEntryDto(LibraryEntryView Entry, IReadOnlyList<HistoryItem> History);
