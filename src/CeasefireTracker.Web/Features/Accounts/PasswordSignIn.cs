using System.Net;
using Microsoft.AspNetCore.Identity;

namespace CeasefireTracker.Web.Features.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong e-mail address or wrong password: the two are never told apart.</summary>
    Failed,

    /// <summary>Too many failures for this e-mail address from this client address (<see cref="SignInThrottle"/>).</summary>
    HeldBack,

    /// <summary>The right password for an account an admin has disabled.</summary>
    Disabled,
}

/// <summary>
/// Signing in with an e-mail address and a password so that a failure says nothing about the account: an unknown
/// address costs the same password hash as a wrong password and gets the same answer, and whether an account is
/// disabled is told only to someone who gave its right password. Identity's SignInManager.PasswordSignInAsync answers an
/// unknown address at once and tells a locked or disabled account before it checks the password.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<TrackerUser> users, SignInManager<TrackerUser> signIn, IPasswordHasher<TrackerUser> hasher, SignInThrottle throttle,
    ILogger<PasswordSignIn> logger)
{
    // A hash of a random password, made with the same hasher and settings as real ones, for unknown addresses to check
    // against. Made once: only its cost matters.
    private static string? dummyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, IPAddress? client)
    {
        if (await throttle.IsHeldBackAsync(email, client))
        {
            logger.LogWarning("Sign-in held back for an e-mail address from {Address} after {Failures} failures", client, SignInThrottle.MaxFailures);
            return SignInOutcome.HeldBack;
        }

        var user = await users.FindByEmailAsync(email);
        var correct = user is null ? CheckAgainstNobody(password) : await users.CheckPasswordAsync(user, password);
        if (!correct)
        {
            await throttle.FailedAsync(email, client);
            // The account's id, never the text typed as an e-mail: people type their password into the wrong box.
            logger.LogWarning("Failed sign-in for {UserId} from {Address}", user?.Id ?? "(no such account)", client);
            return SignInOutcome.Failed;
        }

        await throttle.SucceededAsync(email, client);
        if (!await signIn.CanSignInAsync(user!))
        {
            logger.LogWarning("Sign-in of disabled account {UserId} from {Address} refused", user!.Id, client);
            return SignInOutcome.Disabled;
        }

        await signIn.SignInAsync(user!, isPersistent: false);
        logger.LogInformation("Sign-in of {Email} from {Address}", user!.Email, client);
        return SignInOutcome.SignedIn;
    }

    private bool CheckAgainstNobody(string password)
    {
        var nobody = new TrackerUser { DisplayName = "" };
        dummyHash ??= hasher.HashPassword(nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(nobody, dummyHash, password);
        return false;
    }
}
