using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CeasefireTracker.Web.Features.Accounts;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        // A form post with an antiforgery token ([FromForm] turns the check on), so no other site can sign an editor out.
        app.MapPost("/account/sign-out", async (
            ClaimsPrincipal principal, [FromForm] string? returnUrl, SignInManager<TrackerUser> signIn,
            UserManager<TrackerUser> users, ILogger<TrackerSignInManager> logger) =>
        {
            if (await users.GetUserAsync(principal) is { } user)
            {
                // A new stamp ends this session everywhere, also in a copy of the cookie that outlived the browser's.
                await users.UpdateSecurityStampAsync(user);
                logger.LogInformation("Sign-out of {Email}", user.Email);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalUrls.OrDefault(returnUrl, "/"));
        });
}
