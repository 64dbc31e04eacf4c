using System.Globalization;

namespace CeasefireTracker.Web.Features.Actors;

/// <summary>Names a BCP 47 language tag in English for readers ("uk" → "Ukrainian").</summary>
public static class LanguageNames
{
    public static string? English(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
            return culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            // A tag this machine does not know still says something to a reader.
            return tag;
        }
    }
}
