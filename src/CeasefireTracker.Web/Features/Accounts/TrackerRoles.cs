namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>The two roles. Readers need no account, so there is no reader role.</summary>
public static class TrackerRoles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}

/// <summary>Authorisation policies, by what they allow rather than by role, so a page says what it needs.</summary>
public static class TrackerPolicies
{
    /// <summary>Log and edit events and actors: editors and admins.</summary>
    public const string Edit = "edit";

    /// <summary>Manage accounts: admins only.</summary>
    public const string Administer = "administer";
}
