using System.Globalization;
using System.Security.Claims;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// When the sign-in cookie a principal came from expires, as a claim on the principal. A Blazor circuit keeps the
/// principal of the request that opened it, never the cookie, so without this an open admin page would outlive its
/// session by hours; <see cref="EditorGuard"/> refuses a principal whose session has ended. Set on every request
/// (AccountSetup), from the cookie presented.
/// </summary>
public static class SessionExpiry
{
    public const string ClaimType = "tracker:session-expires";

    public static void Set(ClaimsIdentity identity, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(identity);
        foreach (var old in identity.FindAll(ClaimType).ToList()) identity.RemoveClaim(old);
        identity.AddClaim(new Claim(ClaimType, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64));
    }

    /// <summary>The expiry, or null when the principal carries none (it did not come from a sign-in cookie).</summary>
    public static DateTimeOffset? Of(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
