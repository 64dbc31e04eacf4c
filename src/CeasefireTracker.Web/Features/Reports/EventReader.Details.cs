using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// The words for what the research datasets record beyond kind, date and actors (issue 10's model): hours with their
/// zone, how a duration is hedged, who led a delegation, how a ceasefire was declared, a counter-proposal, each side's
/// own figures for an exchange. One instance per language, like the rest of <see cref="ReportLanguage"/>.
/// </summary>
public sealed record DetailWords(
    IReadOnlyDictionary<string, string> TimeZones,
    Regex Hour,
    IReadOnlyDictionary<string, DurationQualifier> Qualifiers,
    Regex DelegationLedBy,
    Regex LedDelegation,
    Regex Unilateral,
    Regex Bilateral,
    Regex Declared,
    Regex Counter,
    Regex FigureVerb,
    Regex CameHome,
    Regex HandedOver)
{
    public static DetailWords English { get; } = new(
        // Zones by the words a report uses for them: "Moscow time", "Kyiv time", or the place of the event with "local time".
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Moscow"] = "Europe/Moscow", ["Saint Petersburg"] = "Europe/Moscow", ["St. Petersburg"] = "Europe/Moscow", ["Kremlin"] = "Europe/Moscow",
            ["Kyiv"] = "Europe/Kyiv", ["Kiev"] = "Europe/Kyiv", ["Ukrainian"] = "Europe/Kyiv",
            ["Istanbul"] = "Europe/Istanbul", ["Antalya"] = "Europe/Istanbul", ["Ankara"] = "Europe/Istanbul", ["Turkish"] = "Europe/Istanbul",
            ["Riyadh"] = "Asia/Riyadh", ["Jeddah"] = "Asia/Riyadh", ["Abu Dhabi"] = "Asia/Dubai", ["Dubai"] = "Asia/Dubai",
            ["Geneva"] = "Europe/Zurich", ["Minsk"] = "Europe/Minsk", ["Washington"] = "America/New_York", ["Anchorage"] = "America/Anchorage",
            ["Alaska"] = "America/Anchorage", ["GMT"] = "Etc/UTC", ["UTC"] = "Etc/UTC", ["Greenwich"] = "Etc/UTC",
        },
        new(@"\b(?:from|at|until|till|as of|starting at|beginning at)\s+(?<h>\d{1,2})[:.](?<m>\d{2})(?:\s*(?<pm>[ap])\.?m\.?)?(?:\s*(?:hours|hrs))?(?:\s+\(?(?<zone>[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?|local)\s+time\)?)?",
            RegexOptions.CultureInvariant),
        new Dictionary<string, DurationQualifier>(StringComparer.OrdinalIgnoreCase)
        {
            ["about"] = DurationQualifier.About, ["around"] = DurationQualifier.About, ["roughly"] = DurationQualifier.About,
            ["approximately"] = DurationQualifier.About, ["some"] = DurationQualifier.About, ["nearly"] = DurationQualifier.About,
            ["almost"] = DurationQualifier.About, ["under"] = DurationQualifier.Under, ["just under"] = DurationQualifier.Under,
            ["less than"] = DurationQualifier.Under, ["fewer than"] = DurationQualifier.Under, ["over"] = DurationQualifier.Over,
            ["just over"] = DurationQualifier.Over, ["more than"] = DurationQualifier.Over, ["at least"] = DurationQualifier.Over,
        },
        new(@"\bdelegations?,?\s+(?:which\s+)?(?:was\s+|were\s+|is\s+)?(?:led|headed)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\b(?:led|headed|leads|heads)\s+(?:the|a|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?delegation\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bunilateral(?:ly)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bbilateral\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\b(?:declared|ordered|announced)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\b(?:called for|asked for|demanded|proposed|offered|suggested|insisted on)\b[^.;]*?\binstead\b|\bcounter-?proposals?\b|\bcountered\s+with\b[^.;]*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"^\s*(?:said|says|reported|stated|announced|put the figure at)\b(?:\s+that)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\b(?:came home|come home|returned home|were returned|had been returned|have been returned|was returned|received|got back|brought back|were freed)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\b(?:handed over|released|freed|sent back|transferred)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}

internal sealed partial class EventReader
{
    /// <summary>
    /// Fills what issue 10's model adds where the sentence says so: the hour and zone of a start, a duration's hedge,
    /// heads of delegation and the side a person speaks for, a unilateral declaration, a counter-proposal, and each
    /// side's figures for an exchange. Runs after the kinds are read, on this sentence's readings and on the ones
    /// told before that this sentence describes.
    /// </summary>
    private void ReadDetails(SentenceView view, List<Reading> readings)
    {
        var words = language.Details;
        var described = readings.Concat(Readings.Where(r => r.Event.Sentences.Contains(view.Sentence.Index))).Distinct().ToList();
        ReadHour(view, words, described);
        ReadDurationQualifier(view, words, described);
        ReadDelegations(view, words, readings);
        ReadRepresents(view, described);
        ReadDeclaration(view, words, readings);
        ReadCounterProposal(view, words, readings);
        ReadFigures(view, words, readings);
    }

    private static void ReadHour(SentenceView view, DetailWords words, List<Reading> described)
    {
        var match = words.Hour.Match(view.Text);
        if (!match.Success || view.Sentence.InQuote(match.Index)) return;
        var hour = int.Parse(match.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (match.Groups["pm"].Value is "p" or "P" && hour < 12) hour += 12;
        if (hour > 23 || minute > 59) return;

        foreach (var reading in described.Where(r => r.Event.Kind is EventKind.CeasefireProposal or EventKind.Talks or EventKind.PrisonerExchange))
        {
            var zoneWords = match.Groups["zone"].Value;
            var zone = zoneWords is "" or "local"
                ? ZoneOf(words, reading.Event.Place) ?? view.Places.Select(p => ZoneOf(words, p.Name)).FirstOrDefault(z => z is not null)
                : ZoneOf(words, zoneWords);
            if (zone is null || reading.Event.StartTime is not null) continue;
            (reading.Event.StartTime, reading.Event.TimeZone) = (new TimeOnly(hour, minute), zone);
            reading.Event.Highlights.Add(view.Span(match.Index, match.Index + match.Length));
            break;
        }
    }

    private static string? ZoneOf(DetailWords words, string? place) =>
        place is null ? null : words.TimeZones.TryGetValue(place.Trim(), out var zone) ? zone : null;

    private static void ReadDurationQualifier(SentenceView view, DetailWords words, List<Reading> described)
    {
        foreach (var q in view.Quantities.Where(q => q.Quantity is { Kind: QuantityKind.Duration, Unit: "minutes" }))
        {
            var talks = described.FirstOrDefault(r => r.Event.Kind == EventKind.Talks && r.Event.DurationMinutes == decimal.ToInt32(q.Quantity.Value));
            if (talks is null) continue;
            var before = (view.Masked[Math.Max(0, q.Start - 16)..q.Start] + " " + q.Quantity.Words).ToLowerInvariant();
            var hedge = words.Qualifiers.Keys.OrderByDescending(k => k.Length)
                .Where(k => Regex.IsMatch(before, $@"\b{Regex.Escape(k)}\b"))
                .Select(k => (DurationQualifier?)words.Qualifiers[k]).FirstOrDefault();
            if (hedge is { } qualifier) talks.Event.DurationQualifier = qualifier;
            else if (q.Quantity.Approximate) talks.Event.DurationQualifier = DurationQualifier.About;
        }
    }

    /// <summary>"The Russian delegation was led by Medinsky", "Umerov headed the Ukrainian delegation": the talks told here or last.</summary>
    private void ReadDelegations(SentenceView view, DetailWords words, List<Reading> readings)
    {
        var found = new List<(ReportActor Head, ReportActor? Side, int Start, int End)>();
        foreach (Match m in words.DelegationLedBy.Matches(view.Masked))
        {
            var head = view.Mentions.FirstOrDefault(x => x.Start >= m.Index + m.Length && x.Actor.Kind == ActorKind.Person && view.Between(m.Index + m.Length, x.Start).Length <= 30);
            var clause = view.Clause(m.Index);
            var side = view.Mentions.LastOrDefault(x => x.End <= m.Index && x.Start >= clause.Start && x.Actor.Kind == ActorKind.State);
            if (head is not null) found.Add((head.Actor, side?.Actor, m.Index, head.End));
        }

        foreach (Match m in words.LedDelegation.Matches(view.Masked))
        {
            var head = view.Mentions.LastOrDefault(x => x.End <= m.Index && x.Actor.Kind == ActorKind.Person && view.Between(x.End, m.Index).Length <= 40);
            var side = view.Mentions.FirstOrDefault(x => x.Start >= m.Index && x.End <= m.Index + m.Length && x.Actor.Kind == ActorKind.State);
            if (head is not null) found.Add((head.Actor, side?.Actor, head.Start, m.Index + m.Length));
        }

        if (found.Count == 0) return;
        var talks = readings.FirstOrDefault(r => r.Event.Kind == EventKind.Talks) ?? Readings.LastOrDefault(r => r.Event.Kind == EventKind.Talks);
        if (talks is null) return;
        foreach (var (head, side, start, end) in found)
        {
            talks.Event.SetRole(head, ParticipantRole.HeadOfDelegation, side);
            if (side is not null) talks.Event.Add(side, ParticipantRole.Party);
            talks.Event.Highlights.Add(view.Span(start, end));
        }

        talks.Event.Sentences.Add(view.Sentence.Index);
    }

    /// <summary>"Ukrainian Defence Minister Rustem Umerov said": a person named right after a country speaks for it.</summary>
    private static void ReadRepresents(SentenceView view, List<Reading> described)
    {
        foreach (var person in view.Mentions.Where(m => m.Actor.Kind == ActorKind.Person))
        {
            var side = view.AllMentions.LastOrDefault(m => m.End <= person.Start && m.Actor.Kind == ActorKind.State);
            if (side is null || person.Start - side.End > 40) continue;
            var between = view.Masked[side.End..person.Start];
            if (between.IndexOfAny([',', ';', '“', '"', '(']) >= 0 || Regex.IsMatch(between, @"\b(?:and|or|with|to|of|from|by|in)\b", RegexOptions.IgnoreCase)) continue;
            foreach (var reading in described)
            {
                var participant = reading.Event.Participants.FirstOrDefault(p => EventSuggestion.SameActor(p.Actor, person.Actor));
                if (participant is null || participant.Represents is not null || participant.Role is ParticipantRole.Mentioned or ParticipantRole.Subject) continue;
                reading.Event.SetRole(person.Actor, participant.Role, side.Actor);
            }
        }
    }

    private static void ReadDeclaration(SentenceView view, DetailWords words, List<Reading> readings)
    {
        foreach (var reading in readings.Where(r => r.Event.Kind == EventKind.CeasefireProposal))
        {
            if (words.Unilateral.IsMatch(view.Masked)) reading.Event.Declaration = CeasefireDeclaration.Unilateral;
            else if (words.Bilateral.IsMatch(view.Masked)) reading.Event.Declaration = CeasefireDeclaration.Bilateral;
            // One side that declares or orders a halt on its own, with no other side answering in the same breath.
            else if (words.Declared.IsMatch(view.Masked) && reading.Event.Responses.Count == 0
                && reading.Event.Participants.Count(p => p.Role == ParticipantRole.Proposer) == 1) reading.Event.Declaration = CeasefireDeclaration.Unilateral;
        }
    }

    /// <summary>"Ukraine rejected the truce and called for 30 days instead": that side's response is a counter-proposal.</summary>
    private void ReadCounterProposal(SentenceView view, DetailWords words, List<Reading> readings)
    {
        var match = words.Counter.Match(view.Masked);
        if (!match.Success || view.Sentence.InQuote(match.Index)) return;
        var proposal = readings.FirstOrDefault(r => r.Event.Kind == EventKind.CeasefireProposal && r.Event.Responses.Count > 0)
            ?? (lastProposal is { } last && last.Event.Sentences.Contains(view.Sentence.Index) ? last : null)
            ?? readings.FirstOrDefault(r => r.Event.Kind == EventKind.CeasefireProposal) ?? lastProposal;
        if (proposal is null) return;
        var actor = view.SubjectOf(match.Index, lastPerson, lastThing).Single
            ?? proposal.Event.Responses.LastOrDefault(r => r.Sentence == view.Sentence.Index)?.Actor;
        if (actor is null) return;

        var counterWords = view.Text.Substring(match.Index, match.Length).Trim().TrimEnd('.');
        var index = proposal.Event.Responses.FindIndex(r => EventSuggestion.SameActor(r.Actor, actor));
        var on = view.Dates.FirstOrDefault(d => d.Use == DateUse.Event)?.Date;
        var counter = new SuggestedResponse(actor, ProposalResponse.CounterProposal, counterWords, index >= 0 ? proposal.Event.Responses[index].RespondedOn ?? on : on, view.Sentence.Index);
        if (index >= 0) proposal.Event.Responses[index] = counter;
        else proposal.Event.Responses.Add(counter);
        proposal.Event.Add(actor, ParticipantRole.Party);
        proposal.Event.Sentences.Add(view.Sentence.Index);
        proposal.Event.Highlights.Add(view.Span(match.Index, match.Index + match.Length));
        // Read as a proposal of its own before this rule knew better: the counter lives in the response.
        readings.RemoveAll(r => r != proposal && r.Event.Kind == EventKind.CeasefireProposal && r.Event.Responses.All(x => EventSuggestion.SameActor(x.Actor, actor))
            && !r.Event.Participants.Any(p => p.Role == ParticipantRole.Proposer));
    }

    /// <summary>
    /// "Ukraine said 390 of its soldiers came home, while Russia said 380 had been returned": each side's own figure for
    /// the exchange told here or last. Such a sentence is the figures, not a statement of each side.
    /// </summary>
    private void ReadFigures(SentenceView view, DetailWords words, List<Reading> readings)
    {
        var exchange = readings.FirstOrDefault(r => r.Event.Kind == EventKind.PrisonerExchange) ?? Readings.LastOrDefault(r => r.Event.Kind == EventKind.PrisonerExchange);
        if (exchange is null) return;
        var figures = new List<SuggestedFigure>();
        foreach (var side in view.Unquoted.Where(m => m.Actor.Kind is ActorKind.State or ActorKind.GovernmentBody))
        {
            var verb = words.FigureVerb.Match(view.Masked[side.End..]);
            if (!verb.Success) continue;
            var from = side.End + verb.Length;
            var clause = view.Clause(from);
            var count = view.Quantities.FirstOrDefault(q => q.Start >= from && q.Start <= clause.End && q.Quantity.Kind == QuantityKind.Count);
            if (count is null) continue;
            var rest = view.Masked[count.End..Math.Max(count.End, clause.End)];
            var other = exchange.Event.Participants.Select(p => p.Actor)
                .FirstOrDefault(a => a.Kind is ActorKind.State or ActorKind.GovernmentBody && !EventSuggestion.SameActor(a, side.Actor));
            var (giver, taker) = words.CameHome.IsMatch(rest) ? (other, side.Actor) : words.HandedOver.IsMatch(rest) ? (side.Actor, other) : (null, null);
            figures.Add(new SuggestedFigure(side.Actor, giver, taker, decimal.ToInt32(count.Quantity.Value), CategoryOf(view.Masked[count.Start..Math.Max(count.End, clause.End)]), view.Sentence.Index));
            exchange.Event.Highlights.Add(view.Span(side.Start, count.End));
        }

        if (figures.Count == 0) return;
        exchange.Event.Figures.AddRange(figures.Where(f => !exchange.Event.Figures.Any(h => EventSuggestion.SameActor(h.ReportedBy, f.ReportedBy) && h.Count == f.Count)));
        exchange.Event.Sentences.Add(view.Sentence.Index);
        readings.RemoveAll(r => r.Event.Kind == EventKind.Statement && r.Event.Quote is null
            && r.Event.Participants.Any(p => p.Role == ParticipantRole.Speaker && figures.Any(f => EventSuggestion.SameActor(f.ReportedBy, p.Actor))));
    }
}
