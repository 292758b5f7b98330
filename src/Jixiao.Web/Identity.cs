using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Entities;
using Jixiao.Data.Services;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web;

/// <summary>Claims names for the actor's role and scope.</summary>
public static class JixiaoClaims
{
    public const string Unit = "jixiao:unit";
    public const string Bureau = "jixiao:bureau";
    public const string DisplayName = "jixiao:name";

    /// <summary>The acting user from the cookie's claims; null for anonymous visitors.</summary>
    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var roleText = user.FindFirstValue(ClaimTypes.Role);
        if (!Enum.TryParse<ActorRole>(roleText, out var role))
        {
            return null;
        }

        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            user.Identity.Name ?? string.Empty,
            role,
            Int(user.FindFirstValue(Unit)),
            Int(user.FindFirstValue(Bureau)));

        static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}

/// <summary>Puts the role, unit and bureau into the cookie so every request knows the actor's scope.</summary>
internal sealed class JixiaoClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(JixiaoClaims.DisplayName, user.DisplayName));
        if (user.UnitId is int unit)
        {
            identity.AddClaim(new Claim(JixiaoClaims.Unit, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.BureauId is int bureau)
        {
            identity.AddClaim(new Claim(JixiaoClaims.Bureau, bureau.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
