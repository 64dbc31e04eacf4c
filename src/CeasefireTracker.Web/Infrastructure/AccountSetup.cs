using System.Threading.RateLimiting;
using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Features.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CeasefireTracker.Web.Infrastructure;

/// <summary>
/// Editors' accounts: Identity on the tracker's database, the password rules, the sign-in cookie, roles, the sign-in
/// rate limit and throttle, and the gate of the admin pages' circuits.
/// </summary>
internal static class AccountSetup
{
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddTrackerAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        // Identity's stores want a scoped context; the app's services keep using the factory.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContext());

        services.AddIdentityCore<TrackerUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // NIST SP 800-63B (rev. 4) for passwords that are the only factor: at least 15 characters, no rules
                // about kinds of characters (ASVS 5.0 6.2.5), and no common, breached or expected password (CommonPasswords).
                options.Password.RequiredLength = CommonPasswords.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Failed sign-ins are held back per e-mail address and client address (SignInThrottle), never per account:
                // an account-wide lockout would let anyone lock the admin out at will.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddSignInManager<TrackerSignInManager>()
            .AddPasswordValidator<CommonPasswords>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "tracker.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // After Identity's security-stamp check: the principal learns when the cookie it came from expires, which
            // a circuit (holding the principal, never the cookie) needs to end with the session (SessionExpiry).
            var validateStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                await validateStamp(context);
                if (context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity && context.Properties.ExpiresUtc is { } expires)
                {
                    SessionExpiry.Set(identity, expires);
                }
            };
        });
        // Every request of a signed-in user re-reads the account: its roles, and its security stamp, which disabling
        // the account, a password change and signing out renew, so every copy of the old cookie stops working at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .AddPolicy(TrackerPolicies.Edit, policy => policy.RequireRole(TrackerRoles.Admin, TrackerRoles.Editor))
            .AddPolicy(TrackerPolicies.Administer, policy => policy.RequireRole(TrackerRoles.Admin));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, DenialLogging>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, CircuitAuthenticationStateProvider>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CircuitAccess>();
        services.AddScoped<EditorGuard>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<LocalSignInThrottle>();
        // Shared by the instances when they share Redis (CacheSetup registers the connection).
        services.AddSingleton<SignInThrottle>(provider => provider.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisSignInThrottle(redis, provider.GetRequiredService<IOptions<PublicPageCacheOptions>>().Value.RedisInstanceName,
                provider.GetRequiredService<LocalSignInThrottle>(), provider.GetRequiredService<ILogger<RedisSignInThrottle>>())
            : provider.GetRequiredService<LocalSignInThrottle>());
        services.AddScoped<AccountAdminService>();
        services.AddScoped<AccountSeeder>();

        // Keys that sign cookies and antiforgery tokens live in the database, so all instances share them.
        services.AddDataProtection()
            .SetApplicationName("CeasefireTracker")
            .PersistKeysToDbContext<TrackerDbContext>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context =>
                // Only attempts count: showing the form is free.
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("form"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Too many sign-in attempts from your address. Wait a minute, then try again.", cancellationToken);
            };
        });
        return services;
    }
}
