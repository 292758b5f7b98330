using Jixiao.Data;
using Jixiao.Data.Services;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Review;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Api;

/// <summary>
/// REST API (minimal APIs, OpenAPI at /openapi/v1.json). Same services, hence the same authorization, as the pages.
/// Writes need the antiforgery token in the <c>RequestVerificationToken</c> header (GET /api/antiforgery gives it),
/// because the API is authenticated by the same cookie as the pages.
/// </summary>
public static class JixiaoApi
{
    public static void MapJixiaoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Jixiao");
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery af) => TypedResults.Ok(new { token = af.GetAndStoreTokens(http).RequestToken }))
            .RequireAuthorization();

        var writes = api.MapGroup(string.Empty).RequireAuthorization().DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);

        api.MapGet("/evaluations", async Task<IResult> (HttpContext http, EvaluationService s, int? year, CancellationToken ct) =>
            TypedResults.Ok(await s.ListAsync(http.User.ToActor()!, year, ct: ct))).RequireAuthorization();
        api.MapGet("/evaluations/{id:int}", async Task<IResult> (int id, HttpContext http, EvaluationService s, CancellationToken ct) =>
            Map(await s.GetContentAsync(http.User.ToActor(), id, ct), d => new EvaluationDto(d.Summary, d.Evaluation, d.ReviewComment, d.ApprovedContentSha256, d.Actions.Select(a => a.ToString()).ToList())));
        api.MapGet("/evaluations/{id:int}/findings", async Task<IResult> (int id, HttpContext http, EvaluationService s, EvaluationAnalyzer analyzer, CancellationToken ct) =>
        {
            var got = await s.GetContentAsync(http.User.ToActor(), id, ct);
            if (!got.IsOk)
            {
                return Map(got, _ => 0);
            }

            var analysis = await analyzer.AnalyseAsync(got.Value!.Evaluation, ct);
            return TypedResults.Ok(new FindingsDto(analysis.Total, analysis.Grade, analysis.ReviewTotal, analysis.ReviewGrade, analysis.ExecutionRatePercent, analysis.Findings, analysis.ScoreErrors.Select(e => e.ToString()).ToList()));
        });
        api.MapGet("/review-queue", async Task<IResult> (HttpContext http, EvaluationService s, int? page, int? pageSize, CancellationToken ct) =>
        {
            var (take, skip) = Paging.Window(page, pageSize);
            return TypedResults.Ok(await s.ReviewQueueAsync(http.User.ToActor()!, take, skip, ct));
        }).RequireAuthorization(Policies.Bureau);
        api.MapGet("/public/evaluations", async Task<IResult> (PublicReportService s, string? q, int? year, CancellationToken ct) =>
            TypedResults.Ok(await s.ListAsync(q, year, 200, ct)));
        api.MapGet("/public/evaluations/{id:int}", async Task<IResult> (int id, PublicReportService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } report ? TypedResults.Ok(report) : Problem(Outcome<int>.NotFound()));

        writes.MapPost("/evaluations", async Task<IResult> (HttpContext http, EvaluationService s, [FromBody] Evaluation evaluation, CancellationToken ct) =>
        {
            var created = await s.CreateAsync(http.User.ToActor()!, evaluation, null, ct);
            return created.IsOk ? TypedResults.Created($"/api/evaluations/{created.Value}", new { id = created.Value }) : Problem(created);
        });
        writes.MapPut("/evaluations/{id:int}", async Task<IResult> (int id, HttpContext http, EvaluationService s, [FromBody] SaveRequest body, CancellationToken ct) =>
        {
            var saved = await s.SaveAsync(http.User.ToActor()!, id, body.Version, body.Evaluation, ct);
            return saved.IsOk ? TypedResults.Ok(new { version = saved.Value }) : Problem(saved);
        });
        writes.MapPost("/evaluations/{id:int}/transitions", async Task<IResult> (int id, HttpContext http, EvaluationService s, [FromBody] TransitionRequest body, CancellationToken ct) =>
        {
            if (!Enum.TryParse<ReviewAction>(body.Action, ignoreCase: true, out var action))
            {
                return TypedResults.Problem(title: "无效的操作", detail: $"未知操作“{body.Action}”，可选：{string.Join("、", Enum.GetNames<ReviewAction>())}。", statusCode: 400);
            }

            var moved = await s.TransitionAsync(http.User.ToActor()!, id, action, body.Comment, ct);
            return moved.IsOk ? TypedResults.Ok(new { state = moved.Value.ToString(), name = moved.Value.Name() }) : Problem(moved);
        });
        writes.MapPost("/evaluations/{id:int}/corrections", async Task<IResult> (int id, HttpContext http, EvaluationService s, [FromBody] CorrectionRequest? body, CancellationToken ct) =>
        {
            // 更正 of a published evaluation (bureau only): a new draft of the unit, linked to it; the service checks role and scope.
            var opened = await s.OpenCorrectionAsync(http.User.ToActor()!, id, body?.Reason, ct);
            return opened.IsOk ? TypedResults.Created($"/api/evaluations/{opened.Value}", new { id = opened.Value, supersedes = id }) : Problem(opened);
        });
        writes.MapPut("/evaluations/{id:int}/review", async Task<IResult> (int id, HttpContext http, EvaluationService s, [FromBody] ReviewRequest body, CancellationToken ct) =>
        {
            var saved = await s.SaveReviewAsync(http.User.ToActor()!, id, body.Version, body.Deductions, ct);
            return saved.IsOk ? TypedResults.Ok(new { version = saved.Value }) : Problem(saved);
        });

        api.MapGet("/frameworks", async Task<IResult> (HttpContext http, FrameworkService f, CancellationToken ct) => TypedResults.Ok(await f.ListAsync(http.User.ToActor(), ct)));
        writes.MapPost("/frameworks/validate", async Task<IResult> ([FromBody] FrameworkUpload body) =>
        {
            var result = FrameworkService.Validate(body.Yaml, body.SourceName ?? "upload.yaml");
            return result.IsSuccess ? TypedResults.Ok(new { id = result.Value.Id, name = result.Value.Name }) : Problem(Outcome<int>.Invalid(result.Errors));
        }).RequireAuthorization(Policies.Bureau);
        writes.MapPost("/frameworks", async Task<IResult> (HttpContext http, FrameworkService f, [FromBody] FrameworkUpload body, CancellationToken ct) =>
        {
            var saved = await f.UploadAsync(http.User.ToActor()!, body.Yaml, body.SourceName ?? "upload.yaml", ct);
            return saved.IsOk ? TypedResults.Ok(new { id = saved.Value!.Id, name = saved.Value.Name }) : Problem(saved);
        }).RequireAuthorization(Policies.Bureau);
        writes.MapPost("/frameworks/{id}/activations", async Task<IResult> (string id, HttpContext http, FrameworkService f, [FromBody] ActivationRequest body, CancellationToken ct) =>
        {
            var done = await f.ActivateAsync(http.User.ToActor()!, id, body.Year, ct);
            return done.IsOk ? TypedResults.Ok(new { id, year = body.Year }) : Problem(done);
        }).RequireAuthorization(Policies.Bureau);
    }

    internal static IResult Map<T, TOut>(Outcome<T> outcome, Func<T, TOut> map) =>
        outcome.IsOk ? TypedResults.Ok(map(outcome.Value!)) : Problem(outcome);

    internal static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem<T>(Outcome<T> outcome)
    {
        var status = outcome.Status switch
        {
            OutcomeStatus.NotFound => 404,
            OutcomeStatus.Forbidden => 403,
            OutcomeStatus.Invalid => 422,
            OutcomeStatus.Conflict => 409,
            OutcomeStatus.Ok => 200,
        };
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = outcome.Errors.Select(e => new { e.Code, e.Path, e.Message }).ToList(),
        };
        if (outcome.Conflict is { } c)
        {
            extensions["theirsVersion"] = c.TheirsVersion;
            extensions["theirsBy"] = c.TheirsBy;
            extensions["theirs"] = System.Text.Json.JsonDocument.Parse(c.TheirsContent).RootElement;
            extensions["yours"] = System.Text.Json.JsonDocument.Parse(c.YoursContent).RootElement;
        }

        return TypedResults.Problem(title: (outcome.Errors.Count > 0 ? outcome.Errors[0].Message : null) ?? "请求失败", statusCode: status, extensions: extensions);
    }
}

public sealed record EvaluationDto(EvaluationSummary Summary, Evaluation Evaluation, string? ReviewComment, string? ApprovedContentSha256, IReadOnlyList<string> Actions);

public sealed record FindingsDto(decimal? Total, string? Grade, decimal? ReviewTotal, string? ReviewGrade, decimal? ExecutionRate, IReadOnlyList<FindingView> Findings, IReadOnlyList<string> ScoreErrors);

public sealed record SaveRequest(int Version, Evaluation Evaluation);

public sealed record TransitionRequest(string Action, string? Comment);

public sealed record CorrectionRequest(string? Reason);

public sealed record ReviewRequest(int Version, Dictionary<string, IReadOnlyList<Deduction>> Deductions);

public sealed record FrameworkUpload(string Yaml, string? SourceName);

public sealed record ActivationRequest(int Year);
