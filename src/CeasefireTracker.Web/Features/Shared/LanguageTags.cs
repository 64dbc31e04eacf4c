using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>The one rule for language tags (a statement's language, an alias's), checked by every form that takes one.</summary>
public static partial class LanguageTags
{
    /// <summary>
    /// A well-formed BCP 47 tag as RFC 5646 writes it: a primary language subtag of 2 to 8 letters ("en", "yue"), then
    /// subtags of 1 to 8 letters or digits ("pt-BR", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "en-a-bbb", "de-x-a"),
    /// at most <see cref="FieldLengths.LanguageTag"/> characters, the column's size. Whether a subtag is registered
    /// is not checked: the registry changes, and an editor copies the tag from the report.
    /// </summary>
    public static bool IsWellFormed(string tag) => tag.Length <= FieldLengths.LanguageTag && Shape().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex Shape();
}
