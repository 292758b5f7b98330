using Jixiao.Data.Services;
using Jixiao.Domain.Rectification;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Api;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Rectification;

/// <summary>
/// 整改 API: the ledger, items from a reviewed evaluation's findings or by hand, the unit's evidence and answers, the
/// bureau's decisions, and the carry-over into next year's evaluation. Writes need the antiforgery header like the rest of /api.
/// </summary>
public static class RectificationEndpoints
{
    public static void MapRectificationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Rectification").RequireAuthorization();
        var writes = api.MapGroup(string.Empty).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);

        api.MapGet("/rectifications", async Task<IResult> (HttpContext http, RectificationService s, int? year, int? unitId, string? state, bool? overdue, CancellationToken ct) =>
        {
            RectificationState? parsed = null;
            if (state is { Length: > 0 })
            {
                if (!Enum.TryParse<RectificationState>(state, ignoreCase: true, out var st))
                {
                    return TypedResults.Problem(title: "无效的状态", detail: $"未知状态“{state}”，可选：{string.Join("、", Enum.GetNames<RectificationState>())}。", statusCode: 400);
                }

                parsed = st;
            }

            return TypedResults.Ok(await s.ListAsync(http.User.ToActor()!, new RectificationQuery(year, unitId, parsed, overdue == true), ct: ct));
        });
        api.MapGet("/rectifications/counts", async Task<IResult> (HttpContext http, RectificationService s, int? year, CancellationToken ct) =>
            TypedResults.Ok(await s.CountsAsync(http.User.ToActor()!, year, ct)));
        api.MapGet("/rectifications/{id:int}", async Task<IResult> (int id, HttpContext http, RectificationService s, CancellationToken ct) =>
        {
            var got = await s.GetAsync(http.User.ToActor()!, id, ct);
            return got.IsOk ? TypedResults.Ok(got.Value) : JixiaoApi.Problem(got);
        });
        api.MapGet("/evaluations/{id:int}/rectification-proposals", async Task<IResult> (int id, HttpContext http, RectificationService s, CancellationToken ct) =>
        {
            var got = await s.ProposeAsync(http.User.ToActor()!, id, ct);
            return got.IsOk ? TypedResults.Ok(got.Value) : JixiaoApi.Problem(got);
        }).RequireAuthorization(Policies.Bureau);

        writes.MapPost("/evaluations/{id:int}/rectifications", async Task<IResult> (int id, HttpContext http, RectificationService s, [FromBody] IssueRequest body, CancellationToken ct) =>
        {
            var done = await s.IssueFromEvaluationAsync(http.User.ToActor()!, id, body, ct);
            return done.IsOk ? TypedResults.Ok(new { ids = done.Value }) : JixiaoApi.Problem(done);
        }).RequireAuthorization(Policies.Bureau);
        writes.MapPost("/rectifications", async Task<IResult> (HttpContext http, RectificationService s, [FromBody] NewRectification body, CancellationToken ct) =>
        {
            var done = await s.CreateAsync(http.User.ToActor()!, body, ct);
            return done.IsOk ? TypedResults.Created($"/api/rectifications/{done.Value}", new { id = done.Value }) : JixiaoApi.Problem(done);
        }).RequireAuthorization(Policies.Bureau);
        writes.MapPost("/rectifications/{id:int}/evidence", async Task<IResult> (int id, HttpContext http, RectificationService s, EvidenceStore store, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType || http.Request.Form.Files.GetFile("file") is not { } file)
            {
                return TypedResults.Problem(title: "缺少文件", detail: "请以 multipart/form-data 上传字段名为 file 的佐证材料。", statusCode: 400);
            }

            await using var stream = file.OpenReadStream();
            var saved = await s.AddEvidenceAsync(http.User.ToActor()!, id, file.FileName, file.ContentType, stream, store, ct);
            return saved.IsOk ? TypedResults.Ok(new { id = saved.Value!.Id, saved.Value.FileName, saved.Value.Sha256 }) : JixiaoApi.Problem(saved);
        });
        writes.MapPost("/rectifications/{id:int}/actions", async Task<IResult> (int id, HttpContext http, RectificationService s, [FromBody] RectificationActionRequest body, CancellationToken ct) =>
        {
            if (!Enum.TryParse<RectificationAction>(body.Action, ignoreCase: true, out var action))
            {
                return TypedResults.Problem(title: "无效的操作", detail: $"未知操作“{body.Action}”，可选：{string.Join("、", Enum.GetNames<RectificationAction>())}。", statusCode: 400);
            }

            var moved = await s.ActAsync(http.User.ToActor()!, id, action, body.Note, body.Version, body.ResultUse, ct);
            return moved.IsOk ? TypedResults.Ok(new { state = moved.Value.ToString(), name = moved.Value.Name() }) : JixiaoApi.Problem(moved);
        });
        writes.MapPost("/evaluations/{id:int}/previous-problems/sync", async Task<IResult> (int id, HttpContext http, RectificationService s, CancellationToken ct) =>
        {
            var saved = await s.SyncPreviousProblemsAsync(http.User.ToActor()!, id, ct);
            return saved.IsOk ? TypedResults.Ok(new { version = saved.Value }) : JixiaoApi.Problem(saved);
        });

        app.MapGet("/rectification-evidence/{id:int}", async Task<IResult> (int id, HttpContext http, RectificationService s, EvidenceStore store, CancellationToken ct) =>
        {
            var opened = await s.OpenEvidenceAsync(http.User.ToActor()!, id, store, ct);
            return opened.IsOk ? TypedResults.File(opened.Value.Content, opened.Value.File.ContentType, opened.Value.File.FileName) : TypedResults.NotFound();
        }).RequireAuthorization().ExcludeFromDescription();
    }
}

/// <summary>An action on an item: Answer / Return / Accept / Close, its text, the version seen, and for Close the 结果应用意见.</summary>
public sealed record RectificationActionRequest(string Action, string? Note, int? Version = null, string? ResultUse = null);
