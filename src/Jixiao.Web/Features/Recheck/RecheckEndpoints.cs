using Jixiao.Data.Services;
using Jixiao.Domain.Recheck;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Api;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Recheck;

/// <summary>复核 API: draw a sample, read it with its per-unit differences, the per-indicator table, save re-check rows, the reason library.</summary>
public static class RecheckEndpoints
{
    public static void MapRecheckEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/recheck").WithTags("Recheck").RequireAuthorization(Policies.Bureau);
        var writes = api.MapGroup(string.Empty).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);
        writes.MapPost("/samples", async Task<IResult> (HttpContext http, RecheckService s, [FromBody] DrawRequest body, CancellationToken ct) =>
        {
            var drawn = await s.DrawAsync(http.User.ToActor()!, body, ct);
            return drawn.IsOk ? TypedResults.Ok(drawn.Value) : JixiaoApi.Problem(drawn);
        });
        api.MapGet("/samples/{id:int}", async Task<IResult> (int id, HttpContext http, RecheckService s, CancellationToken ct) =>
        {
            var got = await s.GetAsync(http.User.ToActor()!, id, ct);
            return got.IsOk ? TypedResults.Ok(got.Value) : JixiaoApi.Problem(got);
        });
        api.MapGet("/samples/{id:int}/evaluations/{evaluationId:int}", async Task<IResult> (int id, int evaluationId, HttpContext http, RecheckService s, CancellationToken ct) =>
        {
            var got = await s.LinesAsync(http.User.ToActor()!, id, evaluationId, ct);
            return got.IsOk ? TypedResults.Ok(got.Value!.Select(l => new { l.Code, l.Name, l.Weight, l.SelfScore, l.RecheckScore, l.Difference, l.ReasonCode })) : JixiaoApi.Problem(got);
        });
        writes.MapPut("/samples/{id:int}/evaluations/{evaluationId:int}", async Task<IResult> (int id, int evaluationId, HttpContext http, RecheckService s, [FromBody] IReadOnlyList<RecheckInput> rows, CancellationToken ct) =>
        {
            var saved = await s.SaveRowsAsync(http.User.ToActor()!, id, evaluationId, rows, ct);
            return saved.IsOk ? TypedResults.Ok(new { saved = saved.Value }) : JixiaoApi.Problem(saved);
        });
        api.MapGet("/reasons", async Task<IResult> (HttpContext http, RecheckService s, CancellationToken ct) =>
            TypedResults.Ok(await s.ReasonsAsync(http.User.ToActor()!.BureauId ?? 0, ct)));
        writes.MapPut("/reasons", async Task<IResult> (HttpContext http, RecheckService s, [FromBody] IReadOnlyList<RecheckReason> reasons, CancellationToken ct) =>
        {
            var saved = await s.SaveReasonsAsync(http.User.ToActor()!, reasons, ct);
            return saved.IsOk ? TypedResults.Ok(new { saved = saved.Value }) : JixiaoApi.Problem(saved);
        });
    }
}
