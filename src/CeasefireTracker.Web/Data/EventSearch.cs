using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Data;

/// <summary>
/// The database side of full-text and name search. The SQL objects named here (the immutable unaccent wrapper, the
/// headline configuration, the trigram indexes) are created by the AddSearch migration, not by the model.
/// </summary>
public static class EventSearch
{
    /// <summary>The stored generated tsvector on events (a shadow property: the domain model knows nothing of it).</summary>
    public const string VectorProperty = "SearchVector";

    /// <summary>Stems English words; quotes in other languages still match word for word.</summary>
    public const string Configuration = "english";

    /// <summary>
    /// <see cref="Configuration"/> with unaccent in front of the stemmer, for ts_headline only: it must find
    /// "Kyïv" in the original text when the query was unaccented to "kyiv", as the stored vector was.
    /// </summary>
    public const string HeadlineConfiguration = "english_unaccent";

    public const string UnaccentFunction = "immutable_unaccent";

    /// <summary>
    /// Title A, summary and claim B, quote C: ts_rank then weighs a word in the title above the same word in a quote.
    /// Each part is its own tsvector so a phrase query never spans two fields.
    /// </summary>
    internal const string VectorSql =
        $"setweight(to_tsvector('{Configuration}'::regconfig, {UnaccentFunction}(coalesce(title, ''))), 'A') || " +
        $"setweight(to_tsvector('{Configuration}'::regconfig, {UnaccentFunction}(coalesce(summary, ''))), 'B') || " +
        $"setweight(to_tsvector('{Configuration}'::regconfig, {UnaccentFunction}(coalesce(claim_text, ''))), 'B') || " +
        $"setweight(to_tsvector('{Configuration}'::regconfig, {UnaccentFunction}(coalesce(quote, ''))), 'C')";

    /// <summary>unaccent() through its IMMUTABLE wrapper, the one the generated column and the trigram indexes use.</summary>
    [DbFunction(UnaccentFunction, IsBuiltIn = false)]
    public static string Unaccent(string text) =>
        throw new InvalidOperationException($"{nameof(Unaccent)} runs only inside database queries.");

    /// <summary>
    /// PostgreSQL's lower(), spelled out because the trigram indexes are on immutable_unaccent(lower(name)) and a
    /// query matches them only with that exact expression (string.ToLower would trip the culture analyzers).
    /// </summary>
    [DbFunction("lower", IsBuiltIn = true)]
    public static string Lower(string text) =>
        throw new InvalidOperationException($"{nameof(Lower)} runs only inside database queries.");
}
