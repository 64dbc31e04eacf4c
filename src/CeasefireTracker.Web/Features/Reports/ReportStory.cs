using System.Globalization;
using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// What the sentence-by-sentence reading becomes a story: the same event told twice (a lead sentence and its detail)
/// merged into one, the earlier rounds a report only counts ("third meeting since February") added, events dated by
/// an earlier one ("after their previous meeting"), links between them, titles, and the final order.
/// </summary>
internal static partial class ReportStory
{
    public static IReadOnlyList<EventSuggestion> Tell(IReadOnlyList<Reading> readings)
    {
        var merged = Merge(readings);
        AddEarlierRounds(merged);
        DateByEarlierTalks(merged);
        LinkToTalks(merged);

        var ordered = merged.OrderBy(r => r.Event.Sentences.Min).ThenBy(r => r.Event.Inferred ? 1 : 0).ThenBy(r => r.Triggers.Min()).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Event.Index = i;
        foreach (var reading in ordered)
        {
            foreach (var (to, relation) in reading.Links.Where(l => ordered.Contains(l.To)))
            {
                reading.Event.Links.Add(new SuggestionLink(to.Event.Index, relation));
            }

            reading.Event.Title = Title(reading.Event);
        }

        return [.. ordered.Select(r => r.Event)];
    }

    /// <summary>Two readings are one event when kind, principal actors and date agree (and for statements the quoted words overlap).</summary>
    private static List<Reading> Merge(IReadOnlyList<Reading> readings)
    {
        var result = new List<Reading>();
        foreach (var reading in readings)
        {
            var same = result.FirstOrDefault(r => SameEvent(r, reading));
            if (same is null)
            {
                result.Add(reading);
                continue;
            }

            Absorb(same, reading);
            foreach (var other in result.Concat(readings))
            {
                for (var i = 0; i < other.Links.Count; i++)
                {
                    if (other.Links[i].To == reading) other.Links[i] = (same, other.Links[i].Relation);
                }
            }
        }

        return result;
    }

    private static bool SameEvent(Reading a, Reading b)
    {
        var x = a.Event;
        var y = b.Event;
        if (x.Kind != y.Kind || x.Date is null || y.Date is null || !x.Date.Overlaps(y.Date)) return false;
        var ax = x.PrincipalActors.Where(p => x.Kind != EventKind.Talks || x.Participants.Any(q => q.Actor == p && q.Role == ParticipantRole.Party)).ToList();
        var ay = y.PrincipalActors.Where(p => y.Kind != EventKind.Talks || y.Participants.Any(q => q.Actor == p && q.Role == ParticipantRole.Party)).ToList();
        bool SameSet() => ax.Count > 0 && ax.Count == ay.Count && ax.All(p => ay.Any(q => EventSuggestion.SameActor(p, q)));
        bool Overlap() => ax.Any(p => ay.Any(q => EventSuggestion.SameActor(p, q)));
        return x.Kind switch
        {
            EventKind.Talks => SameSet() || ax.Count == 0 && ay.Count == 0 && x.Place is not null && x.Place == y.Place,
            EventKind.Statement => SameSet() && SharedWord(x.Quote, y.Quote),
            EventKind.Claim => SameSet() && SharedWords(x.ClaimText, y.ClaimText) >= 0.5,
            EventKind.PrisonerExchange => Overlap() || ax.Count == 0 || ay.Count == 0 || x.Detainees.Any(d => y.Detainees.Any(e => e.Name == d.Name)),
            EventKind.CeasefireProposal => x.Scope == y.Scope && (x.Scope != CeasefireScope.Other || Overlap()),
            _ => false,
        };
    }

    private static void Absorb(Reading into, Reading from)
    {
        var a = into.Event;
        var b = from.Event;
        foreach (var p in b.Participants) a.Add(p.Actor, p.Role);
        a.Sentences.UnionWith(b.Sentences);
        a.Highlights.AddRange(b.Highlights);
        a.Quantities.AddRange(b.Quantities.Where(q => !a.Quantities.Contains(q)));
        if (b.Date is not null && (a.Date is null || b.Date.Precision < a.Date.Precision)) a.Date = b.Date;
        a.Place ??= b.Place;
        a.DurationMinutes ??= b.DurationMinutes;
        a.Format ??= b.Format;
        a.Platform ??= b.Platform;
        a.ClaimText ??= b.ClaimText;
        a.Scope ??= b.Scope;
        if (b.Status is { } status && status != CeasefireStatus.Proposed) a.Status = status;
        a.DurationDays ??= b.DurationDays;
        if (b.Quote is not null)
        {
            var fragments = (a.Quote?.Split(" […] ") ?? []).Concat(b.Quote.Split(" […] ")).Distinct().ToList();
            a.Quote = string.Join(" […] ", fragments);
        }

        a.Positions.AddRange(b.Positions.Where(p => !a.Positions.Any(q => EventSuggestion.SameActor(q.Actor, p.Actor) && q.Stance == p.Stance)));
        a.Responses.AddRange(b.Responses.Where(r => !a.Responses.Any(q => EventSuggestion.SameActor(q.Actor, r.Actor))));
        a.Violations.AddRange(b.Violations);
        a.Detainees.AddRange(b.Detainees.Where(d => !a.Detainees.Any(e => e.Name == d.Name)));
        if (a.Lines.Count == 0) a.Lines.AddRange(b.Lines);
        into.Round ??= from.Round;
        into.Triggers.AddRange(from.Triggers);
        into.RefersToTalks |= from.RefersToTalks;
        into.DatedByText |= from.DatedByText;
        foreach (var (to, relation) in from.Links) into.Link(to, relation);
    }

    /// <summary>
    /// "Third meeting since February": the two before it, the first in February (to the month) and the second
    /// between (approximately); "second swap in under two months": one before it, about two months earlier.
    /// </summary>
    private static void AddEarlierRounds(List<Reading> readings)
    {
        foreach (var reading in readings.Where(r => r.Round is not null && r.Event.Date is not null).ToList())
        {
            var round = reading.Round!;
            var current = reading.Event;
            current.Round ??= round.Words;
            var end = current.Date!.Date;
            var start = round.Since?.Date ?? end.AddDays(-(round.WindowDays ?? 0));
            var previous = new List<Reading>();
            for (var n = 1; n < round.Ordinal; n++)
            {
                var date = n == 1 && round.Since is not null ? round.Since
                    : new SuggestedDate(start.AddDays((end.DayNumber - start.DayNumber) * (n - 1) / Math.Max(1, round.Ordinal - 1)), DatePrecision.Approximate);
                var earlier = new Reading(new EventSuggestion { Kind = current.Kind, Date = date, Inferred = true, Format = current.Format }, reading.Sentence);
                earlier.Event.Sentences.UnionWith(current.Sentences.Where(s => s == reading.Sentence));
                earlier.Event.Round = $"{Ordinal(n)} of {round.Words}";
                foreach (var p in current.Participants.Where(p => p.Role is ParticipantRole.Party)) earlier.Event.Add(p.Actor, p.Role);
                earlier.Triggers.Add(reading.Triggers.Min());
                previous.Add(earlier);
            }

            for (var i = 1; i < previous.Count; i++) previous[i].Link(previous[i - 1], "follows");
            foreach (var p in previous) reading.Link(p, "follows");
            readings.AddRange(previous);
        }
    }

    /// <summary>"After their previous meeting, Witkoff had described Putin …": dated by the meeting before the latest one of those people.</summary>
    private static void DateByEarlierTalks(List<Reading> readings)
    {
        foreach (var reading in readings.Where(r => r.AfterEarlierTalksOf is { Count: > 0 } && !r.DatedByText))
        {
            var people = reading.AfterEarlierTalksOf!;
            var talks = readings.Where(r => r.Event.Kind == EventKind.Talks && r.Event.Date is not null
                    && r.Event.Participants.Count(p => p.Role == ParticipantRole.Party && people.Any(a => EventSuggestion.SameActor(a, p.Actor))) >= 2)
                .OrderByDescending(r => r.Event.Date!.Date).ToList();
            var earlier = talks.Count >= 2 ? talks[1] : talks.FirstOrDefault();
            if (earlier is null) continue;
            reading.Event.Date = earlier.Event.Date! with { Words = "after the previous meeting" };
            reading.Link(earlier, "follows");
        }
    }

    /// <summary>A statement or claim about "the talks" links to the latest talks told before or on its date.</summary>
    private static void LinkToTalks(List<Reading> readings)
    {
        foreach (var reading in readings.Where(r => r.RefersToTalks && r.Event.Kind != EventKind.Talks))
        {
            var talks = readings.Where(r => r.Event.Kind == EventKind.Talks && !r.Event.Inferred && r.Event.Date is not null
                    && r.Event.Date.Range.From <= reading.Event.Date!.Range.To)
                .OrderByDescending(r => r.Event.Date!.Date).FirstOrDefault();
            if (talks is not null) reading.Link(talks, "about");
        }
    }

    private static bool SharedWord(string? a, string? b) => a is not null && b is not null && SharedWords(a, b) > 0;

    /// <summary>The share of the shorter text's longer words that the other text has too.</summary>
    private static double SharedWords(string? a, string? b)
    {
        if (a is null || b is null) return 0;
        var x = ContentWords(a);
        var y = ContentWords(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        return (double)x.Intersect(y).Count() / Math.Min(x.Count, y.Count);
    }

    private static HashSet<string> ContentWords(string text) =>
        [.. Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 5)];

    /// <summary>A working title for the editor to rewrite: who did what, and where.</summary>
    private static string Title(EventSuggestion e)
    {
        string Names(ParticipantRole role) => Join(e.Participants.Where(p => p.Role == role).Select(p => p.Actor.Name));
        var title = e.Kind switch
        {
            EventKind.Talks => (Names(ParticipantRole.Party) is { Length: > 0 } parties ? $"{parties} hold talks" : "Talks")
                + (e.Place is null ? "" : $" in {e.Place}") + (e.Inferred ? $" ({e.Round})" : ""),
            EventKind.Statement => $"{Names(ParticipantRole.Speaker)}: " + (e.Quote is { } q ? $"“{Shorten(q.Split(" […] ")[0], 80)}”" : "statement"),
            EventKind.Claim => (Names(ParticipantRole.Claimant) is { Length: > 0 } claimant ? claimant : "Reports") + " claims " + Shorten(e.ClaimText ?? "", 90),
            EventKind.PrisonerExchange => e.Detainees.Count > 0
                ? $"Prisoner exchange: {Join(e.Detainees.Select(d => d.Name))}"
                : (Names(ParticipantRole.Party) is { Length: > 0 } sides ? $"{sides} exchange prisoners" : "Prisoner exchange") + (e.Inferred ? $" ({e.Round})" : ""),
            EventKind.CeasefireProposal => $"{ScopeWords(e.Scope)} ceasefire" + (Names(ParticipantRole.Proposer) is { Length: > 0 } proposer ? $" proposed by {proposer}" : ""),
            _ => e.Kind.ToString(),
        };
        return Shorten(title, 200);
    }

    private static string ScopeWords(CeasefireScope? scope) => scope switch
    {
        CeasefireScope.Full => "Full",
        CeasefireScope.EnergyInfrastructure => "Energy infrastructure",
        CeasefireScope.BlackSea => "Black Sea",
        CeasefireScope.AerialStrikes => "Aerial strikes",
        _ => "Partial",
    };

    private static string Join(IEnumerable<string> names)
    {
        var list = names.Distinct().ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..text.LastIndexOf(' ', max - 1)] + "…";

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => n.ToString(CultureInfo.InvariantCulture) + "th" };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
