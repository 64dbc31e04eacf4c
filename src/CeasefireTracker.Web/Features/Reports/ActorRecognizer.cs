using System.Collections.Concurrent;
using System.Globalization;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>An actor named in a sentence, at these offsets of the sentence's text.</summary>
internal sealed record ActorMention(int Start, int End, ReportActor Actor, bool Possessive, bool Adjective)
{
    /// <summary>
    /// A country or its adjective used as a label of the person named next ("Russia’s President Vladimir Putin",
    /// "US envoy Steve Witkoff"): it says who the person is, not that the state took part.
    /// </summary>
    public bool Attributive { get; init; }
}

/// <summary>
/// Finds the actors a sentence names: stored ones by any of their names (<see cref="ActorLexicon"/>), and names the
/// store does not know when something marks them as names of actors: a title before a person's name ("Foreign
/// Minister Hakan Fidan"), a verb of speech after a full name ("Hakan Fidan said"), a country CLDR knows ("Qatar"),
/// or the head word of an organisation ("International Committee of the Red Cross"). A name once found stands for
/// the same actor for the rest of the report, its surname alone too.
/// </summary>
internal sealed class ActorRecognizer
{
    private static readonly ConcurrentDictionary<string, Dictionary<string, string>> Countries = new();
    private static readonly string[] NameParticles = ["bin", "ibn", "al", "de", "van", "von", "der", "la", "le", "abu", "di", "du"];

    private readonly ActorLexicon lexicon;
    private readonly ReportLanguage language;
    private readonly Dictionary<string, ReportActor> found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countries;

    public ActorRecognizer(ActorLexicon lexicon, ReportLanguage language)
    {
        this.lexicon = lexicon;
        this.language = language;
        countries = Countries.GetOrAdd(language.Code, _ => CountryNames(language));
    }

    /// <summary>The names no stored actor has, in the order the report first uses them.</summary>
    public List<ReportActor> NewActors { get; } = [];

    public IReadOnlyList<ActorMention> Find(ReportSentence sentence)
    {
        var words = ReportWords.Split(sentence.Text);
        var mentions = new List<ActorMention>();
        var taken = new bool[words.Count];

        // Stored actors first, longest name first at each word.
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(lexicon.LongestName, words.Count - i); n >= 1; n--)
            {
                var window = Slice(words, i, n);
                if (window.Skip(1).Any(w => w.Start - 1 >= 0 && sentence.Text[w.Start - 1] is not (' ' or '-'))) continue;
                var actor = lexicon.Exact(window)?.Actor ?? lexicon.ByCyrillicStem(window) ?? (n <= 3 ? lexicon.BySkeleton(window) : null);
                if (actor is null) continue;
                Take(mentions, taken, words, i, n, actor.ToReportActor(), adjective: false);
                i += n - 1;
                break;
            }
        }

        FindTitledPeople(sentence, words, mentions, taken);
        FindNamedBeforeSpeech(sentence, words, mentions, taken);
        FindOrganisations(words, mentions, taken);
        FindCountriesAndKnownNewNames(words, mentions, taken);

        for (var i = 0; i < words.Count; i++)
        {
            if (!taken[i] && lexicon.ByDemonym(words[i]) is { } state)
            {
                Take(mentions, taken, words, i, 1, state.ToReportActor(), adjective: true);
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return MarkAttributive(sentence.Text, mentions);
    }

    private void FindTitledPeople(ReportSentence sentence, IReadOnlyList<Word> words, List<ActorMention> mentions, bool[] taken)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var titleWords = TitleAt(words, i);
            if (titleWords == 0) continue;
            var start = i + titleWords;
            var length = NameLength(words, taken, start);
            var lastTitle = words[start - 1];
            // One word after a title is a surname only after a capitalised title ("President Erdogan").
            if (length == 0 || (length == 1 && !lastTitle.Capitalised)) continue;
            if (sentence.Text[lastTitle.End..words[start].Start].Trim().Length > 0) continue;
            var name = Name(sentence.Text, words, start, length);
            if (IsCountryOrPlaceWord(name)) continue;
            Take(mentions, taken, words, start, length, Known(name, ActorKind.Person), adjective: false);
            i = start + length - 1;
        }
    }

    private void FindNamedBeforeSpeech(ReportSentence sentence, IReadOnlyList<Word> words, List<ActorMention> mentions, bool[] taken)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var length = NameLength(words, taken, i);
            if (length < 2) continue;
            var next = i + length;
            // The verb may follow an apposition between commas: "Dmytro Lubinets, Ukraine's ombudsman, said".
            var after = sentence.Text[words[next - 1].End..];
            if (after.StartsWith(',') && after.IndexOf(',', 1) is var close and > 0 && close < 90) after = after[(close + 1)..];
            var firstWord = after.TrimStart().Split(' ', 2)[0].Trim(',', '.', ':');
            if (!language.SpeechVerbs.ContainsKey(firstWord) && !language.ClaimVerbs.Contains(firstWord) && !language.TalksVerbs.Contains(firstWord)) continue;
            var name = Name(sentence.Text, words, i, length);
            if (IsCountryOrPlaceWord(name)) continue;
            Take(mentions, taken, words, i, length, Known(name, ActorKind.Person), adjective: false);
            i = next - 1;
        }
    }

    private void FindOrganisations(IReadOnlyList<Word> words, List<ActorMention> mentions, bool[] taken)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (taken[i] || !words[i].Capitalised || language.NeverNames.Contains(words[i].Surface)) continue;
            var end = i;
            var kind = (ActorKind?)null;
            for (var j = i; j < words.Count && !taken[j]; j++)
            {
                var w = words[j];
                if (w.Capitalised)
                {
                    end = j;
                    if (language.OrganisationHeads.TryGetValue(w.Surface, out var k)) kind ??= k;
                    if (j + 1 < words.Count && language.OrganisationHeads.TryGetValue(w.Surface + " " + words[j + 1].Surface, out var k2)) kind ??= k2;
                    if (w.Possessive) break;
                }
                else if (w.Key is not ("of" or "for" or "the" or "and") || j == i)
                {
                    break;
                }
            }

            if (kind is null || end == i && !language.OrganisationHeads.ContainsKey(words[i].Surface)) continue;
            var count = end - i + 1;
            var name = string.Join(' ', Slice(words, i, count).Select(w => w.Possessive ? w.Surface[..^2] : w.Surface));
            Take(mentions, taken, words, i, count, Known(name, kind.Value), adjective: false);
            i = end;
        }
    }

    private void FindCountriesAndKnownNewNames(IReadOnlyList<Word> words, List<ActorMention> mentions, bool[] taken)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (taken[i] || !words[i].Capitalised) continue;
            for (var n = Math.Min(4, words.Count - i); n >= 1; n--)
            {
                if (Enumerable.Range(i, n).Any(k => taken[k])) continue;
                var key = string.Join(' ', Slice(words, i, n).Select(w => w.Key));
                ReportActor? actor = null;
                if (found.TryGetValue(key, out var earlier)) actor = earlier;
                else if (countries.TryGetValue(key, out var country)) actor = Known(country, ActorKind.State);
                if (actor is null) continue;
                Take(mentions, taken, words, i, n, actor, adjective: false);
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>The stored or already found actor of that name, or a new one remembered with its surname.</summary>
    private ReportActor Known(string name, ActorKind kind)
    {
        var key = ReportWords.Key(name);
        if (found.TryGetValue(key, out var actor)) return actor;
        actor = new ReportActor(name, kind);
        found[key] = actor;
        NewActors.Add(actor);
        var words = ReportWords.Split(name);
        if (kind == ActorKind.Person && words.Count >= 2) found.TryAdd(words[^1].Key, actor);
        return actor;
    }

    private static void Take(List<ActorMention> mentions, bool[] taken, IReadOnlyList<Word> words, int start, int count, ReportActor actor, bool adjective)
    {
        for (var k = start; k < start + count; k++) taken[k] = true;
        mentions.Add(new ActorMention(words[start].Start, words[start + count - 1].End, actor, words[start + count - 1].Possessive, adjective));
    }

    /// <summary>How many words of a title start at word i ("Foreign Minister", "envoy"); 0 for none.</summary>
    private int TitleAt(IReadOnlyList<Word> words, int i)
    {
        for (var n = Math.Min(3, words.Count - i - 1); n >= 1; n--)
        {
            var phrase = string.Join(' ', Slice(words, i, n).Select(w => w.Surface.TrimEnd('.')));
            if (language.PersonTitles.Contains(phrase) || language.PersonTitles.Contains(phrase + ".")) return n;
        }

        return 0;
    }

    /// <summary>How many capitalised words from word i make a person's name (particles such as "bin" allowed inside).</summary>
    private int NameLength(IReadOnlyList<Word> words, bool[] taken, int i)
    {
        var length = 0;
        for (var j = i; j < words.Count && j - i < 5 && !taken[j]; j++)
        {
            var w = words[j];
            var particle = length > 0 && NameParticles.Contains(w.Key) && j + 1 < words.Count && words[j + 1].Capitalised;
            if (!(w.Capitalised || particle) || w.AllCaps || language.NeverNames.Contains(w.Surface) || IsDateWord(w)
                || language.PersonTitles.Contains(w.Surface) || lexicon.ByDemonym(w) is not null) break;
            length++;
            if (w.Possessive) break;
        }

        return length;
    }

    private bool IsDateWord(Word w) => language.Months.ContainsKey(w.Surface) || language.Weekdays.ContainsKey(w.Surface);

    private bool IsCountryOrPlaceWord(string name) => countries.ContainsKey(ReportWords.Key(name));

    private static string Name(string text, IReadOnlyList<Word> words, int start, int count)
    {
        var last = words[start + count - 1];
        var end = last.Possessive ? last.End - 2 : last.End;
        return text[words[start].Start..end];
    }

    private static IReadOnlyList<Word> Slice(IReadOnlyList<Word> words, int start, int count) =>
        [.. Enumerable.Range(start, count).Select(k => words[k])];

    private List<ActorMention> MarkAttributive(string text, List<ActorMention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Actor.Kind is not (ActorKind.State or ActorKind.GovernmentBody)) continue;
            var person = mentions.Skip(i + 1).FirstOrDefault(n => n.Actor.Kind == ActorKind.Person);
            if (person is null) continue;
            var between = text[m.End..person.Start].Trim();
            if (between.Length == 0 || IsTitle(between)) mentions[i] = m with { Attributive = true };
        }

        return mentions;
    }

    private bool IsTitle(string words)
    {
        var lower = words.ToLowerInvariant().Trim();
        if (language.PersonTitles.Contains(lower)) return true;
        // "dual US-Russian citizen", "suspected tech smuggler": a title after words that describe it.
        var parts = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 4 && Enumerable.Range(0, parts.Length).Any(k => language.PersonTitles.Contains(string.Join(' ', parts[k..])));
    }

    /// <summary>Country names in English from CLDR (through .NET's RegionInfo), plus the everyday names CLDR lacks.</summary>
    private static Dictionary<string, string> CountryNames(ReportLanguage language)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.EnglishName.Length > 0 && !region.EnglishName.Contains('(')) names.TryAdd(ReportWords.Key(region.EnglishName), region.EnglishName);
            }
            catch (ArgumentException)
            {
                // A neutral or custom culture without a region.
            }
        }

        foreach (var name in language.ExtraCountryNames) names.TryAdd(ReportWords.Key(name), name);
        return names;
    }
}
