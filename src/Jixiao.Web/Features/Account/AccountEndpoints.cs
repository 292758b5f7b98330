using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.Account;

/// <summary>Login and logout: form posts with antiforgery, throttled per client address, with Identity's lockout per account.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", LoginAsync).RequireRateLimiting(Policies.Login).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/");
        }).DisableAntiforgery().AddEndpointFilter(AntiforgeryFilter.Validate);
    }

    private static async Task<IResult> LoginAsync(
        [FromForm(Name = "username")] string? userName,
        [FromForm(Name = "password")] string? password,
        [FromForm(Name = "returnUrl")] string? returnUrl,
        SignInManager<AppUser> signIn,
        JixiaoDbContext db,
        TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return Results.Redirect("/account/login?error=empty");
        }

        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = userName.Trim(),
            Action = result.Succeeded ? "account.login" : result.IsLockedOut ? "account.locked" : "account.login-failed",
            EntityType = "account",
            EntityId = userName.Trim(),
        });
        await db.SaveChangesAsync();
        if (result.IsLockedOut)
        {
            return Results.Redirect("/account/login?error=locked");
        }

        if (!result.Succeeded)
        {
            return Results.Redirect("/account/login?error=invalid");
        }

        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
        return Results.Redirect(target);
    }
}

/// <summary>Validates the antiforgery token of a form post or of an API call (header RequestVerificationToken).</summary>
public static class AntiforgeryFilter
{
    public static async ValueTask<object?> Validate(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        var antiforgery = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(ctx.HttpContext))
        {
            return TypedResults.Problem(title: "请求验证失败", detail: "缺少或无效的防伪令牌（CSRF），请刷新页面后重试。", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(ctx);
    }
}
