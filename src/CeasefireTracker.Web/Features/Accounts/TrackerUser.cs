using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>An editor's or admin's account. Readers have none.</summary>
public class TrackerUser : IdentityUser
{
    /// <summary>The name revisions and the admin show ("Olena K."), so an e-mail address is not spread around.</summary>
    public required string DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set when an admin disables the account. Kept apart from Identity's lockout, which counts failed sign-ins and
    /// ends by itself; a disabled account stays disabled until an admin enables it again.
    /// </summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
