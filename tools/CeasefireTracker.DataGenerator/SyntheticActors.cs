using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.DataGenerator;

/// <summary>
/// Generated actors, most active first: actor 1 takes part in far more events than actor 5,000, as a few states
/// and envoys dominate real coverage. People belong to bodies, bodies to states; aliases in Cyrillic and in other
/// Latin spellings give name search something to find.
/// </summary>
internal sealed class SyntheticActors
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["actors"] = "id, slug, name, kind, description, affiliation_id",
        ["actor_aliases"] = "id, actor_id, name, language",
        ["actor_titles"] = "id, actor_id, title, \"from\", \"to\"",
    };

    private static readonly (ActorKind Kind, int Weight)[] KindWeights =
    [
        (ActorKind.Person, 60), (ActorKind.State, 4), (ActorKind.GovernmentBody, 12),
        (ActorKind.InternationalOrganisation, 6), (ActorKind.ArmedGroup, 8), (ActorKind.Media, 10),
    ];

    private static readonly string[] Offices = ["Special Envoy", "Foreign Minister", "Spokesperson", "Head of Delegation", "Ombudsman", "Deputy Prime Minister", "Chief Negotiator"];

    private readonly ActorKind[] kinds;
    private readonly string[] names;
    private readonly string[] slugs;
    private readonly int?[] affiliations;
    private readonly Random random;

    private SyntheticActors(Random random, int count)
    {
        this.random = random;
        kinds = new ActorKind[count];
        names = new string[count];
        slugs = new string[count];
        affiliations = new int?[count];
    }

    public int Count => kinds.Length;

    public ActorKind Kind(int index) => kinds[index];

    public string Name(int index) => names[index];

    /// <summary>An actor index drawn with a heavy head: index 0 about once in 17 draws, the last rarely ever.</summary>
    public int Draw(Random from) => (int)(Count * Math.Pow(from.NextDouble(), 3));

    public static SyntheticActors Build(Random random, int count)
    {
        var actors = new SyntheticActors(random, count);
        for (var i = 0; i < count; i++)
        {
            // The first actors are the two main states, so every run has them at the top of the coverage.
            actors.kinds[i] = i < 2 ? ActorKind.State : SyntheticNames.PickWeighted(random, KindWeights);
        }

        var states = Enumerable.Range(0, count).Where(i => actors.kinds[i] == ActorKind.State).ToList();
        var bodies = Enumerable.Range(0, count).Where(i => actors.kinds[i] == ActorKind.GovernmentBody).ToList();
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var state = SyntheticNames.Pick(random, states);
            (actors.names[i], actors.affiliations[i]) = actors.kinds[i] switch
            {
                ActorKind.State => (SyntheticNames.State(states.IndexOf(i)), (int?)null),
                ActorKind.GovernmentBody => (SyntheticNames.GovernmentBody(random, actors.names[state] ?? SyntheticNames.State(states.IndexOf(state))), state),
                ActorKind.InternationalOrganisation => (SyntheticNames.Organisation(random), null),
                ActorKind.ArmedGroup => (SyntheticNames.ArmedGroup(random), random.Next(2) == 0 ? state : null),
                ActorKind.Media => (SyntheticNames.MediaOutlet(random), state),
                _ => (SyntheticNames.Person(random), bodies.Count > 0 && random.Next(10) < 7 ? SyntheticNames.Pick(random, bodies) : state),
            };

            var slug = SyntheticNames.Slug(actors.names[i]);
            for (var n = 2; !usedSlugs.Add(slug); n++) slug = $"{SyntheticNames.Slug(actors.names[i])}-{n}";
            actors.slugs[i] = slug;
        }

        return actors;
    }

    public void Write(CopyWriterSet writers)
    {
        var aliasId = 0;
        var titleId = 0;
        for (var i = 0; i < Count; i++)
        {
            var description = random.Next(3) == 0 ? $"Generated {kinds[i].ToString().ToLowerInvariant()} for benchmarks." : null;
            writers["actors"].Row().Int(i + 1).Text(slugs[i]).Text(names[i]).Enum(kinds[i]).Text(description).Int(affiliations[i] + 1);

            if (kinds[i] is ActorKind.Person or ActorKind.State && random.Next(10) < 6)
            {
                writers["actor_aliases"].Row().Int(++aliasId).Int(i + 1).Text(SyntheticNames.ToCyrillic(names[i])).Text(random.Next(2) == 0 ? "uk" : "ru");
            }

            if (kinds[i] == ActorKind.Person && random.Next(10) < 3)
            {
                writers["actor_aliases"].Row().Int(++aliasId).Int(i + 1).Text(SyntheticNames.OtherSpelling(names[i])).Text("en");
            }

            if (kinds[i] == ActorKind.Person)
            {
                for (var t = random.Next(3); t > 0; t--)
                {
                    var from = DataGenerator.FirstDay.AddDays(random.Next(DataGenerator.Days));
                    DateOnly? to = random.Next(2) == 0 ? from.AddDays(random.Next(30, 1500)) : null;
                    writers["actor_titles"].Row().Int(++titleId).Int(i + 1).Text(SyntheticNames.Pick(random, Offices)).Date(from).Date(to);
                }
            }
        }
    }
}
