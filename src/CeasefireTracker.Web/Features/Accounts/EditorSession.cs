namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>
/// Proof that the current user was checked against the database just now (account exists, is not disabled, holds
/// the role, session current). Admin services take one for every write and for every read of what readers do not see
/// (drafts, histories, accounts, the admin lists and pickers), and only <see cref="EditorGuard"/> makes them, so
/// neither can be reached without the check however the page that calls it was rendered.
/// </summary>
public sealed record EditorSession
{
    internal EditorSession(string userId, string displayName, bool isAdmin)
    {
        UserId = userId;
        DisplayName = displayName;
        IsAdmin = isAdmin;
    }

    public string UserId { get; }
    public string DisplayName { get; }
    public bool IsAdmin { get; }
}

/// <summary>The user may not do this (not signed in, disabled, or without the role). The message is for the user.</summary>
public sealed class EditorAccessDeniedException(string message) : Exception(message);
