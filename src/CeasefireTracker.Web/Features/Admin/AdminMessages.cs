namespace CeasefireTracker.Web.Features.Admin;

/// <summary>Messages more than one admin page shows.</summary>
public static class AdminMessages
{
    public const string NotSaved = "Nothing was saved. Fix the fields marked below; everything you typed is still in the form.";
}
