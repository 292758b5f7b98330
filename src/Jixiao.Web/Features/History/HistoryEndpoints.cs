using Jixiao.Data.Services;
using Jixiao.Web.Features.Account;

namespace Jixiao.Web.Features.History;

/// <summary>CSV downloads of the tables behind the history charts, and the publication check as JSON.</summary>
public static class HistoryEndpoints
{
    public static void MapHistoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/history/units/{unitId:int}.csv", async Task<IResult> (int unitId, HttpContext http, HistoryService s, CancellationToken ct) =>
            await s.UnitAsync(http.User.ToActor(), unitId, ct) is { } h ? TypedResults.File(HistoryService.UnitCsv(h.Years, true), "text/csv; charset=utf-8", $"unit-{unitId}-history.csv") : TypedResults.NotFound())
            .RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/public/units/{unitId:int}.csv", async Task<IResult> (int unitId, HistoryService s, CancellationToken ct) =>
            await s.UnitAsync(null, unitId, ct) is { } h ? TypedResults.File(HistoryService.UnitCsv(h.Years, false), "text/csv; charset=utf-8", $"unit-{unitId}-published.csv") : TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/history.csv", async Task<IResult> (HttpContext http, HistoryService s, CancellationToken ct) =>
            TypedResults.File(HistoryService.BureauCsv(await s.BureauAsync(http.User.ToActor()!, ct)), "text/csv; charset=utf-8", "history.csv"))
            .RequireAuthorization(Policies.Bureau).ExcludeFromDescription();
        app.MapGet("/history/function-classes.csv", async Task<IResult> (HttpContext http, HistoryService s, CancellationToken ct) =>
            TypedResults.File(HistoryService.FunctionClassCsv(await s.BureauAsync(http.User.ToActor()!, ct)), "text/csv; charset=utf-8", "history-function-classes.csv"))
            .RequireAuthorization(Policies.Bureau).ExcludeFromDescription();
        app.MapGet("/api/public/evaluations/{id:int}/publication-check", async Task<IResult> (int id, PublicationService s, CancellationToken ct) =>
            await s.CheckAsync(id, ct) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound()).AllowAnonymous().WithTags("OpenData");
    }
}
