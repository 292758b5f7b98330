using System.Globalization;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Features.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Account;

/// <summary>
/// Login, logout and password change: form posts with antiforgery. Logins are throttled per client address (rate limiter)
/// and slowed per account and address after failures (<see cref="LoginThrottle"/>); no account is ever locked by others'
/// failures. Unknown and known names get the same answers after the same work (a password hash is checked either way).
/// Logout and a password change renew the security stamp, which ends every other session of the user.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", LoginAsync).RequireRateLimiting(Policies.Login).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);
        app.MapPost("/account/logout", LogoutAsync).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);
        app.MapPost("/account/password", ChangePasswordAsync).RequireAuthorization().RequireRateLimiting(Policies.Login).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);
    }

    private static async Task<IResult> LoginAsync(
        [FromForm(Name = "username")] string? userName,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        HttpContext http,
        SignInManager<AppUser> signIn,
        LoginThrottle throttle,
        PasswordTiming timing,
        JixiaoDbContext db,
        TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.Redirect("/account/login?error=empty");
        }

        var name = userName.Trim();
        var address = http.Connection.RemoteIpAddress;
        var wait = throttle.RetryAfter(name, address);
        if (wait > TimeSpan.Zero)
        {
            await AuditAsync(db, clock, name, "account.throttled");
            var seconds = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Redirect("/account/login?error=wait&retry=" + seconds);
        }

        var user = await signIn.UserManager.FindByNameAsync(name);
        bool valid;
        if (user is null)
        {
            timing.VerifyAgainstDummy(password);
            valid = false;
        }
        else
        {
            valid = await signIn.UserManager.CheckPasswordAsync(user, password);
        }

        if (!valid)
        {
            throttle.Failed(name, address);
            await AuditAsync(db, clock, name, "account.login-failed");
            return Results.Redirect("/account/login?error=invalid");
        }

        throttle.Succeeded(name, address);
        await signIn.SignInAsync(user!, isPersistent: false);
        await AuditAsync(db, clock, name, "account.login");
        return Results.Redirect(LocalUrl.OrHome(returnUrl));
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SignInManager<AppUser> signIn, JixiaoDbContext db, TimeProvider clock)
    {
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (user is not null)
        {
            // A new stamp: this cookie, and any copy of it, is refused from now on.
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            await AuditAsync(db, clock, user.UserName ?? user.Id, "account.logout");
        }

        await signIn.SignOutAsync();
        return Results.Redirect("/");
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm(Name = "current")] string? current,
        [FromForm(Name = "next")] string? next,
        [FromForm(Name = "confirm")] string? confirm,
        HttpContext http,
        SignInManager<AppUser> signIn,
        JixiaoDbContext db,
        TimeProvider clock)
    {
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (user is null)
        {
            return Results.Redirect("/account/login");
        }

        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            return Results.Redirect("/account/password?error=empty");
        }

        if (!string.Equals(next, confirm, StringComparison.Ordinal))
        {
            return Results.Redirect("/account/password?error=confirm");
        }

        var changed = await signIn.UserManager.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            var code = changed.Errors.FirstOrDefault()?.Code ?? "failed";
            return Results.Redirect("/account/password?error=" + Uri.EscapeDataString(code));
        }

        // ChangePasswordAsync gave the user a new security stamp: every other session ends; this one gets a fresh cookie.
        await signIn.SignInAsync(user, isPersistent: false);
        await AuditAsync(db, clock, user.UserName ?? user.Id, "account.password-changed");
        return Results.Redirect("/account/password?done=1");
    }

    private static async Task AuditAsync(JixiaoDbContext db, TimeProvider clock, string name, string action)
    {
        db.AuditLog.Add(new AuditEntry { At = clock.GetUtcNow(), Actor = name.Length > 256 ? name[..256] : name, Action = action, EntityType = "account", EntityId = name.Length > 64 ? name[..64] : name });
        await db.SaveChangesAsync();
    }
}

/// <summary>
/// Checks a password against a fixed dummy hash when the name is unknown, so that an unknown name costs the same
/// PBKDF2 work as a known one and the response time does not reveal which names exist.
/// </summary>
public sealed class PasswordTiming
{
    private static readonly AppUser Dummy = new() { UserName = "-" };
    private readonly IPasswordHasher<AppUser> hasher;
    private readonly string dummyHash;

    public PasswordTiming(IPasswordHasher<AppUser> hasher)
    {
        this.hasher = hasher;
        dummyHash = hasher.HashPassword(Dummy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
    }

    public void VerifyAgainstDummy(string password) => hasher.VerifyHashedPassword(Dummy, dummyHash, password);
}

/// <summary>Validates the antiforgery token of a form post or of an API call (header RequestVerificationToken).</summary>
public static class AntiforgeryFilter
{
    public static async ValueTask<object?> Validate(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var antiforgery = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(ctx.HttpContext))
        {
            return Errors.ErrorPages.Result(ctx.HttpContext, StatusCodes.Status400BadRequest, "请求验证失败", "缺少或无效的防伪令牌（CSRF），请刷新页面后重试。");
        }

        return await next(ctx);
    }
}
