using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Infrastructure;

namespace CeasefireTracker.Web.Features.Admin;

/// <summary>Messages more than one admin page shows.</summary>
public static class AdminMessages
{
    public const string DatabaseUnavailable =
        "The database is temporarily unavailable, so nothing was saved. Everything you typed is still here: try again in a few seconds.";

    /// <summary>
    /// What to tell an editor about a failure they can act on (not allowed; the database briefly away), or null for a
    /// bug, which should surface as one. Admin pages catch with this filter so a save never kills the page's circuit
    /// and never throws away the form.
    /// </summary>
    public static string? ProblemFor(Exception exception) => exception switch
    {
        EditorAccessDeniedException denied => denied.Message,
        _ when DatabaseOutage.IsOutage(exception) => DatabaseUnavailable,
        _ => null,
    };
}
