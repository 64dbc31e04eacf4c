using System.Text;

namespace CeasefireTracker.DataGenerator;

/// <summary>
/// Words for generated summaries and quotes: real diplomatic vocabulary for the common words, then tens of
/// thousands of made-up words drawn with Zipf's law, so full-text search meets both words in half the events and
/// words in a handful. The list is fixed (not seeded) so a benchmark can name a rare word without reading the data.
/// </summary>
public static class SyntheticVocabulary
{
    public const int MadeUpWords = 40_000;

    /// <summary>A made-up word of this Zipf rank appears in roughly a dozen of a million generated events.</summary>
    public const int RareRank = 30_000;

    /// <summary>The common word of searches: most events of every kind carry it.</summary>
    public const string CommonTerm = "ceasefire";

    private static readonly string[] Domain =
    [
        "ceasefire", "talks", "negotiations", "prisoners", "exchange", "truce", "delegation", "proposal", "envoy",
        "security", "guarantees", "frontline", "humanitarian", "corridor", "grain", "shipping", "energy", "strikes",
        "drones", "missiles", "sanctions", "monitoring", "mission", "observers", "withdrawal", "troops", "artillery",
        "border", "referendum", "sovereignty", "reconstruction", "mediation", "summit", "memorandum", "framework",
        "roadmap", "occupation", "annexation", "elections", "martial", "mobilisation", "refugees", "evacuation",
        "nuclear", "plant", "reactor", "inspectors", "sabotage", "pipeline", "port", "harbour", "convoy", "bridge",
        "railway", "airspace", "naval", "blockade", "escalation", "de-escalation", "moratorium", "violation",
        "accusation", "denial", "verification", "compliance", "deadline", "ultimatum", "concession", "compromise",
        "partition", "buffer", "zone", "demilitarised", "peacekeepers", "contingent", "amnesty", "tribunal",
        "reparations", "assets", "frozen", "loan", "aid", "package", "weapons", "deliveries", "air", "defence",
    ];

    private static readonly string[] Onsets = ["b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "m", "x"];

    private static readonly string[] Words = Build();

    /// <summary>Harmonic number of the list, for Zipf sampling by inverse transform.</summary>
    private static readonly double[] Cumulative = BuildCumulative();

    public static int Count => Words.Length;

    /// <summary>The word of the given Zipf rank (0 is the most frequent).</summary>
    public static string Word(int rank) => Words[rank];

    /// <summary>A word drawn with probability proportional to 1 / (rank + 1).</summary>
    public static string Draw(Random random)
    {
        var target = random.NextDouble() * Cumulative[^1];
        var index = Array.BinarySearch(Cumulative, target);
        return Words[index < 0 ? ~index : index];
    }

    private static string[] Build()
    {
        // A fixed seed of its own: the vocabulary must not change with the data's seed.
        var random = new Random(7);
        var seen = new HashSet<string>(Domain, StringComparer.Ordinal);
        var words = new List<string>(Domain);
        var word = new StringBuilder();
        while (words.Count < Domain.Length + MadeUpWords)
        {
            word.Clear();
            var syllables = random.Next(3, 5);
            for (var s = 0; s < syllables; s++)
            {
                word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            }

            word.Append(Codas[random.Next(Codas.Length)]);
            var text = word.ToString();
            if (seen.Add(text)) words.Add(text);
        }

        return [.. words];
    }

    private static double[] BuildCumulative()
    {
        var cumulative = new double[Words.Length];
        var sum = 0.0;
        for (var i = 0; i < Words.Length; i++)
        {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        return cumulative;
    }
}
