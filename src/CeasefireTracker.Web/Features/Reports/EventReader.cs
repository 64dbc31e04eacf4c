using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// Reads a report sentence by sentence and proposes the events each one tells, by kind:
/// <list type="bullet">
/// <item>talks: "met", "held talks", a meeting, a call, a summit, with the parties (subject, possessor, "with …",
/// "between … and …"), host, mediator, place, format and duration;</item>
/// <item>statements: a verb of speech with its speaker, the quoted words and the platform;</item>
/// <item>claims: "claimed", "accused … of", "suspect that", unnamed "reports suggesting"; a later "denied the
/// accusation", "confirmed" or "urged" becomes a position on the last claim; a sentence or a charge is the state's
/// claim;</item>
/// <item>prisoner exchanges: "released … in exchange for …", a swap, with the people named and the counts;</item>
/// <item>ceasefire proposals: a ceasefire, truce or halt to strikes that is proposed, agreed, accepted, refused or
/// tied to conditions, with each party's response.</item>
/// </list>
/// A noun that is hypothetical ("a potential meeting"), points back ("the talks", "these exchanges") or sits inside
/// reported speech ("suspect that Russia is stalling negotiations") proposes nothing. Undated events take the date
/// the story last named, as approximate.
/// </summary>
internal sealed partial class EventReader
{
    private readonly ReportLanguage language;
    private readonly ActorRecognizer recognizer;
    private readonly DateReader dates;
    private readonly QuantityReader quantities;
    private readonly PlaceReader places;
    private readonly Regex ordinalPattern;
    private ReportActor? lastPerson;
    private ReportActor? lastThing;
    private Reading? lastClaim;
    private Reading? lastProposal;

    public EventReader(ReportLanguage language, ActorLexicon lexicon, DateOnly published)
    {
        this.language = language;
        recognizer = new ActorRecognizer(lexicon, language);
        dates = new DateReader(language, published);
        quantities = new QuantityReader(language);
        places = new PlaceReader(language);
        Anchor = published;
        var ordinals = string.Join('|', language.Ordinals.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        ordinalPattern = new Regex($@"\b(?<ord>{ordinals})\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?<noun>meeting|talks|round|call|summit|exchange|swap|prisoner swap|prisoner exchange)\b", RegexOptions.IgnoreCase);
    }

    /// <summary>The date the story last named to the day; undated events are placed near it.</summary>
    public DateOnly Anchor { get; private set; }

    public List<Reading> Readings { get; } = [];

    public List<ReportActor> NewActors => recognizer.NewActors;

    public void Read(ReportSentence sentence)
    {
        var mentions = recognizer.Find(sentence);
        var found = dates.Find(sentence, Anchor);
        var view = new SentenceView(sentence, language, mentions, found, quantities.Find(sentence, found), places.Find(sentence, mentions));
        var content = ContentRegions(view);
        var readings = new List<Reading>();

        ReadStatementsAndClaims(view, content, readings);
        var repliedTo = ReadPositions(view);
        ReadTalks(view, content, readings);
        ReadExchange(view, content, readings);
        ReadProposal(view, readings);
        Date(view, readings);
        ReadDetails(view, readings);

        foreach (var reading in readings)
        {
            if (repliedTo is not null && reading.Event.Kind == EventKind.Statement) reading.Link(repliedTo, "responds to");
            foreach (var other in readings.Where(o => o != reading && reading.Event.Kind is EventKind.Statement or EventKind.Claim
                && o.Event.Kind is EventKind.CeasefireProposal or EventKind.PrisonerExchange))
            {
                reading.Link(other, "about");
            }

            foreach (var actor in reading.Event.PrincipalActors)
            {
                if (actor.Kind == ActorKind.Person) lastPerson = actor;
                else lastThing = actor;
            }

            if (reading.Event.Kind == EventKind.Claim) lastClaim = reading;
            if (reading.Event.Kind == EventKind.CeasefireProposal) lastProposal = reading;
        }

        Readings.AddRange(readings);
    }

    /// <summary>Where a verb reports speech, what follows it is what was said: no event of its own.</summary>
    private List<(int Start, int End)> ContentRegions(SentenceView view) =>
        [.. view.Triggers
            .Where(t => t.Family == TriggerFamily.Claim || t.Family == TriggerFamily.Speech && language.SpeechVerbs.TryGetValue(t.Word, out var reports) && reports)
            .Select(t => (t.End, view.Masked.Length))];

    private static bool Inside(List<(int Start, int End)> regions, Trigger t) => regions.Any(r => t.Start >= r.Start && t.Start < r.End);

    /// <summary>", claiming …", ", adding that …": a participle after a comma tells more of what the subject before did.</summary>
    private static bool Participle(SentenceView view, Trigger t) =>
        t.Word.EndsWith("ing", StringComparison.Ordinal) && view.Text[..t.Start].TrimEnd().TrimEnd('”', '"', '’', '»').EndsWith(',');

    private Subject SubjectOf(SentenceView view, Trigger t, IReadOnlyList<Reading> readings)
    {
        if (Participle(view, t))
        {
            // The subject of the main clause: the verb before the comma, or failing that the first actor named.
            if (readings.LastOrDefault(r => r.Subject is { Actors.Count: > 0 }) is { } main) return main.Subject!;
            if (view.Unquoted.FirstOrDefault(m => m.Start < t.Start) is { } first) return new Subject([first.Actor], false, first.Start);
        }

        var subject = view.SubjectOf(t.Start, lastPerson, lastThing);
        if (subject.Actors.Count == 0 && !subject.Unnamed && t.Family == TriggerFamily.Speech)
        {
            // "…,” said Peskov: the speaker after the verb.
            var after = view.Mentions.FirstOrDefault(m => m.Start >= t.End && view.Between(t.End, m.Start).Length == 0 && m.Actor.Kind == ActorKind.Person);
            if (after is not null) return new Subject([after.Actor], false, after.Start);
        }

        return subject;
    }

    private void ReadStatementsAndClaims(SentenceView view, List<(int Start, int End)> content, List<Reading> readings)
    {
        foreach (var t in view.Triggers.Where(t => t.Family is TriggerFamily.Speech or TriggerFamily.Claim))
        {
            if (Inside(content, t) && !Participle(view, t)) continue;
            var following = view.Masked[t.End..];
            if (CeasefireSoon(following) && t.Word is "announced" or "declared" or "suggested" or "offered") continue;
            if (t.Word is "dismissed" && ClaimNounSoon(following)) continue;
            if (t.Family == TriggerFamily.Claim && EachOther().IsMatch(following)) continue;
            if (t.Family == TriggerFamily.Claim && t.Word.StartsWith("suggest", StringComparison.Ordinal) && !following.TrimStart().StartsWith("that", StringComparison.OrdinalIgnoreCase)) continue;

            if (t.Family == TriggerFamily.Speech && Attribution(view, t)) continue;
            // "denied the accusation and said …", "accepted the truce but said …": more of the position or response.
            if (t.Family == TriggerFamily.Speech && CoordinatedWith(view, t) is { Family: TriggerFamily.Position or TriggerFamily.Response }) continue;
            var subject = SubjectOf(view, t, readings);
            if (t.Family == TriggerFamily.Speech) AddStatement(view, t, subject, readings);
            else AddClaim(view, t, subject, readings);
        }

        if (readings.Any(r => r.Event.Kind == EventKind.Claim)) return;
        var judicial = view.Triggers.FirstOrDefault(t => t.Family == TriggerFamily.Judicial);
        var person = view.Mentions.FirstOrDefault(m => m.Actor.Kind == ActorKind.Person);
        if (judicial is null || person is null) return;
        // A court's sentence or charge is the state's claim against the person; the state is where it happened.
        var state = view.Places.FirstOrDefault(p => p.State is not null)?.State;
        var claim = NewReading(view, EventKind.Claim, judicial);
        claim.Event.ClaimText = view.Text.TrimEnd('.');
        if (state is not null) claim.Event.Add(state, ParticipantRole.Claimant);
        claim.Event.Add(person.Actor, ParticipantRole.Subject);
        claim.Event.Place = (view.Places.Count > 0 ? view.Places[0].Name : null);
        claim.Subject = state is null ? Subject.None : new Subject([state], false, -1);
        AddOthers(view, claim, 0, view.Text.Length);
        readings.Add(claim);
    }

    private void AddStatement(SentenceView view, Trigger t, Subject subject, List<Reading> readings)
    {
        var speaker = subject.Single;
        if (speaker is null) return;
        var same = readings.FirstOrDefault(r => r.Event.Kind is EventKind.Statement or EventKind.Claim && r.Subject?.Single is { } s && EventSuggestion.SameActor(s, speaker));
        if (same is not null)
        {
            same.Triggers.Add(t.Start);
            return;
        }

        var reading = NewReading(view, EventKind.Statement, t);
        reading.Subject = subject;
        reading.Event.Add(speaker, ParticipantRole.Speaker);
        var quotes = view.Sentence.Quotes.Select(q => view.Text.Substring(q.Start, q.Length).Trim().TrimEnd(',', '.', ' ')).Where(q => q.Length > 0).ToList();
        reading.Event.Quote = quotes.Count > 0 ? string.Join(" […] ", quotes) : null;
        reading.Event.Platform = Platform(view);
        reading.Event.Place = (view.Places.Count > 0 ? view.Places[0].Name : null);
        var target = view.Mentions.FirstOrDefault(m => m.Start >= t.End && m.Start - t.End <= 2);
        if (target is not null) reading.Event.Add(target.Actor, ParticipantRole.Subject);
        AddOthers(view, reading, 0, view.Text.Length);
        readings.Add(reading);
    }

    private static void AddClaim(SentenceView view, Trigger t, Subject subject, List<Reading> readings)
    {
        if (subject.Actors.Count == 0 && !subject.Unnamed) return;
        var text = ClaimContent(view, t);
        var same = readings.FirstOrDefault(r => r.Event.Kind == EventKind.Claim && SameSubject(r.Subject, subject));
        if (same is not null)
        {
            same.Triggers.Add(t.Start);
            if (text.Contains(' ', StringComparison.Ordinal) && t.Start > same.Triggers[0]) same.Event.ClaimText = text;
            return;
        }

        var reading = NewReading(view, EventKind.Claim, t);
        reading.Subject = subject;
        reading.Event.ClaimText = text;
        if (subject.Single is { } claimant) reading.Event.Add(claimant, ParticipantRole.Claimant);
        // "accused Moscow of …": whom the claim is about.
        var accused = view.Mentions.FirstOrDefault(m => m.Start >= t.End && m.Start - t.End <= 2);
        if (accused is not null && t.Word.StartsWith("accus", StringComparison.Ordinal)) reading.Event.Add(accused.Actor, ParticipantRole.Subject);
        reading.Event.Place = view.Places.FirstOrDefault(p => p.Start > t.Start)?.Name;
        AddOthers(view, reading, 0, view.Text.Length);
        readings.Add(reading);
    }

    /// <summary>
    /// "…, the ombudsman Dmytro Lubinets said." names the source of what the sentence tells, it is no statement of
    /// its own: a speech verb ending a clause that follows a comma, in a sentence without quoted words.
    /// </summary>
    private static bool Attribution(SentenceView view, Trigger t)
    {
        if (view.Sentence.Quotes.Count > 0) return false;
        var clause = view.Clause(t.Start);
        var rest = view.Masked[t.End..clause.End];
        return clause.Start > 0 && Regex.IsMatch(rest, @"^\s*(?:[\p{L}’'-]+\s*){0,3}[.!]?\s*$") && !rest.Contains("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The verb this one is joined to by "and" or "but" in the same clause, which then has the same subject.</summary>
    private static Trigger? CoordinatedWith(SentenceView view, Trigger t)
    {
        var before = view.Masked[..t.Start].TrimEnd();
        if (!Regex.IsMatch(before, @"\b(?:and|but)$", RegexOptions.IgnoreCase)) return null;
        var clause = view.Clause(t.Start);
        return view.Triggers.LastOrDefault(o => o.End <= before.Length && o.Start >= clause.Start && o.Family is not (TriggerFamily.TalksNoun or TriggerFamily.ExchangeNoun or TriggerFamily.CeasefireNoun));
    }

    private static bool SameSubject(Subject? a, Subject b) =>
        a is not null && (a.Single is { } x && b.Single is { } y ? EventSuggestion.SameActor(x, y) : a.Unnamed && b.Unnamed);

    /// <summary>What is claimed: after "that", else after "to have", "of" or the verb, to the end of the sentence.</summary>
    private static string ClaimContent(SentenceView view, Trigger t)
    {
        var rest = view.Text[t.End..];
        var accused = Regex.Match(rest, @"^\s*(?<who>[^,]{1,60}?)\s+of\s+(?<what>.+)$");
        if (t.Word.StartsWith("accus", StringComparison.Ordinal) && accused.Success && !ThatClause().IsMatch(rest))
        {
            return $"{accused.Groups["who"].Value.Trim()} {accused.Groups["what"].Value.Trim().TrimEnd('.')}";
        }

        var that = ThatClause().Match(rest);
        if (that.Success) rest = rest[(that.Index + that.Length)..];
        else if (ToHave().Match(rest) is { Success: true } toHave) rest = rest[(toHave.Index + toHave.Length)..];
        return rest.Trim().TrimEnd('.').Trim();
    }

    /// <summary>"Denied the accusation", "confirmed the reports", and in such a sentence "urged": positions on the last claim.</summary>
    private Reading? ReadPositions(SentenceView view)
    {
        if (lastClaim is null) return null;
        var positions = view.Triggers.Where(t => t.Family == TriggerFamily.Position).ToList();
        if (!positions.Any(t => ClaimNounSoon(view.Masked[t.End..]))) return null;
        foreach (var t in positions)
        {
            var subject = view.SubjectOf(t.Start, lastPerson, lastThing).Single;
            if (subject is null || lastClaim.Subject?.Single is { } claimant && EventSuggestion.SameActor(claimant, subject)) continue;
            var clause = view.Clause(t.Start);
            var dated = view.Dates.FirstOrDefault(d => d.Start >= clause.Start && d.End <= clause.End && d.Use == DateUse.Event)?.Date
                ?? new SuggestedDate(Anchor, DatePrecision.Approximate);
            lastClaim.Event.Positions.Add(new SuggestedPosition(subject, language.PositionVerbs[t.Word], dated, view.Sentence.Index));
            lastClaim.Event.Sentences.Add(view.Sentence.Index);
            lastClaim.Event.Highlights.Add(view.Span(t.Start, t.End));
        }

        return lastClaim;
    }

    private void ReadTalks(SentenceView view, List<(int Start, int End)> content, List<Reading> readings)
    {
        foreach (var t in view.Triggers.Where(t => t.Family is TriggerFamily.TalksVerb or TriggerFamily.TalksNoun))
        {
            if (Inside(content, t)) continue;
            var clause = view.Clause(t.Start);
            var before = view.WordsBeforeOffset(t.Start, 3);
            var rest = view.Masked[t.End..clause.End];
            var parties = new List<ReportActor>();
            if (t.Family == TriggerFamily.TalksNoun)
            {
                if (before.Any(language.Hypothetical.Contains)) continue;
                if (before.Any(language.Earlier.Contains) && !before.Any(language.Ordinals.ContainsKey))
                {
                    // "After their previous meeting": dates what else the sentence tells, proposes nothing new.
                    foreach (var r in readings) r.AfterEarlierTalksOf ??= [.. view.Mentions.Where(m => m.Actor.Kind == ActorKind.Person).Select(m => m.Actor)];
                    pendingEarlier = [.. view.Mentions.Where(m => m.Actor.Kind == ActorKind.Person).Select(m => m.Actor)];
                    continue;
                }

                var complement = ComplementStart().Match(rest);
                if (t.Word == "call" && !(complement.Success && complement.Index == 0 && complement.Value.TrimStart().StartsWith("with", StringComparison.OrdinalIgnoreCase))) continue;
                if (before.Count > 0 && language.BackReferences.Contains(before[^1]) && !(complement.Success && complement.Index <= 1))
                {
                    foreach (var r in readings) r.RefersToTalks = true;
                    pendingTalksReference = true;
                    DescribeLastTalks(view, t);
                    continue;
                }

                if (view.PossessorOf(t.Start, lastPerson) is { } owner) parties.Add(owner);
                // "Trump held a phone call with Putin": the subject of the verb that has the noun.
                var verb = HeldNoun().Match(view.Masked[..t.Start]);
                if (verb.Success) parties.AddRange(view.SubjectOf(verb.Index, lastPerson, lastThing).Actors);
            }
            else
            {
                parties.AddRange(SubjectOf(view, t, readings).Actors);
            }

            foreach (var m in view.MentionsIn(t.End, clause.End))
            {
                var lead = view.Between(t.End, m.Start);
                if (Regex.IsMatch(lead, @"\b(?:according to|in|by)\b")) continue;
                if (m.Actor.Kind is not ActorKind.Media) parties.Add(m.Actor);
            }

            var place = view.Places.FirstOrDefault(p => p.Start >= clause.Start && p.End <= clause.End) ?? (view.Places.Count > 0 ? view.Places[0] : null);
            var hosts = view.Mentions.Where(m => Hosts(view, m)).Select(m => m.Actor).ToList();
            parties = [.. parties.DistinctBy(Key).Where(p => (place?.State is null || !EventSuggestion.SameActor(p, place.State)) && !hosts.Any(h => EventSuggestion.SameActor(h, p)))];
            if (parties.Count == 0 && place is null) continue;

            var same = readings.FirstOrDefault(r => r.Event.Kind == EventKind.Talks && (parties.Count == 0 || r.Event.PrincipalActors.Any(a => parties.Any(p => EventSuggestion.SameActor(a, p)))));
            var reading = same ?? NewReading(view, EventKind.Talks, t);
            if (same is not null) same.Triggers.Add(t.Start);
            foreach (var p in parties) reading.Event.Add(p, ParticipantRole.Party);
            reading.Subject ??= new Subject(parties, false, t.Start);
            if (place is not null)
            {
                reading.Event.Place ??= place.Name;
                if (place.State is { } host) reading.Event.Add(host, ParticipantRole.Host);
            }

            foreach (var host in hosts) reading.Event.Add(host, ParticipantRole.Host);
            foreach (var m in view.Mentions.Where(m => MediatorBefore(view, m))) reading.Event.Add(m.Actor, ParticipantRole.Mediator);
            reading.Event.Format ??= FormatOf(view.Masked[clause.Start..clause.End]);
            reading.Event.DurationMinutes ??= view.Quantities.Where(q => q.Quantity is { Kind: QuantityKind.Duration, Unit: "minutes" })
                .Select(q => (int?)decimal.ToInt32(q.Quantity.Value)).FirstOrDefault();
            reading.Round ??= RoundOf(view, EventKind.Talks);
            AddOthers(view, reading, clause.Start, clause.End);
            if (same is null) readings.Add(reading);
        }
    }

    /// <summary>"Fidan opened the meeting, which lasted just under two hours": the talks told last get the duration and the people.</summary>
    private void DescribeLastTalks(SentenceView view, Trigger t)
    {
        var talks = Readings.LastOrDefault(r => r.Event.Kind == EventKind.Talks);
        if (talks is null || view.Triggers.Any(o => o.Family is TriggerFamily.TalksVerb || o.Family is TriggerFamily.Speech or TriggerFamily.Claim && o.End <= t.Start)) return;
        talks.Event.DurationMinutes ??= view.Quantities.Where(q => q.Quantity is { Kind: QuantityKind.Duration, Unit: "minutes" })
            .Select(q => (int?)decimal.ToInt32(q.Quantity.Value)).FirstOrDefault();
        foreach (var m in view.Mentions.Where(m => m.Actor.Kind == ActorKind.Person)) talks.Event.Add(m.Actor, ParticipantRole.Mentioned);
        talks.Event.Sentences.Add(view.Sentence.Index);
    }

    private IReadOnlyList<ReportActor>? pendingEarlier;
    private bool pendingTalksReference;

    private void ReadExchange(SentenceView view, List<(int Start, int End)> content, List<Reading> readings)
    {
        var triggers = view.Triggers.Where(t => t.Family is TriggerFamily.Release or TriggerFamily.ExchangeNoun && !Inside(content, t)).ToList();
        var release = triggers.FirstOrDefault(t => t.Family == TriggerFamily.Release && (t.Word == "in exchange for" || DetaineesFollow(view, t)));
        var noun = triggers.FirstOrDefault(t => t.Family == TriggerFamily.ExchangeNoun && ExchangeNounCounts(view, t));
        if (release is null && noun is null) return;
        var first = release ?? noun!;
        var reading = NewReading(view, EventKind.PrisonerExchange, first);
        if (release is not null && noun is not null) reading.Triggers.Add(noun.Start);

        var subject = release is null ? Subject.None : SubjectOf(view, release, readings);
        var releaser = subject.Single;
        var swapPoint = view.Triggers.FirstOrDefault(t => t.Word == "in exchange for")?.Start ?? view.Text.Length;
        var states = view.AllMentions.Where(m => m.Actor.Kind is ActorKind.State or ActorKind.GovernmentBody).Select(m => m.Actor).DistinctBy(Key).ToList();
        var counterpart = view.Mentions.FirstOrDefault(m => m.Start > first.End && Regex.IsMatch(view.Between(first.End, m.Start), @"(?:^|\s)(?:to|from|with|and)$")
            && m.Actor.Kind != ActorKind.Person)?.Actor
            ?? states.FirstOrDefault(s => releaser is null || !EventSuggestion.SameActor(s, releaser));
        if (releaser is null && states.Count >= 2)
        {
            releaser = states[0];
            counterpart = states[1];
        }

        if (releaser is not null) reading.Event.Add(releaser, ParticipantRole.Party);
        if (counterpart is not null) reading.Event.Add(counterpart, ParticipantRole.Party);
        reading.Subject = releaser is null ? Subject.None : new Subject([releaser], false, first.Start);

        var people = view.Mentions.Where(m => m.Actor.Kind == ActorKind.Person && m.Start > first.Start
            && (releaser is null || !EventSuggestion.SameActor(m.Actor, releaser)) && !Speaks(view, m)).ToList();
        var previousEnd = first.End;
        foreach (var person in people)
        {
            var released = person.Start < swapPoint;
            if (!released && previousEnd < swapPoint) previousEnd = swapPoint;
            var category = CategoryOf(view.Masked[previousEnd..person.Start]) ?? DetaineeCategory.Other;
            reading.Event.Detainees.Add(new SuggestedDetainee(person.Actor.Name, released ? releaser : counterpart, released ? counterpart : releaser, category, null));
            reading.Event.Add(person.Actor, ParticipantRole.Subject);
            previousEnd = person.End;
        }

        var each = Regex.IsMatch(view.Masked, @"\beach\b", RegexOptions.IgnoreCase);
        string Counted(QuantityMention q) => view.Masked[q.Start..Math.Min(view.Masked.Length, q.End + 12)];
        foreach (var q in view.Quantities.Where(q => q.Quantity.Kind == QuantityKind.Count && CategoryOf(Counted(q)) is not null))
        {
            var category = CategoryOf(Counted(q))!.Value;
            var count = decimal.ToInt32(q.Quantity.Value);
            var outgoing = q.Start < swapPoint;
            reading.Event.Lines.Add(new SuggestedExchangeLine(outgoing ? releaser : counterpart, outgoing ? counterpart : releaser, category, count));
            if (each) reading.Event.Lines.Add(new SuggestedExchangeLine(outgoing ? counterpart : releaser, outgoing ? releaser : counterpart, category, count));
        }

        if (reading.Event.Lines.Count == 0)
        {
            foreach (var group in reading.Event.Detainees.GroupBy(d => (d.ReleasedBy?.Name, d.ReleasedTo?.Name, d.Category)))
            {
                var d = group.First();
                reading.Event.Lines.Add(new SuggestedExchangeLine(d.ReleasedBy, d.ReleasedTo, d.Category, group.Count()));
            }
        }

        foreach (var m in view.Mentions.Where(m => MediatorBefore(view, m))) reading.Event.Add(m.Actor, ParticipantRole.Mediator);
        reading.Round = RoundOf(view, EventKind.PrisonerExchange);
        AddOthers(view, reading, 0, view.Text.Length);
        readings.Add(reading);
    }

    /// <summary>A person followed by a verb of speech is a source ("ombudsman Dmytro Lubinets said"), not someone released.</summary>
    private bool Speaks(SentenceView view, ActorMention person)
    {
        var next = Regex.Match(view.Masked[person.End..], @"^\s*([\p{L}’'-]+)");
        return next.Success && language.SpeechVerbs.ContainsKey(next.Groups[1].Value);
    }

    private bool DetaineesFollow(SentenceView view, Trigger t)
    {
        var window = view.Masked[t.End..Math.Min(view.Masked.Length, t.End + 90)];
        return view.Mentions.Any(m => m.Actor.Kind == ActorKind.Person && m.Start >= t.End && m.Start < t.End + 90)
            || CategoryOf(window) is not null || Regex.IsMatch(window, @"\b(?:prisoners?|detainees?|captives?|hostages?)\b", RegexOptions.IgnoreCase);
    }

    private bool ExchangeNounCounts(SentenceView view, Trigger t)
    {
        var before = view.WordsBeforeOffset(t.Start, 3);
        if (before.Any(language.Hypothetical.Contains)) return false;
        var counted = before.Any(language.Ordinals.ContainsKey);
        return counted || before.Count == 0 || !language.BackReferences.Contains(before[^1]) && !language.BackReferences.Contains(before[0]);
    }

    private DetaineeCategory? CategoryOf(string text)
    {
        foreach (var (word, category) in language.DetaineeWords.OrderByDescending(w => w.Key.Length))
        {
            if (Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase)) return category;
        }

        return null;
    }

    private void ReadProposal(SentenceView view, List<Reading> readings)
    {
        var nouns = view.Triggers.Where(t => t.Family == TriggerFamily.CeasefireNoun && IsCeasefire(view, t)).ToList();
        if (nouns.Count == 0) return;
        var moves = view.Triggers.Where(t => t.Family is TriggerFamily.ProposalVerb or TriggerFamily.Response
            && !(t.Family == TriggerFamily.Response && ClaimNounSoon(view.Masked[t.End..]))).ToList();
        if (moves.Count == 0) return;

        var noun = nouns[0];
        // "the truce", and "the three-day truce": a length between the article and the noun still points back.
        var pointsBack = (view.WordsBeforeOffset(noun.Start, 1) is [var determiner] && language.BackReferences.Contains(determiner)
                || view.WordsBeforeOffset(noun.Start, 2) is [var article, var length] && language.BackReferences.Contains(article) && LengthWord().IsMatch(length))
            && moves.All(m => m.Family == TriggerFamily.Response);
        if (pointsBack && lastProposal is not null)
        {
            // "Ukraine accepted the truce": a response to the proposal told before, not a proposal of its own.
            AddResponses(view, lastProposal, moves);
            lastProposal.Event.Sentences.Add(view.Sentence.Index);
            lastProposal.Event.Highlights.AddRange(moves.Select(m => view.Span(m.Start, m.End)));
            return;
        }

        var reading = NewReading(view, EventKind.CeasefireProposal, noun);
        reading.Triggers.AddRange(moves.Select(m => m.Start));
        var around = view.Masked[Math.Max(0, noun.Start - 40)..Math.Min(view.Masked.Length, noun.End + 60)];
        reading.Event.Scope = ScopeOf(around) ?? ScopeOf(view.Masked) ?? CeasefireScope.Other;
        reading.Event.Status = CeasefireStatus.Proposed;
        foreach (var (word, status) in language.ProposalStatuses)
        {
            if (Regex.IsMatch(view.Masked, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase) && !Regex.IsMatch(view.Masked, $@"\bno\s+(?:\w+\s+)?{Regex.Escape(word)}\b", RegexOptions.IgnoreCase))
            {
                reading.Event.Status = status;
                break;
            }
        }

        AddResponses(view, reading, moves);

        if (view.Triggers.Any(t => t.Family == TriggerFamily.Claim) && EachOther().IsMatch(view.Masked)
            || language.ViolationWords.Any(w => Regex.IsMatch(view.Masked, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase)) && EachOther().IsMatch(view.Masked))
        {
            reading.Event.Status = CeasefireStatus.Violated;
            var sides = reading.Event.Responses.Select(r => r.Actor).ToList();
            var description = view.Text[(EachOther().Match(view.Text) is { Success: true } e ? Math.Max(0, view.Text.LastIndexOf(',', e.Index) + 1) : 0)..].Trim().TrimEnd('.');
            if (sides.Count == 2)
            {
                reading.Event.Violations.Add(new SuggestedViolation(sides[0], sides[1], description, view.Sentence.Index));
                reading.Event.Violations.Add(new SuggestedViolation(sides[1], sides[0], description, view.Sentence.Index));
            }
            else
            {
                reading.Event.Violations.Add(new SuggestedViolation(null, null, description, view.Sentence.Index));
            }
        }

        foreach (var m in view.Mentions.Where(m => MediatorBefore(view, m))) reading.Event.Add(m.Actor, ParticipantRole.Mediator);
        reading.Event.DurationDays = view.Quantities.Where(q => q.Quantity is { Kind: QuantityKind.Duration, Unit: "days" })
            .Select(q => (int?)decimal.ToInt32(q.Quantity.Value)).FirstOrDefault();
        var place = view.Places.FirstOrDefault(p => !language.Scopes.Keys.Any(s => p.Name.Contains(s, StringComparison.OrdinalIgnoreCase)));
        reading.Event.Place = place?.Name;
        reading.Subject = new Subject([.. reading.Event.PrincipalActors], false, noun.Start);
        foreach (var talks in readings.Where(r => r.Event.Kind == EventKind.Talks)) reading.Link(talks, "agreed at");
        readings.Add(reading);
    }

    /// <summary>The proposer ("proposed by the US") and each party's response ("approved by Ukraine", "Russia’s refusal", "it has set conditions").</summary>
    private void AddResponses(SentenceView view, Reading reading, IReadOnlyList<Trigger> moves)
    {
        foreach (var move in moves)
        {
            var by = view.Mentions.FirstOrDefault(m => m.Start > move.End && view.Between(move.End, m.Start) is "by" or "by the")?.Actor;
            if (move.Family == TriggerFamily.ProposalVerb)
            {
                if (move.Word is not ("proposed" or "proposes" or "proposal" or "offered" or "offers" or "put forward" or "suggested" or "announced" or "declared")) continue;
                var proposer = by ?? view.PossessorOf(move.Start, lastPerson) ?? (by is null && move.Word != "proposal" ? view.SubjectOf(move.Start, lastPerson, lastThing).Single : null);
                if (proposer is not null) reading.Event.Add(proposer, ParticipantRole.Proposer);
                continue;
            }

            var response = language.ResponseWords[move.Word];
            var actor = by ?? (move.Word is "refusal" or "rejection" ? view.PossessorOf(move.Start, lastPerson) : null)
                ?? view.SubjectOf(move.Start, lastPerson, lastThing).Single;
            if (actor is null) continue;
            var clause = view.Clause(move.Start);
            var on = view.Dates.FirstOrDefault(d => d.Start >= move.End && d.End <= clause.End && d.Use == DateUse.Event)?.Date;
            var conditional = OnlyIf().Match(view.Masked[move.End..]);
            if (response == ProposalResponse.Accepted && conditional.Success)
            {
                response = ProposalResponse.AcceptedWithConditions;
            }

            var conditions = response != ProposalResponse.AcceptedWithConditions ? null
                : conditional.Success ? view.Text[(move.End + conditional.Index)..].Split([',', ';'])[0].Trim().TrimEnd('.')
                : ConditionsAfter(view.Text[move.End..]);
            if (reading.Event.Responses.Any(r => EventSuggestion.SameActor(r.Actor, actor))) continue;
            reading.Event.Responses.Add(new SuggestedResponse(actor, response, conditions, on, view.Sentence.Index));
            reading.Event.Add(actor, ParticipantRole.Party);
        }
    }

    /// <summary>"Halt", "pause" and "stop" are a ceasefire only when what they stop is fighting ("halt aerial strikes").</summary>
    private static bool IsCeasefire(SentenceView view, Trigger t) =>
        t.Word is not ("halt" or "pause" or "stop")
        || Regex.IsMatch(view.Masked[t.End..Math.Min(view.Masked.Length, t.End + 60)], @"\b(?:strikes|attacks|fire|fighting|hostilities|shelling|bombing)\b", RegexOptions.IgnoreCase);

    private CeasefireScope? ScopeOf(string text)
    {
        foreach (var scope in new[] { CeasefireScope.EnergyInfrastructure, CeasefireScope.BlackSea, CeasefireScope.AerialStrikes, CeasefireScope.Full })
        {
            if (language.Scopes.Where(s => s.Value == scope).Any(s => Regex.IsMatch(text, $@"\b{Regex.Escape(s.Key)}\b", RegexOptions.IgnoreCase))) return scope;
        }

        return null;
    }

    private string? ConditionsAfter(string text)
    {
        foreach (var word in language.ConditionWords.OrderByDescending(w => w.Length))
        {
            var m = Regex.Match(text, $@"\b{Regex.Escape(word)}\b\s*", RegexOptions.IgnoreCase);
            if (m.Success && m.Index < 40) return text[(m.Index + m.Length)..].Trim().TrimEnd('.').Trim();
        }

        return null;
    }

    /// <summary>Dates each new event: a date attaches to the nearest event word before it (else after); the rest take the anchor.</summary>
    private void Date(SentenceView view, List<Reading> readings)
    {
        foreach (var date in view.Dates.Where(d => d.Use is DateUse.Event or DateUse.Background))
        {
            // A date in a relative clause ("which began over three years ago") dates only what that clause tells.
            var from = date.Use == DateUse.Background ? view.Clause(date.Start).Start : 0;
            var owner = readings.SelectMany(r => r.Triggers.Where(t => t >= from).Select(t => (Reading: r, Offset: t)))
                .OrderBy(x => x.Offset <= date.Start ? date.Start - x.Offset : 10_000 + x.Offset - date.Start)
                .Select(x => x.Reading).FirstOrDefault();
            if (owner is null || owner.DatedByText) continue;
            owner.Event.Date = date.Date;
            owner.DatedByText = true;
            owner.Event.Highlights.Add(view.Span(date.Start, date.End));
        }

        var day = view.Dates.LastOrDefault(d => d.Use == DateUse.Event && d.Date.Precision == DatePrecision.Day);
        if (day is not null) Anchor = day.Date.Date;
        foreach (var reading in readings)
        {
            if (reading.Event.Kind == EventKind.CeasefireProposal && !reading.DatedByText
                && reading.Event.Responses.Select(r => r.RespondedOn).OfType<SuggestedDate>().MinBy(d => d.Date) is { } first)
            {
                reading.Event.Date = first;
                reading.DatedByText = true;
            }

            reading.Event.Date ??= new SuggestedDate(Anchor, DatePrecision.Approximate);
            if (reading.Event.Kind == EventKind.Claim && reading.Subject?.Single is { } claimant)
            {
                reading.Event.Positions.Insert(0, new SuggestedPosition(claimant, ClaimStance.Asserts, reading.Event.Date, view.Sentence.Index));
            }

            if (pendingEarlier is not null && !reading.DatedByText) reading.AfterEarlierTalksOf ??= pendingEarlier;
            if (pendingTalksReference) reading.RefersToTalks = true;
            foreach (var quantity in view.Quantities) reading.Event.Quantities.Add(quantity.Quantity);
        }

        pendingEarlier = null;
        pendingTalksReference = false;
    }

    /// <summary>"Third meeting since February", "the second prisoner swap … in under two months": the count the sentence makes of an event of this kind.</summary>
    private Round? RoundOf(SentenceView view, EventKind kind)
    {
        var m = ordinalPattern.Matches(view.Masked).FirstOrDefault(o => IsExchangeNoun(o.Groups["noun"].Value) == (kind == EventKind.PrisonerExchange));
        if (m is null) return null;
        var ordinal = language.Ordinals[m.Groups["ord"].Value];
        if (ordinal < 2) return null;
        var since = view.Dates.FirstOrDefault(d => d.Use == DateUse.Since && d.Start > m.Index);
        var window = Window().Match(view.Masked[m.Index..]);
        int? days = null;
        var words = $"{m.Groups["ord"].Value.ToLowerInvariant()} {m.Groups["noun"].Value.ToLowerInvariant()}";
        if (since is not null)
        {
            words += " " + since.Date.Words;
        }
        else if (window.Success && quantities.Number(window.Groups["n"].Value) is { } n)
        {
            days = decimal.ToInt32(n) * language.Units[window.Groups["unit"].Value].Days;
            words += " " + window.Value.Trim();
        }
        else
        {
            return null;
        }

        return new Round(ordinal, since?.Date, days, words);
    }

    private static bool IsExchangeNoun(string noun) => noun.Contains("swap", StringComparison.OrdinalIgnoreCase) || noun.Contains("exchange", StringComparison.OrdinalIgnoreCase);

    private string? Platform(SentenceView view)
    {
        var own = OwnPlatform().Match(view.Masked);
        if (own.Success) return own.Groups["name"].Value;
        var addressing = Addressing().Match(view.Masked);
        if (addressing.Success) return "Address to " + addressing.Groups["who"].Value.Trim();
        foreach (var (words, platform) in language.PlatformWords.OrderByDescending(p => p.Key.Length))
        {
            if (Regex.IsMatch(view.Masked, $@"\b(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:\w+\s+)?{Regex.Escape(words)}\b", RegexOptions.IgnoreCase)) return platform;
        }

        return null;
    }

    private TalksFormat FormatOf(string clause)
    {
        foreach (var (word, format) in language.TalksFormats.OrderByDescending(f => f.Key.Length))
        {
            if (Regex.IsMatch(clause, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase) && !(word == "call" && Regex.IsMatch(clause, @"\bcall\s+for\b"))) return format;
        }

        return TalksFormat.InPerson;
    }

    private bool MediatorBefore(SentenceView view, ActorMention m)
    {
        var before = Regex.Replace(view.Masked[Math.Max(0, m.Start - 30)..m.Start].TrimEnd().ToLowerInvariant(), @"\s+the$", "");
        var after = view.Masked[m.End..Math.Min(view.Masked.Length, m.End + 30)].TrimStart().ToLowerInvariant();
        return language.MediatorWords.Any(w => w.Contains(' ', StringComparison.Ordinal) && before.EndsWith(w, StringComparison.Ordinal))
            || ActingAsMediator().IsMatch(after);
    }

    /// <summary>"Hosted by Saudi Arabia", "Turkey hosted the talks": the host, not a party.</summary>
    private bool Hosts(SentenceView view, ActorMention m)
    {
        var before = Regex.Replace(view.Masked[Math.Max(0, m.Start - 30)..m.Start].TrimEnd().ToLowerInvariant(), @"\s+the$", "");
        var next = Regex.Match(view.Masked[m.End..], @"^\s*([\p{L}-]+)");
        return language.HostWords.Any(w => w.Contains(' ', StringComparison.Ordinal) && before.EndsWith(w, StringComparison.Ordinal))
            || next.Success && language.HostWords.Contains(next.Groups[1].Value);
    }

    /// <summary>Everyone else the part of the sentence names is mentioned in the event.</summary>
    private static void AddOthers(SentenceView view, Reading reading, int start, int end)
    {
        foreach (var m in view.MentionsIn(start, end)) reading.Event.Add(m.Actor, ParticipantRole.Mentioned);
    }

    [GeneratedRegex(@"^[\p{L}\d]+-(?:day|hour|week|month)$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthWord();

    private static Reading NewReading(SentenceView view, EventKind kind, Trigger t)
    {
        var reading = new Reading(new EventSuggestion { Kind = kind }, view.Sentence.Index);
        reading.Event.Sentences.Add(view.Sentence.Index);
        reading.Event.Highlights.Add(view.Span(t.Start, t.End));
        reading.Triggers.Add(t.Start);
        return reading;
    }

    private bool CeasefireSoon(string text) =>
        Regex.IsMatch(text[..Math.Min(text.Length, 50)], @"\b(?:" + string.Join('|', language.CeasefireNouns.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase);

    private bool ClaimNounSoon(string text)
    {
        var words = Regex.Matches(text, @"[\p{L}’'-]+").Take(4).Select(m => m.Value).ToList();
        return words.Any(language.ClaimNouns.Contains);
    }

    private static string Key(ReportActor a) => a.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? a.Name.ToLowerInvariant();

    [GeneratedRegex(@"^(?:(?:acting|serving)\s+)?(?:as\s+(?:a\s+|the\s+)?)?(?:mediat|brokered)")]
    private static partial Regex ActingAsMediator();

    [GeneratedRegex(@"\b(?:only if|on condition that|provided that|as long as|in return for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyIf();

    [GeneratedRegex(@"\b(?:held|had|hold|holds|holding|made|conducted|attended|concluded|began|opened)\s+(?:(?:a|an|the|his|her|their|its|latest|new|another|round|of|\w+(?:st|nd|rd|th))\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldNoun();

    [GeneratedRegex(@"\beach other\b|\bone another\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachOther();

    [GeneratedRegex(@"^\s*(?:on\s+\w+\s+)?that\b\s*|(?<=,\s*)that\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"^\s*(?:to have|to be|of)\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ToHave();

    [GeneratedRegex(@"^\s*(?:with|between|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComplementStart();

    [GeneratedRegex(@"\b(?:in|within|over)\s+(?:under|less than|more than|the past|the last|just over|about)?\s*(?<n>\w+)\s+(?<unit>weeks?|months?|years?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Window();

    [GeneratedRegex(@"\b(?:on|via)\s+(?:his|her|their|its|the)\s+(?<name>\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)\s+(?:platform|account|channel|page|feed)\b")]
    private static partial Regex OwnPlatform();

    [GeneratedRegex(@"\baddressing\s+(?<who>[\p{Ll}][\p{L}\s]+?)(?=\s+(?:in|at|on)\b|,)")]
    private static partial Regex Addressing();
}
