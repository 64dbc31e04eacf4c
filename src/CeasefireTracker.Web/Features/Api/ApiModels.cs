using System.ComponentModel;

namespace CeasefireTracker.Web.Features.Api;

/// <summary>A page of results and how to get the next one.</summary>
public sealed record ApiPage<T>(
    IReadOnlyList<T> Items,
    [property: Description("Pass as `after` to get the next page; null on the last page.")] string? Next,
    [property: Description("The address of the next page, with the same filter; null on the last page.")] string? NextUrl);

[Description("A published event.")]
public sealed record ApiEvent(
    long Id,
    [property: Description("Stable name in URLs: /events/{slug}.")] string Slug,
    [property: Description("talks, statement, claim, prisoner-exchange or ceasefire-proposal.")] string Kind,
    string Title,
    string? Summary,
    [property: Description("The date, as exactly as datePrecision says: for `month`, only year and month are meaningful.")] DateOnly OccurredOn,
    [property: Description("day, month or approximate.")] string DatePrecision,
    string? Place,
    [property: Description("Participants: parties and speakers first.")] IReadOnlyList<ApiActorRef> Actors,
    [property: Description("The event's page.")] string Url);

public sealed record ApiActorRef(string Slug, string Name);

[Description("Anyone who takes part in ceasefire diplomacy.")]
public sealed record ApiActor(
    int Id,
    string Slug,
    string Name,
    [property: Description("person, state, government-body, international-organisation, armed-group or media.")] string Kind,
    [property: Description("The slug of the actor this one belongs to (Peskov → kremlin), if any.")] string? AffiliationSlug);
