using Jixiao.Data.Goals;
using Jixiao.Data.Services;
using Jixiao.Documents.Goals;
using Jixiao.Web.Features.Account;

namespace Jixiao.Web.Features.Goals;

/// <summary>Downloads of the goal pages: the goal table (XLSX, DOCX, PDF) and the review opinions (XLSX).</summary>
public static class GoalEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapGoalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/goals/{id:int}/documents/{format}", DocumentAsync).RequireAuthorization().WithTags("Goals");
        app.MapGet("/goal-review/{id:int}/opinions.xlsx", OpinionsAsync).RequireAuthorization(Policies.Bureau).WithTags("Goals");
    }

    private static async Task<IResult> DocumentAsync(int id, string format, HttpContext http, GoalService goals, CancellationToken ct)
    {
        var detail = await goals.GetAsync(http.User.ToActor()!, id, ct);
        if (!detail.IsOk)
        {
            return TypedResults.NotFound();
        }

        var d = detail.Value!.Declaration;
        switch (format.ToLowerInvariant())
        {
            case "xlsx":
                return TypedResults.File(GoalTableXlsx.ToBytes(d), Xlsx, GoalTableXlsx.FileName(d, "xlsx"));
            case "docx":
                return TypedResults.File(GoalTableDocx.ToBytes(d), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", GoalTableXlsx.FileName(d, "docx"));
            case "pdf":
                var pdf = await Task.Run(() => DocumentRendering.PdfFromDocx(GoalTableDocx.ToBytes(d)), ct);
                return pdf.IsSuccess
                    ? TypedResults.File(pdf.Value, "application/pdf", GoalTableXlsx.FileName(d, "pdf"))
                    : TypedResults.Problem(title: "PDF 生成失败", detail: string.Join("；", pdf.Errors.Select(e => e.Message)), statusCode: 422);
            default:
                return TypedResults.Problem(title: "无效的格式", detail: "绩效目标表的格式只能是 xlsx、docx 或 pdf。", statusCode: 400);
        }
    }

    private static async Task<IResult> OpinionsAsync(int id, HttpContext http, GoalService goals, CancellationToken ct)
    {
        var detail = await goals.GetAsync(http.User.ToActor()!, id, ct);
        if (!detail.IsOk)
        {
            return TypedResults.NotFound();
        }

        var d = detail.Value!;
        var cycle = d.Opinions.Select(o => o.Cycle).DefaultIfEmpty(0).Max();
        var rows = d.Checklist.Items.Select(item =>
        {
            var current = d.Opinions.LastOrDefault(o => o.ItemCode == item.Code && o.Round == d.Summary.Round && (o.Prefilled || o.Cycle == cycle));
            var findings = string.Join("\n", d.Findings.Where(f => d.Checklist.ItemFor(f.Code).Code == item.Code).Select(f => $"【{f.SeverityName}】{f.Message}"));
            return new OpinionRow(item.Code, item.Name, findings.Length == 0 ? null : findings, current is { Prefilled: false } ? current.Rating : null, current is { Prefilled: false } ? current.Opinion : null);
        }).ToList();
        var subject = $"goals/{id} {d.Summary.UnitName} {d.Summary.Title} {d.Summary.Year} 年度（第 {d.Summary.Revision} 版）";
        var bytes = OpinionSheet.ToBytes(subject, d.Summary.StateName, d.Checklist, rows);
        return TypedResults.File(bytes, Xlsx, $"绩效目标审核意见-{d.Summary.Title}-{d.Summary.Year}.xlsx");
    }
}
