using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>Identity's sign-in manager, except that a disabled account cannot sign in, even with the right password.</summary>
public sealed class TrackerSignInManager(
    UserManager<TrackerUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<TrackerUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<TrackerUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TrackerUser> confirmation)
    : SignInManager<TrackerUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(TrackerUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);
}
