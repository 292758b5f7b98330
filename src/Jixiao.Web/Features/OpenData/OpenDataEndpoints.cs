using Jixiao.Data.Services;

namespace Jixiao.Web.Features.OpenData;

/// <summary>
/// 公开数据 downloads for everyone: the Fiscal Data Package (datapackage.json and its CSV files side by side, so the
/// descriptor's relative paths resolve, or all in fdp.zip). Only published evaluations are in it.
/// </summary>
public static class OpenDataEndpoints
{
    public static void MapOpenDataEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/open-data").WithTags("OpenData").AllowAnonymous();
        group.MapGet("/fdp.zip", async Task<IResult> (OpenDataService s, int? bureauId, CancellationToken ct) =>
            TypedResults.File(OpenDataService.Zip(await s.FiscalDataPackageAsync(bureauId, ct)), "application/zip", "jixiao-fiscal-data-package.zip"));
        group.MapGet("/{name}", async Task<IResult> (string name, OpenDataService s, int? bureauId, CancellationToken ct) =>
        {
            var file = (await s.FiscalDataPackageAsync(bureauId, ct)).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
            return file is null
                ? TypedResults.NotFound()
                : TypedResults.File(file.Content, file.MediaType + "; charset=utf-8", file.Name);
        });
    }
}
