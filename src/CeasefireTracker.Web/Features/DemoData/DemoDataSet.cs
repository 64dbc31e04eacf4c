using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.DemoData;

/// <summary>The demo actors and events, built fresh for each load (EF tracks the instances it inserts).</summary>
public sealed record DemoDataSet(IReadOnlyList<Actor> Actors, IReadOnlyList<Event> Events)
{
    public const string ArticleUrl = "https://www.aljazeera.com/news/2025/4/11/us-envoy-witkoff-meets-putin-in-russia-as-trump-urges-ceasefire";

    public static DemoDataSet Build(DateTimeOffset now)
    {
        var witkoff = new Actor { Slug = "steve-witkoff", Name = "Steve Witkoff", Kind = ActorKind.Person };
        var putin = new Actor { Slug = "vladimir-putin", Name = "Vladimir Putin", Kind = ActorKind.Person };
        var talks = new Talks
        {
            Slug = "witkoff-putin-saint-petersburg-2025-04-11",
            Title = "Witkoff and Putin meet in Saint Petersburg",
            Summary = "The US envoy and the Russian president talk for four and a half hours.",
            OccurredOn = new DateOnly(2025, 4, 11),
            Place = "Saint Petersburg",
            Status = EventStatus.Published,
            Format = TalksFormat.InPerson,
            DurationMinutes = 270,
            CreatedAt = now,
            UpdatedAt = now,
            Participants =
            [
                new EventParticipant { Actor = witkoff, Role = ParticipantRole.Party },
                new EventParticipant { Actor = putin, Role = ParticipantRole.Party },
            ],
            Sources = [new Source { Publisher = "Al Jazeera", Url = ArticleUrl, PublishedOn = new DateOnly(2025, 4, 11) }],
        };
        return new DemoDataSet([witkoff, putin], [talks]);
    }
}
