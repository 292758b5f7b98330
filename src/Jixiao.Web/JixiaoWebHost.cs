using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Web.Features.Account;
using Jixiao.Web.Features.Api;
using Jixiao.Web.Features.Errors;
using Jixiao.Web.Features.Evaluations;
using Jixiao.Web.Features.Security;
using Jixiao.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace Jixiao.Web;

/// <summary>
/// The web host, reused by <c>jixiao serve</c> and the tests. Configuration keys: <c>Jixiao:Database</c>
/// (<c>sqlite:PATH</c> or <c>postgres:CONNECTION</c>), <c>Jixiao:DataDirectory</c> (SQLite file and evidence; default ./data),
/// <c>Jixiao:Seed</c> (demo district, default true), <c>Jixiao:LoginPermitsPerMinute</c> (default 20),
/// <c>Jixiao:ReverseProxy:KnownProxies</c> / <c>KnownNetworks</c> (trust X-Forwarded-For/-Proto from these; docs/reverse-proxy.md),
/// <c>Jixiao:SecureCookies</c> (<c>always</c>: cookies only over HTTPS; default: as the request, which behind a trusted
/// proxy is the client's scheme).
/// </summary>
public static class JixiaoWebHost
{
    public static async Task<int> RunAsync(string[] args, Action<string>? announce = null)
    {
        var app = Build(args);
        await PrepareAsync(app, announce ?? Console.WriteLine);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        Configure(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void Configure(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataDirectory = Path.GetFullPath(config["Jixiao:DataDirectory"] ?? "data");
        Directory.CreateDirectory(dataDirectory);
        var dbText = config["Jixiao:Database"];
        DatabaseSpec spec;
        if (string.IsNullOrWhiteSpace(dbText))
        {
            spec = DatabaseSpec.DefaultSqlite(dataDirectory);
        }
        else
        {
            spec = DatabaseSpec.TryParse(dbText, out var error) ?? throw new InvalidOperationException(error);
        }

        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        var services = builder.Services;
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(spec);
        services.AddSingleton(new EvidenceStore(Path.Combine(dataDirectory, "evidence")));
        services.AddSingleton<PdfRenderer>(); // one LibreOffice kept warm for every PDF request (started by the first)
        services.AddJixiaoDatabase(spec);
        KeyProtection.Configure(services, config, dataDirectory);
        services.AddScoped<FrameworkService>();
        services.AddScoped<EvaluationAnalyzer>();
        services.AddScoped<EvaluationService>();
        services.AddScoped<PublicReportService>();
        services.AddScoped<DashboardService>();
        Features.Loop.LoopRegistration.AddLoopServices(services);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<Jixiao.Data.Goals.LibraryService>();
        services.AddScoped<Jixiao.Data.Goals.GoalService>();
        services.AddScoped<Jixiao.Data.Goals.GoalDemoSeeder>();
        services.AddScoped<Jixiao.Data.Monitoring.MonitoringService>();
        services.AddScoped<Jixiao.Data.Monitoring.MonitoringDemoSeeder>();

        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<PasswordTiming>();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;

                // No lockout: five wrong passwords from anyone would lock the account for everyone. LoginThrottle slows
                // down the address that fails instead.
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddSignInManager()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<JixiaoClaimsFactory>()
            .AddEntityFrameworkStores<JixiaoDbContext>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        var secureCookies = string.Equals(config["Jixiao:SecureCookies"], "always", StringComparison.OrdinalIgnoreCase)
            ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "jixiao.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = secureCookies;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        });
        services.AddAuthorization(o =>
        {
            o.AddPolicy(Policies.Department, p => p.RequireRole("Preparer", "Approver", "Admin"));
            o.AddPolicy(Policies.Bureau, p => p.RequireRole("Reviewer", "Admin"));
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jixiao.csrf";
            o.Cookie.SecurePolicy = secureCookies;
        });
        services.AddSingleton(new ReverseProxySetting(ReverseProxy.Configure(services, config)));
        services.AddCascadingAuthenticationState();

        var permits = config.GetValue("Jixiao:LoginPermitsPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policies.Login, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync("登录尝试过于频繁，请一分钟后再试。", ct);
            };
        });

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddRazorComponents();
        services.AddHttpContextAccessor();
    }

    public static void Configure(WebApplication app)
    {
        if (app.Services.GetRequiredService<ReverseProxySetting>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler();
        app.UseChineseStatusCodePages();
        app.UseRequestSizeLimit(app.Configuration.GetValue("Jixiao:MaxRequestBytes", ErrorPages.DefaultMaxRequestBytes));
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseChineseAntiforgeryFailures();

        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapEvaluationEndpoints();
        app.MapJixiaoApi();
        Features.Loop.LoopRegistration.MapLoopEndpoints(app);
        Features.Goals.GoalApi.MapGoalApi(app);
        Features.Goals.GoalEndpoints.MapGoalEndpoints(app);
        Features.Monitoring.MonitoringApi.MapMonitoringApi(app);
        app.MapRazorComponents<App>();
    }

    /// <summary>Applies migrations and seeds the demo district when configured; prints the URL and accounts.</summary>
    public static async Task PrepareAsync(WebApplication app, Action<string> announce)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.Database.MigrateAsync();
        if (app.Configuration.GetValue("Jixiao:Seed", true))
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            if (seeded)
            {
                announce("已初始化示范数据（1 个财政局、7 个部门，覆盖全部流程状态）。");
            }
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var spec = app.Services.GetRequiredService<DatabaseSpec>();
            announce("Jixiao 绩效自评系统已启动：" + string.Join("、", app.Urls));
            announce("数据库：" + (spec.Provider == DatabaseProvider.Sqlite ? spec.ConnectionString.Replace("Data Source=", "SQLite ", StringComparison.Ordinal) : "PostgreSQL"));
            announce("示范账户（密码均为 " + DemoSeeder.Password + "）：");
            foreach (var (user, what) in DemoSeeder.Accounts)
            {
                announce($"  {user,-12} {what}");
            }
        });
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

public static class Policies
{
    public const string Department = "department";
    public const string Bureau = "bureau";
    public const string Login = "login";
}
