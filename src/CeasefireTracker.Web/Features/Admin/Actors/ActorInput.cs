using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Admin.Actors;

/// <summary>What the actor form edits. Mutable so the form can bind to it; the service checks every value again.</summary>
public sealed class ActorInput
{
    public string Name { get; set; } = "";

    /// <summary>Made from the name when left empty.</summary>
    public string? Slug { get; set; }

    public ActorKind Kind { get; set; } = ActorKind.Person;
    public string? Description { get; set; }
    public int? AffiliationId { get; set; }

    /// <summary>Shown next to the affiliation choice; not saved.</summary>
    public string? AffiliationName { get; set; }

    public List<TitleInput> Titles { get; set; } = [];
    public List<AliasInput> Aliases { get; set; } = [];
}

public sealed class TitleInput
{
    public string Title { get; set; } = "";
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class AliasInput
{
    public string Name { get; set; } = "";

    /// <summary>BCP 47 tag (uk, ru, en-GB).</summary>
    public string? Language { get; set; }
}

/// <summary>The outcome of a save: the saved actor, or messages by field ("Name", "Titles[0].To", …) for the form.</summary>
public sealed record ActorSaveResult(ActorRef? Saved, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Saved is not null;
}
