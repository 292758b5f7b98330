using Jixiao.Web.Features.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Jixiao.Web.Features.Shared;

/// <summary>
/// Unexpected errors: a Chinese 500 with no stack trace, as ProblemDetails under /api and as the error page elsewhere.
/// A request the server could not read (too large, malformed) keeps its 4xx status.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        string? detail = null;
        if (BadQueryValue(exception) is { } query)
        {
            status = StatusCodes.Status400BadRequest;
            detail = query;
        }

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Bad request on {Path}: {Message}", httpContext.Request.Path, exception.Message);
        }

        httpContext.Response.StatusCode = status;
        if (!ErrorPages.IsApi(httpContext))
        {
            await ErrorPages.WriteAsync(httpContext, status, detail: detail);
            return true;
        }

        var (title, text) = ErrorPages.Default(status);
        detail ??= text;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Title = title, Detail = detail, Status = status },
        });
    }

    /// <summary>
    /// A page's typed query parameter (<c>?year=abc</c> for an <c>int?</c>) that Blazor could not convert: the visitor's
    /// mistake, answered with 400 naming the parameter and value, not a 500.
    /// </summary>
    private static string? BadQueryValue(Exception exception)
    {
        // The renderer may wrap the conversion error, and its stack trace is not always the supplier's: match the message
        // Blazor's QueryParameterValueSupplier gives ("Cannot parse the value 'abc' as type 'System.Nullable`1[…]' for 'Year'.").
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is not InvalidOperationException)
            {
                continue;
            }

            var match = System.Text.RegularExpressions.Regex.Match(e.Message, "^Cannot parse the value '(?<value>.*)' as type '.*' for '(?<name>.*)'");
            if (match.Success)
            {
                return $"地址中的参数“{match.Groups["name"].Value.ToLowerInvariant()}”的值“{match.Groups["value"].Value}”无效：应为数字（例如年度 2024、页码 1）。";
            }
        }

        return null;
    }
}
