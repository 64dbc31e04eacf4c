using System.Globalization;
using System.Text;

namespace CeasefireTracker.DataGenerator;

/// <summary>Made-up names of people, states and bodies, and their Cyrillic spellings, for generated actors.</summary>
internal static class SyntheticNames
{
    private static readonly string[] GivenStarts = ["Ale", "Bo", "Da", "Ev", "Ga", "Ily", "Ka", "Le", "Mi", "Na", "Ol", "Pe", "Ro", "Se", "Ta", "Vi", "Yu", "Za"];
    private static readonly string[] GivenEnds = ["na", "ksandr", "ris", "vid", "gen", "lia", "a", "rol", "ena", "dia", "eg", "tro", "man", "rgiy", "ras", "ktor", "liia", "khar"];
    private static readonly string[] FamilyStarts = ["Ant", "Bel", "Chern", "Dov", "Har", "Kov", "Lys", "Mel", "Nov", "Orl", "Pav", "Rud", "Sav", "Tkach", "Vol", "Yak", "Zhuk", "Wit", "Mor", "Hal"];
    private static readonly string[] FamilyEnds = ["enko", "ov", "chuk", "sky", "yk", "ets", "ova", "in", "off", "ski", "ko", "son", "ley", "er", "ane"];
    private static readonly string[] Countries = ["Valoria", "Ostrava", "Kemaria", "Dunmark", "Sarvenia", "Torland", "Belvaria", "Quessa", "Miradia", "Norvik", "Altenia", "Corvessa"];
    private static readonly string[] Bodies = ["Ministry of Foreign Affairs", "Ministry of Defence", "Presidential Office", "Security Council", "Coordination Headquarters for Prisoners", "Ombudsman's Office", "General Staff", "Parliament"];
    private static readonly string[] Organisations = ["Commission", "Mission", "Council", "Committee", "Agency", "Forum", "Office"];
    private static readonly string[] OrganisationTopics = ["Security Cooperation", "Humanitarian Affairs", "Nuclear Safety", "Human Rights", "Maritime Security", "Refugees", "Mediation", "Grain Corridors"];
    private static readonly string[] Groups = ["Brigade", "Battalion", "Legion", "Front", "Militia", "Corps"];
    private static readonly string[] Media = ["Daily", "Herald", "Telegraph", "Wire", "News", "Review", "Observer", "Press"];

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['a'] = "а", ['b'] = "б", ['c'] = "к", ['d'] = "д", ['e'] = "е", ['f'] = "ф", ['g'] = "г", ['h'] = "г",
        ['i'] = "і", ['j'] = "й", ['k'] = "к", ['l'] = "л", ['m'] = "м", ['n'] = "н", ['o'] = "о", ['p'] = "п",
        ['q'] = "к", ['r'] = "р", ['s'] = "с", ['t'] = "т", ['u'] = "у", ['v'] = "в", ['w'] = "в", ['x'] = "кс",
        ['y'] = "и", ['z'] = "з",
    };

    public static string Person(Random random) =>
        Pick(random, GivenStarts) + Pick(random, GivenEnds) + " " + Pick(random, FamilyStarts) + Pick(random, FamilyEnds);

    /// <summary>States are few and numbered past the base list, as real lists of states run out of names too.</summary>
    public static string State(int index) =>
        index < Countries.Length ? Countries[index] : $"{Countries[index % Countries.Length]} {Roman(index / Countries.Length + 1)}";

    public static string GovernmentBody(Random random, string state) => $"{Pick(random, Bodies)} of {state}";

    public static string Organisation(Random random) =>
        $"{Pick(random, ["International", "Regional", "Joint", "United"])} {Pick(random, Organisations)} on {Pick(random, OrganisationTopics)}";

    public static string ArmedGroup(Random random) => $"{Pick(random, FamilyStarts)}ian {Pick(random, Groups)}";

    public static string MediaOutlet(Random random) => $"The {Pick(random, FamilyStarts)}{Pick(random, ["burg", "ford", "ville", "grad"])} {Pick(random, Media)}";

    /// <summary>A letter-by-letter Cyrillic spelling, like the Ukrainian or Russian form of a name.</summary>
    public static string ToCyrillic(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            var lower = char.ToLowerInvariant(c);
            if (!Cyrillic.TryGetValue(lower, out var letters))
            {
                text.Append(c);
                continue;
            }

            text.Append(char.IsUpper(c) ? letters[..1].ToUpperInvariant() + letters[1..] : letters);
        }

        return text.ToString();
    }

    /// <summary>Another Latin transliteration (Zelensky → Zelenskiy), as news agencies spell the same name differently.</summary>
    public static string OtherSpelling(string name) =>
        name.EndsWith('y') ? name[..^1] + "iy"
        : name.Contains("ov", StringComparison.Ordinal) ? name.Replace("ov", "off", StringComparison.Ordinal)
        : name + "a";

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens (the shape the slug CHECK constraint wants).</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        return slug.ToString().TrimEnd('-');
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An item drawn with probability proportional to its weight.</summary>
    public static T PickWeighted<T>(Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (roll < weight) return item;
            roll -= weight;
        }

        return items[^1].Item;
    }

    private static string Roman(int n) => n switch
    {
        <= 3 => new string('I', n),
        4 => "IV",
        <= 8 => "V" + new string('I', n - 5),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
