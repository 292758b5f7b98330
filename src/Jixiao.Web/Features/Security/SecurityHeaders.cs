using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jixiao.Web.Features.Security;

/// <summary>
/// Response headers every page, download and API answer carries: a Content-Security-Policy without inline script or
/// style (scripts and styles come only from this origin's static files), no framing by any origin, no MIME sniffing,
/// and no full URL in the Referer sent to other sites.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The policy. <c>style-src 'self'</c> still lets scripts set styles through the CSSOM (ECharts does); what it refuses
    /// is <c>style="…"</c> attributes in markup and inline <c>&lt;style&gt;</c>. The dashboard's data sits in a
    /// <c>&lt;script type="application/json"&gt;</c> block, which is data, not script, and is not blocked.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}

/// <summary>
/// Running behind a reverse proxy that terminates HTTPS (nginx, see docs/reverse-proxy.md): the proxy's addresses are
/// configured under <c>Jixiao:ReverseProxy:KnownProxies</c> (comma-separated addresses) or <c>…:KnownNetworks</c>
/// (CIDR), and only then are <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> believed, so that the client's address
/// (for login throttling) and the scheme (for <c>Secure</c> cookies) are the real ones. Without that setting the headers are
/// ignored: a client talking to the application directly cannot pretend to come from elsewhere.
/// </summary>
public static class ReverseProxy
{
    public static bool Configure(IServiceCollection services, IConfiguration config)
    {
        var proxies = Split(config["Jixiao:ReverseProxy:KnownProxies"]);
        var networks = Split(config["Jixiao:ReverseProxy:KnownNetworks"]);
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return false;
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(p, out var address) ? address : throw new InvalidOperationException($"Jixiao:ReverseProxy:KnownProxies 中的“{p}”不是 IP 地址。"));
            }

            foreach (var n in networks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(n, out var network) ? network : throw new InvalidOperationException($"Jixiao:ReverseProxy:KnownNetworks 中的“{n}”不是 CIDR 网段（例如 10.0.0.0/8）。"));
            }
        });
        return true;
    }

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Where a login may send the browser afterwards: only a path of this site.</summary>
public static class LocalUrl
{
    /// <summary>
    /// A path on this host: starts with one <c>/</c>, and holds no backslash or control character (browsers read
    /// <c>/\evil.example</c> and <c>/&#9;/evil.example</c> as <c>//evil.example</c>, another host).
    /// </summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Length > 2048)
        {
            return false;
        }

        if (url.Length > 1 && url[1] is '/' or '\\')
        {
            return false;
        }

        foreach (var c in url)
        {
            if (c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}

/// <summary>Whether forwarded headers from a configured reverse proxy are believed.</summary>
public sealed record ReverseProxySetting(bool Enabled);
