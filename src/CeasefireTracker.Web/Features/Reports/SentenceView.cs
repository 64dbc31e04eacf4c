using System.Text.RegularExpressions;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A word or phrase that makes an event, by family, at offsets of the sentence.</summary>
internal enum TriggerFamily
{
    Speech,
    Claim,
    Position,
    Judicial,
    TalksVerb,
    TalksNoun,
    Release,
    ExchangeNoun,
    CeasefireNoun,
    ProposalVerb,
    Response,
}

internal sealed record Trigger(TriggerFamily Family, int Start, int End, string Word);

/// <summary>
/// One sentence with everything read from it (actors, dates, numbers, places, the words that make events) and the
/// few structural questions the event rules ask: which clause a word is in, who the subject of a verb is, what
/// follows a word up to the end of its clause. Quotations are blanked out for the event words (a quote's words are
/// what someone said, not what happened) but their actors still count.
/// </summary>
internal sealed partial class SentenceView
{
    private readonly ReportLanguage language;

    public SentenceView(ReportSentence sentence, ReportLanguage language, IReadOnlyList<ActorMention> mentions,
        IReadOnlyList<DateMention> dates, IReadOnlyList<QuantityMention> quantities, IReadOnlyList<PlaceMention> places)
    {
        this.language = language;
        Sentence = sentence;
        AllMentions = mentions;
        Mentions = [.. mentions.Where(m => !m.Attributive)];
        Dates = dates;
        Quantities = quantities;
        Places = places;
        var masked = sentence.Text.ToCharArray();
        foreach (var q in sentence.Quotes)
        {
            for (var i = q.Start; i < q.End; i++) masked[i] = ' ';
        }

        Masked = new string(masked);
        Triggers = FindTriggers();
    }

    public ReportSentence Sentence { get; }
    public string Text => Sentence.Text;

    /// <summary>The text with quotations blanked, same length.</summary>
    public string Masked { get; }

    /// <summary>Actors named, without the labels of people ("US envoy …"); <see cref="AllMentions"/> keeps those.</summary>
    public IReadOnlyList<ActorMention> Mentions { get; }
    public IReadOnlyList<ActorMention> AllMentions { get; }

    /// <summary>Actors named outside quotations: only these can be who spoke or acted.</summary>
    public IEnumerable<ActorMention> Unquoted => Mentions.Where(m => !Sentence.InQuote(m.Start));
    public IReadOnlyList<DateMention> Dates { get; }
    public IReadOnlyList<QuantityMention> Quantities { get; }
    public IReadOnlyList<PlaceMention> Places { get; }
    public IReadOnlyList<Trigger> Triggers { get; }

    public TextSpan Span(int start, int end) => new(Sentence.Start + start, end - start);

    /// <summary>The clause around an offset: between commas, semicolons and dashes outside quotations.</summary>
    public (int Start, int End) Clause(int offset)
    {
        var start = 0;
        var end = Masked.Length;
        for (var i = 0; i < Masked.Length; i++)
        {
            if (Masked[i] is not (',' or ';' or '–' or '—' or ':')) continue;
            if (i < offset) start = i + 1;
            else if (i >= offset) { end = i; break; }
        }

        return (start, end);
    }

    public IEnumerable<ActorMention> MentionsIn(int start, int end) => Mentions.Where(m => m.Start >= start && m.End <= end);

    /// <summary>
    /// The subject of the verb at <paramref name="verb"/>: the actor named just before it, past auxiliaries and adverbs
    /// ("has also", "later"), dates and an apposition between commas ("Witkoff, a long-time ally of Trump, had
    /// described"); a pronoun stands for the nearest person (he, she) or body (it) named before; an unnamed source
    /// ("reports suggesting") is returned as <see cref="Subject.Unnamed"/>.
    /// </summary>
    public Subject SubjectOf(int verb, ReportActor? lastPerson, ReportActor? lastThing)
    {
        var end = verb;
        for (var guard = 0; guard < 12; guard++)
        {
            var before = Masked[..end].TrimEnd();
            var date = Dates.FirstOrDefault(d => d.End == before.Length);
            if (date is not null) { end = date.Start; continue; }
            var last = LastWord().Match(before);
            if (last.Success && (language.Fillers.Contains(last.Value) || last.Value.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !last.Value.Equals("Italy", StringComparison.Ordinal)))
            {
                end = last.Index;
                continue;
            }

            if (before.EndsWith(',') && guard < 10)
            {
                var open = before.LastIndexOf(',', before.Length - 2);
                var mentionBeforeOpen = open > 0 && Unquoted.Any(m => m.End == Masked[..open].TrimEnd().Length);
                if (mentionBeforeOpen) { end = open; continue; }
            }

            end = before.Length;
            break;
        }

        var at = Unquoted.Where(m => m.End == end || m.End == end - 1 && Masked[end - 1] == '’').ToList();
        if (at.Count > 0)
        {
            var subject = at[^1];
            var coordinated = Unquoted.Where(m => m.End < subject.Start && Between(m.End, subject.Start) is "and" or ",")
                .Select(m => m.Actor).ToList();
            return new Subject([.. coordinated, subject.Actor], false, subject.Start);
        }

        var word = LastWord().Match(Masked[..end]);
        if (word.Success)
        {
            var pronounPerson = language.PersonPronouns.Contains(word.Value);
            if (pronounPerson || language.ThingPronouns.Contains(word.Value))
            {
                var nearest = Unquoted.LastOrDefault(m => m.End <= word.Index && (m.Actor.Kind == ActorKind.Person) == pronounPerson);
                var actor = nearest?.Actor ?? (pronounPerson ? lastPerson : lastThing);
                return actor is null ? Subject.None : new Subject([actor], false, word.Index);
            }

            var two = Regex.Match(Masked[..end], @"(\w+\s+)?\w+$");
            if (language.UnnamedSources.Contains(word.Value) || two.Success && language.UnnamedSources.Contains(two.Value.Trim()))
            {
                return new Subject([], true, word.Index);
            }
        }

        // "Kyiv and many of its Western allies suspect": the actor a few words before, with no other verb between.
        var clause = Clause(verb);
        var near = Unquoted.LastOrDefault(m => m.End <= verb && m.Start >= clause.Start && !m.Possessive);
        if (near is not null)
        {
            var gap = Masked[near.End..verb];
            var gapWords = Regex.Count(gap, @"[\p{L}’'-]+");
            if (gapWords <= 6 && !Triggers.Any(t => t.Start >= near.End && t.End <= verb) && !Relative().IsMatch(gap))
            {
                var coordinated = Unquoted.Where(m => m.End < near.Start && m.Start >= clause.Start && Between(m.End, near.Start) is "and" or ",")
                    .Select(m => m.Actor).ToList();
                return new Subject([.. coordinated, near.Actor], false, near.Start);
            }
        }

        return Subject.None;
    }

    /// <summary>The actor whose possessive stands before the noun at <paramref name="noun"/>, a few words back at most ("Witkoff’s third meeting").</summary>
    public ReportActor? PossessorOf(int noun, ReportActor? lastPerson)
    {
        var before = Masked[..noun];
        var words = WordsBefore().Match(before);
        var window = words.Success ? words.Index : 0;
        var owner = Mentions.LastOrDefault(m => m.Possessive && m.End >= window && m.End <= noun);
        if (owner is not null) return owner.Actor;
        var pronoun = PossessivePronoun().Match(before[window..]);
        if (!pronoun.Success) return null;
        return Mentions.LastOrDefault(m => m.End <= window + pronoun.Index && m.Actor.Kind == ActorKind.Person)?.Actor ?? lastPerson;
    }

    /// <summary>The words between two offsets, trimmed and lower case.</summary>
    public string Between(int from, int to) => from < to ? Masked[from..to].Trim().ToLowerInvariant() : "";

    /// <summary>The lower-case words before an offset, up to <paramref name="count"/> of them.</summary>
    public IReadOnlyList<string> WordsBeforeOffset(int offset, int count) =>
        [.. Regex.Matches(Masked[..offset], @"[\p{L}’'-]+").TakeLast(count).Select(m => m.Value.ToLowerInvariant())];

    private IReadOnlyList<Trigger> FindTriggers()
    {
        var triggers = new List<Trigger>();
        void Scan(TriggerFamily family, IEnumerable<string> words)
        {
            var pattern = @"\b(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + @")\b";
            foreach (Match m in Regex.Matches(Masked, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                triggers.Add(new Trigger(family, m.Index, m.Index + m.Length, m.Value.ToLowerInvariant()));
            }
        }

        Scan(TriggerFamily.Speech, language.SpeechVerbs.Keys);
        Scan(TriggerFamily.Claim, language.ClaimVerbs);
        Scan(TriggerFamily.Position, language.PositionVerbs.Keys);
        Scan(TriggerFamily.Judicial, language.JudicialVerbs);
        Scan(TriggerFamily.TalksVerb, language.TalksVerbs);
        Scan(TriggerFamily.TalksNoun, language.TalksNouns);
        Scan(TriggerFamily.Release, language.ReleaseVerbs);
        Scan(TriggerFamily.ExchangeNoun, language.ExchangeNouns);
        Scan(TriggerFamily.CeasefireNoun, language.CeasefireNouns);
        Scan(TriggerFamily.ProposalVerb, language.ProposalVerbs);
        Scan(TriggerFamily.Response, language.ResponseWords.Keys);

        // Where a longer phrase of one family covers a word of another ("held talks" over "talks"), the phrase wins;
        // a word inside a name is no trigger ("States" in "United States").
        return [.. triggers.Where(t => !AllMentions.Any(m => t.Start < m.End && m.Start < t.End) && !triggers.Any(o => o != t && o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start))
            .OrderBy(t => t.Start)];
    }

    [GeneratedRegex(@"[\p{L}’'-]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\b(?:that|which|who|whom|whose|to|for|with|by|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:[\p{L}’'-]+\s+){0,4}$")]
    private static partial Regex WordsBefore();

    [GeneratedRegex(@"\b(?:his|her|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessivePronoun();
}

/// <summary>Who did it: actors (several when coordinated), or an unnamed source, or nobody the sentence names.</summary>
internal sealed record Subject(IReadOnlyList<ReportActor> Actors, bool Unnamed, int Start)
{
    public static readonly Subject None = new([], false, -1);

    public ReportActor? Single => Actors.Count > 0 ? Actors[^1] : null;
}
