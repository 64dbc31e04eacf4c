using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A place named in a sentence; State is the stored or new state actor when the place is a country.</summary>
internal sealed record PlaceMention(int Start, int End, string Name, ReportActor? State);

/// <summary>
/// Places are read from where they stand rather than from a gazetteer (no maintained gazetteer package restores here,
/// and a report's towns and regions outnumber any list): a capitalised name after "in", "at" or "near", with an
/// optional "region", "oblast" or "province" ("in the Donetsk region"), that is not a date, a person or an
/// organisation. A country is a place too, and its state actor comes with it (a host of talks).
/// </summary>
internal sealed partial class PlaceReader(ReportLanguage language)
{
    public IReadOnlyList<PlaceMention> Find(ReportSentence sentence, IReadOnlyList<ActorMention> actors)
    {
        var found = new List<PlaceMention>();
        foreach (Match m in Located().Matches(sentence.Text))
        {
            var name = m.Groups["name"];
            // "in Washington’s approach" names an actor's approach, not a place.
            if (sentence.InQuote(name.Index) || Possessive().IsMatch(sentence.Text[(name.Index + name.Length)..])) continue;
            var words = name.Value.Split(' ');
            if (words.Any(w => language.Months.ContainsKey(w) || language.Weekdays.ContainsKey(w) || language.NeverNames.Contains(w))) continue;
            var start = name.Index;
            var end = m.Groups["kind"].Success ? m.Groups["kind"].Index + m.Groups["kind"].Length : name.Index + name.Length;
            var actor = actors.FirstOrDefault(a => a.Start < end && start < a.End);
            if (actor is not null && actor.Actor.Kind is not ActorKind.State) continue;
            var text = sentence.Text[start..end];
            found.Add(new PlaceMention(start, end, text, actor is not null && actor.End - actor.Start == name.Length ? actor.Actor : null));
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:[Ii]n|[Aa]t|[Nn]ear|outside)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)(?:\s+(?<kind>region|oblast|province|city|area|district))?\b")]
    private static partial Regex Located();

    [GeneratedRegex(@"^['’]s\b")]
    private static partial Regex Possessive();
}
