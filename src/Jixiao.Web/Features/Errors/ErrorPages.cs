using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Features.Errors;

/// <summary>
/// Errors in Chinese wherever people meet them: pages and downloads get an HTML page in the site's look (400, 403, 404,
/// 413, 422, 429, 500), the API keeps ProblemDetails (JSON). The page is plain server-rendered HTML with the site's
/// stylesheet, no script: it must work when the rest of the application does not.
/// </summary>
public static class ErrorPages
{
    /// <summary>Requests larger than this are refused with 413 before any form or antiforgery check reads them (<c>Jixiao:MaxRequestBytes</c>).</summary>
    public const long DefaultMaxRequestBytes = 16 * 1024 * 1024;

    /// <summary>An oversized body up to this size is read and discarded before answering, so that the browser, still sending, shows the page.</summary>
    private const long DrainLimit = 256L * 1024 * 1024;

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi");

    public static (string Title, string Detail) Default(int status) => status switch
    {
        400 => ("请求有误", "请求的地址或提交的内容无法识别。请检查后重试。"),
        401 => ("请先登录", "该页面需要登录后访问。"),
        403 => ("无权访问", "您的账户没有执行该操作的权限。"),
        404 => ("没有找到该页面或记录", "该地址不存在，或该记录不属于您的单位、尚未公开。"),
        405 => ("不支持该操作", "该地址不接受这种请求方式。"),
        413 => ("上传的内容过大", "单次提交不能超过 16 MB（佐证材料每个文件不超过 10 MB，导入文件不超过 5 MB）。请压缩或拆分后重新上传。"),
        415 => ("不支持的内容类型", "提交的内容格式无法识别。"),
        422 => ("无法处理该请求", "提交的内容有误，请按提示修改后重试。"),
        429 => ("操作过于频繁", "请稍后再试。"),
        >= 500 => ("服务器内部错误", "处理请求时发生错误，请稍后重试或联系管理员。您已保存的内容不受影响。"),
        _ => ("请求未能完成", "请返回上一页后重试。"),
    };

    /// <summary>The whole HTML document of an error page.</summary>
    public static string Html(int status, string title, string detail, IReadOnlyList<string>? items = null)
    {
        static string e(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
        var list = items is { Count: > 0 } ? "<ul class=\"error-list\">" + string.Concat(items.Select(i => "<li>" + e(i) + "</li>")) + "</ul>" : string.Empty;
        return $"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{e(title)} - 预算绩效自评管理系统</title>
            <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <header class="topbar"><div class="brand"><a href="/">预算绩效自评管理系统</a></div><nav><a href="/public">公开报告</a><a href="/">首页</a></nav></header>
            <main class="page error-page">
            <h1>{e(title)}</h1>
            <p class="alert alert-error" role="alert" id="error-detail">{e(detail)}</p>
            {list}
            <p class="hint">错误代码 {status.ToString(System.Globalization.CultureInfo.InvariantCulture)}。请使用浏览器的“后退”返回上一页（已填写但未保存的内容通常仍在表单中），或返回 <a href="/">首页</a>。</p>
            </main>
            <footer class="footer">Jixiao 预算绩效自评 · 开源软件</footer>
            </body>
            </html>
            """;
    }

    /// <summary>An error answer: ProblemDetails under /api, otherwise the Chinese HTML page.</summary>
    public static IResult Result(HttpContext http, int status, string? title = null, string? detail = null, IReadOnlyList<string>? items = null)
    {
        var (t, d) = Default(status);
        if (IsApi(http))
        {
            return TypedResults.Problem(title: title ?? t, detail: detail ?? (items is { Count: > 0 } ? string.Join("；", items) : d), statusCode: status);
        }

        return Results.Content(Html(status, title ?? t, detail ?? d, items), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    public static Task WriteAsync(HttpContext http, int status, string? title = null, string? detail = null, IReadOnlyList<string>? items = null) =>
        Result(http, status, title, detail, items).ExecuteAsync(http);

    /// <summary>Status codes without a body (404 of a missing route, 401/403 of the API, 405…) get their page or ProblemDetails.</summary>
    public static IApplicationBuilder UseChineseStatusCodePages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));

    /// <summary>
    /// Refuses bodies over <c>Jixiao:MaxRequestBytes</c> with 413 before anything reads the form: otherwise the failed
    /// form read surfaces as an antiforgery failure (a bare 400 in the browser).
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app, long maxBytes) => app.Use(async (http, next) =>
    {
        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var length = http.Request.ContentLength;
        if (length > maxBytes)
        {
            if (length <= DrainLimit && sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = DrainLimit;
                try
                {
                    await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
                }
                catch (IOException)
                {
                    // the client gave up; answer anyway
                }
            }

            var mb = (maxBytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var got = (length.Value / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(http, StatusCodes.Status413PayloadTooLarge, detail: $"提交的内容为 {got} MB，超过了单次提交 {mb} MB 的上限；佐证材料每个文件不超过 10 MB，导入文件不超过 5 MB。请压缩或拆分后重新上传，其余已填写的内容请先保存。");
            return;
        }

        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        await next(http);
    });

    /// <summary>
    /// A page form whose antiforgery token failed (expired page, another tab logged out, unreadable form) gets a Chinese
    /// 400 page instead of the framework's English text.
    /// </summary>
    public static IApplicationBuilder UseChineseAntiforgeryFailures(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } && !IsApi(http)
            && http.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true })
        {
            await WriteAsync(http, StatusCodes.Status400BadRequest, "页面已过期，请刷新后重试", "提交的表单缺少有效的防伪令牌（页面打开太久、已在其他窗口退出或重新登录）。本次提交未保存任何内容：请按“后退”复制您填写的内容，刷新页面后重新提交。");
            return;
        }

        await next(http);
    });
}
