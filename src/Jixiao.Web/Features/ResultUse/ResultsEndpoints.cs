using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain.Results;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Api;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.ResultUse;

/// <summary>结果应用 API: suggestions per evaluation with their rule, the bureau's decisions, the rule tables, the XLSX.</summary>
public static class ResultsEndpoints
{
    public static void MapResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/results").WithTags("Results").RequireAuthorization(Policies.Bureau);
        api.MapGet(string.Empty, async Task<IResult> (HttpContext http, ResultsService s, int? year, CancellationToken ct) =>
        {
            var got = await s.OverviewAsync(http.User.ToActor()!, year, null, ct);
            return got.IsOk ? TypedResults.Ok(got.Value) : JixiaoApi.Problem(got);
        });
        api.MapGet("/tables", () => TypedResults.Ok(ResultRulesCatalog.BuiltIn));
        api.MapPost("/{evaluationId:int}/decision", async Task<IResult> (int evaluationId, HttpContext http, ResultsService s, [FromBody] ResultDecisionRequest body, CancellationToken ct) =>
        {
            if (!Enum.TryParse<ResultDecisionKind>(body.Decision, ignoreCase: true, out var kind))
            {
                return TypedResults.Problem(title: "无效的意见", detail: $"未知意见“{body.Decision}”，可选：{string.Join("、", Enum.GetNames<ResultDecisionKind>())}。", statusCode: 400);
            }

            var done = await s.DecideAsync(http.User.ToActor()!, evaluationId, kind, body.Change, body.Reason, ct);
            return done.IsOk ? TypedResults.Ok(done.Value) : JixiaoApi.Problem(done);
        }).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);

        app.MapGet("/results/{year:int}.xlsx", async Task<IResult> (int year, HttpContext http, ResultsService s, CancellationToken ct) =>
        {
            var got = await s.XlsxAsync(http.User.ToActor()!, year, ct);
            return got.IsOk
                ? TypedResults.File(got.Value.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", got.Value.FileName)
                : TypedResults.NotFound();
        }).RequireAuthorization(Policies.Bureau).ExcludeFromDescription();
    }
}

/// <summary>Accepted / Edited / Rejected, the change when edited (万元, negative for a cut), and the reason.</summary>
public sealed record ResultDecisionRequest(string Decision, decimal? Change, string? Reason);
