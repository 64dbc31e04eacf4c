using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Logs every refused request with who asked and for what, then answers as usual (sign-in or access-denied
/// redirect). The framework's own log of this is below the level the app keeps and does not name the user.
/// </summary>
internal sealed class DenialLogging(ILogger<DenialLogging> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            logger.LogWarning("Authorisation denied: {User} may not open {Path}", context.User.Identity?.Name, context.Request.Path.Value);
        }
        else if (authorizeResult.Challenged)
        {
            logger.LogInformation("Sign-in required: an anonymous visitor asked for {Path}", context.Request.Path.Value);
        }

        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
