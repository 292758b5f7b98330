using Jixiao.Data;
using Jixiao.Data.Services;
using Jixiao.Web.Features.Account;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>Non-page endpoints of the department pages: live score preview, document and evidence downloads.</summary>
public static class EvaluationEndpoints
{
    public static void MapEvaluationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/evaluations/{id:int}/preview", PreviewAsync).RequireAuthorization().DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate).ExcludeFromDescription();
        app.MapGet("/evaluations/{id:int}/documents/{format}", DocumentAsync).ExcludeFromDescription();
        app.MapGet("/evidence/{id:int}", EvidenceAsync).RequireAuthorization().ExcludeFromDescription();
    }

    /// <summary>Scores the posted (unsaved) form: what the score panel shows while the preparer types.</summary>
    private static async Task<IResult> PreviewAsync(int id, HttpContext http, EvaluationService evaluations, EvaluationAnalyzer analyzer, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var detail = await evaluations.GetAsync(actor, id, ct);
        if (!detail.IsOk)
        {
            return TypedResults.NotFound();
        }

        var framework = await analyzer.FrameworkAsync(detail.Value!.FrameworkId, ct);
        var form = await http.Request.ReadFormAsync(ct);
        var (evaluation, errors) = EvaluationForm.Apply(detail.Value.Evaluation, EvaluationForm.Posted(form), framework.IsSuccess ? framework.Value : null);
        var analysis = EvaluationAnalyzer.Analyse(evaluation, framework);
        return TypedResults.Ok(ScoreView.From(analysis, errors));
    }

    private static async Task<IResult> DocumentAsync(int id, string format, HttpContext http, EvaluationService evaluations, CancellationToken ct)
    {
        var doc = await evaluations.DocumentAsync(http.User.ToActor(), id, format.ToLowerInvariant(), ct);
        return doc.Status switch
        {
            OutcomeStatus.Ok => Send(http, doc.Value!),
            OutcomeStatus.NotFound or OutcomeStatus.Forbidden => Errors.ErrorPages.Result(http, StatusCodes.Status404NotFound),
            OutcomeStatus.Invalid or OutcomeStatus.Conflict => Errors.ErrorPages.Result(
                http, StatusCodes.Status422UnprocessableEntity, "无法生成文档", "该自评尚不完整，暂时不能生成文档。请先补全以下内容并保存：", doc.Errors.Select(e => e.ToString()).ToList()),
        };

        static IResult Send(HttpContext http, Jixiao.Data.Entities.PublishedDocument d)
        {
            http.Response.Headers["X-Content-SHA256"] = d.Sha256;
            var type = d.Format switch
            {
                "pdf" => "application/pdf",
                "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            };
            return TypedResults.File(d.Content, type, d.FileName);
        }
    }

    private static async Task<IResult> EvidenceAsync(int id, HttpContext http, EvaluationService evaluations, EvidenceStore store, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        if (actor is null)
        {
            return TypedResults.Unauthorized();
        }

        var opened = await evaluations.OpenEvidenceAsync(actor, id, store, ct);
        if (!opened.IsOk)
        {
            return TypedResults.NotFound();
        }

        var (file, stream) = opened.Value;
        // ?inline=1 shows PDFs, images and text in the browser (preview); everything else, and by default, is a download.
        if (http.Request.Query.ContainsKey("inline") && EvidenceStore.IsPreviewable(file.ContentType))
        {
            http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = "evidence" + Path.GetExtension(file.FileName) }.ToString()
                + "; filename*=UTF-8''" + Uri.EscapeDataString(file.FileName);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.Stream(stream, file.ContentType == "text/plain" ? "text/plain; charset=utf-8" : file.ContentType);
        }

        return TypedResults.Stream(stream, file.ContentType, file.FileName);
    }
}

/// <summary>The score panel's data (JSON for the live preview, and the first render).</summary>
public sealed record ScoreView(
    string Total, string Grade, string ReviewTotal, string ReviewGrade, string ExecutionRate,
    IReadOnlyList<ScoreView.Line> Indicators, IReadOnlyList<FindingView> Findings, IReadOnlyList<string> Errors)
{
    public sealed record Line(string Code, string Name, int Level, string Weight, string Score, string ReviewScore, string Deduction, string Explanation);

    public static ScoreView From(Analysis analysis, IReadOnlyList<Jixiao.Domain.DomainError> formErrors) => new(
        Shared.Format.Score(analysis.Total),
        analysis.Grade ?? "—",
        Shared.Format.Score(analysis.ReviewTotal),
        analysis.ReviewGrade ?? "—",
        Shared.Format.Percent(analysis.ExecutionRatePercent),
        analysis.Score?.Indicators.Select(i => new Line(i.Code, i.Name, i.Level, Shared.Format.Score(i.Weight), Shared.Format.Score(i.Score), Shared.Format.Score(i.ReviewScore), Shared.Format.Score(i.ReviewDeduction), i.Explanation.Text)).ToList() ?? [],
        analysis.Findings,
        formErrors.Concat(analysis.ScoreErrors).Select(e => e.ToString()).ToList());
}
