using System.Globalization;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>
/// How names are put in order wherever a page sorts them in memory: by the invariant culture's rules (accents after
/// their letter, case ignored before it decides), never by the server's own culture, so two machines draw the same
/// page in the same order, and the output cache and ETags agree between instances.
/// </summary>
public static class NameOrder
{
    public static readonly StringComparer Comparer = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: false);
}
