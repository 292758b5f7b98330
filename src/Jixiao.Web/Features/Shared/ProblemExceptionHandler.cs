using Microsoft.AspNetCore.Diagnostics;

namespace Jixiao.Web.Features.Shared;

/// <summary>Unexpected errors become a ProblemDetails 500 with a Chinese title and no stack trace.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Title = "服务器内部错误", Detail = "处理请求时发生错误，请稍后重试或联系管理员。", Status = 500 },
        });
    }
}
