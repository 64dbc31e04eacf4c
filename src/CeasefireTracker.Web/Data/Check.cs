using System.Globalization;

namespace CeasefireTracker.Web.Data;

/// <summary>SQL fragments for the database's own CHECK constraints, so bad rows are refused whoever writes them.</summary>
internal static class Check
{
    /// <summary>A column that may only hold one of an enum's names (enums are stored by name).</summary>
    public static string OneOf<TEnum>(string column) where TEnum : struct, Enum =>
        $"{column} IN ({string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"))})";

    public static string NotBlank(string column) => $"length(btrim({column})) > 0";

    /// <summary>Lower-case words joined by single hyphens, as used in URLs.</summary>
    public static string Slug(string column) => $"{column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'";

    public static string NotNegative(string column) => $"{column} >= 0";

    public static string Positive(string column) => $"{column} IS NULL OR {column} > 0";

    public static string HttpUrl(string column) => $"{column} ~* '^https?://[^[:space:]]+$'";

    public static string RequiredForKind(string kind, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"kind <> '{kind}' OR ({column} IS NOT NULL AND {NotBlank(column)})");
}
