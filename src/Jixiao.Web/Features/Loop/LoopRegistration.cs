using Jixiao.Data.Services;
using Jixiao.Web.Features.Rectification;
using Jixiao.Web.Features.ResultUse;

namespace Jixiao.Web.Features.Loop;

/// <summary>
/// Services and endpoints of the cycle after the review (issue 14: rectification, re-check, use of results, open data,
/// publication), registered here so that <see cref="JixiaoWebHost"/> calls two methods.
/// </summary>
public static class LoopRegistration
{
    public static void AddLoopServices(IServiceCollection services)
    {
        services.AddScoped<RectificationService>();
        services.AddScoped<ResultsService>();
    }

    public static void MapLoopEndpoints(IEndpointRouteBuilder app)
    {
        app.MapRectificationEndpoints();
        app.MapResultsEndpoints();
    }
}
