using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>A stored actor with every name it goes by, as the lexicon is built from.</summary>
public sealed record LexiconActor(int Id, string Slug, string Name, ActorKind Kind, IReadOnlyList<string> Aliases)
{
    public ReportActor ToReportActor() => new(Name, Kind, Id, Slug);
}

/// <summary>
/// Every name, alias and short form of the stored actors, keyed the way a report's words are compared: accents and
/// case ignored, possessives dropped ("Russia’s" = Russia), a person's surname alone when no one else has it
/// ("Zelensky"), country adjectives ("Russian forces"), transliterations by their skeleton ("Zelenskiy", "Зеленський"),
/// and Cyrillic names with a case ending ("Зеленського").
/// </summary>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, List<Entry>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconActor?> bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconActor?> byDemonym = new(StringComparer.Ordinal);
    private readonly List<(string[] Stems, LexiconActor Actor)> cyrillic = [];

    private ActorLexicon(IReadOnlyList<LexiconActor> actors, ReportLanguage language)
    {
        Actors = actors;
        foreach (var actor in actors)
        {
            AddName(actor, actor.Name, NameForm.Name);
            foreach (var alias in actor.Aliases) AddName(actor, alias, NameForm.Alias);
        }

        foreach (var (surname, owners) in actors.Where(a => a.Kind == ActorKind.Person)
            .SelectMany(a => new[] { a.Name }.Concat(a.Aliases).Select(n => (Words: ReportWords.Split(n), Actor: a)))
            .Where(x => x.Words.Count >= 2 && !x.Words[^1].Cyrillic)
            .GroupBy(x => x.Words[^1].Key)
            .Select(g => (g.Key, g.Select(x => x.Actor).DistinctBy(a => a.Id).ToList())))
        {
            // A surname two people share names neither.
            if (owners.Count == 1 && !byKey.ContainsKey(surname)) Add(surname, new Entry(owners[0], NameForm.Surname, 1));
        }

        foreach (var state in actors.Where(a => a.Kind == ActorKind.State))
        {
            foreach (var adjective in language.Demonyms(state.Name))
            {
                var key = ReportWords.Normalise(adjective);
                byDemonym[key] = byDemonym.TryGetValue(key, out var other) && other?.Id != state.Id ? null : state;
            }
        }
    }

    public IReadOnlyList<LexiconActor> Actors { get; }

    public int LongestName { get; private set; } = 1;

    public static ActorLexicon From(IReadOnlyList<LexiconActor> actors, ReportLanguage language) => new(actors, language);

    /// <summary>Every stored actor with its aliases: a few thousand rows at most, read once per report.</summary>
    public static async Task<ActorLexicon> LoadAsync(TrackerDbContext db, ReportLanguage language, CancellationToken cancellationToken)
    {
        var actors = await db.Actors.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new LexiconActor(a.Id, a.Slug, a.Name, a.Kind, a.Aliases.Select(al => al.Name).ToList()))
            .ToListAsync(cancellationToken);
        return From(actors, language);
    }

    internal enum NameForm
    {
        Name,
        Alias,
        Surname,
    }

    internal sealed record Entry(LexiconActor Actor, NameForm Form, int Words, bool Acronym = false);

    /// <summary>The actor whose name, alias or surname are exactly these words; null when none or several are.</summary>
    internal Entry? Exact(IReadOnlyList<Word> words)
    {
        if (!byKey.TryGetValue(string.Join(' ', words.Select(w => w.Key)), out var entries)) return null;
        var surface = words[0];
        var fits = entries.Where(e => e.Acronym ? words.All(w => w.AllCaps) : surface.Capitalised || !HasCase(surface.Surface)).ToList();
        if (fits.Count == 0) return null;
        var best = fits.OrderBy(e => e.Form).First();
        return fits.Any(e => e.Form == best.Form && e.Actor.Id != best.Actor.Id) ? null : best;
    }

    /// <summary>A person named in another spelling of their name or surname (same skeleton).</summary>
    internal LexiconActor? BySkeleton(IReadOnlyList<Word> words)
    {
        if (!words[0].Capitalised) return null;
        var skeleton = ReportWords.Skeleton(string.Concat(words.Select(w => w.Key)));
        return skeleton.Length >= 5 && bySkeleton.TryGetValue(skeleton, out var actor) ? actor : null;
    }

    /// <summary>A Cyrillic name with a case ending: "Зеленського" for Зеленський, "Путіна" for Путін.</summary>
    internal LexiconActor? ByCyrillicStem(IReadOnlyList<Word> words)
    {
        if (!words[0].Cyrillic || !words[0].Capitalised) return null;
        foreach (var (stems, actor) in cyrillic)
        {
            if (stems.Length != words.Count) continue;
            if (stems.Zip(words).All(p => p.First.Length >= 3 && p.Second.Key.StartsWith(p.First, StringComparison.Ordinal)
                && p.Second.Key.Length - p.First.Length <= 3 && p.Second.Key[p.First.Length..].All(CyrillicEnding.Contains)))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The state a capitalised country adjective stands for ("Russian" → Russia).</summary>
    internal LexiconActor? ByDemonym(Word word) =>
        word.Capitalised && byDemonym.TryGetValue(word.Key, out var actor) ? actor : null;

    private const string CyrillicEnding = "аеєиіїоуюяйьмгхвї";

    private void AddName(LexiconActor actor, string name, NameForm form)
    {
        var words = ReportWords.Split(name);
        if (words.Count == 0) return;
        var acronym = words.Count == 1 && words[0].AllCaps && words[0].Surface.Length <= 6;
        Add(string.Join(' ', words.Select(w => w.Key)), new Entry(actor, form, words.Count, acronym));
        LongestName = Math.Max(LongestName, words.Count);

        if (actor.Kind == ActorKind.Person && !acronym)
        {
            AddSkeleton(ReportWords.Skeleton(string.Concat(words.Select(w => w.Key))), actor);
            if (words.Count >= 2) AddSkeleton(ReportWords.Skeleton(words[^1].Key), actor);
        }

        if (words.All(w => w.Cyrillic))
        {
            cyrillic.Add(([.. words.Select(w => w.Key.TrimEnd(CyrillicEnding.ToCharArray()))], actor));
        }
    }

    private void AddSkeleton(string skeleton, LexiconActor actor)
    {
        if (skeleton.Length < 5) return;
        bySkeleton[skeleton] = bySkeleton.TryGetValue(skeleton, out var other) && other?.Id != actor.Id ? null : actor;
    }

    private void Add(string key, Entry entry)
    {
        if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
        if (!list.Any(e => e.Actor.Id == entry.Actor.Id && e.Form == entry.Form)) list.Add(entry);
    }

    private static bool HasCase(string text) => text.Any(c => char.IsUpper(c) || char.IsLower(c));
}
