using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Ceasefires;

public static class CeasefireLabels
{
    /// <summary>The scope in words; "Black Sea" is a proper name, which the generic enum wording would lower-case.</summary>
    public static string Scope(CeasefireScope scope) => scope switch
    {
        CeasefireScope.BlackSea => "Black Sea",
        _ => Labels.Words(scope),
    };
}
