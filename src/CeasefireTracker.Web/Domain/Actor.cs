namespace CeasefireTracker.Web.Domain;

public enum ActorKind
{
    Person,
    State,
    GovernmentBody,
    InternationalOrganisation,
    ArmedGroup,
    Media,
}

/// <summary>
/// Anyone who takes part in ceasefire diplomacy: a person, a state, a ministry, an organisation.
/// Affiliation forms a chain (Peskov → Kremlin → Russia) so readers can climb from a person to a party.
/// </summary>
public class Actor
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public ActorKind Kind { get; set; }
    public string? Description { get; set; }

    public int? AffiliationId { get; set; }
    public Actor? Affiliation { get; set; }

    public List<ActorAlias> Aliases { get; set; } = [];
    public List<ActorTitle> Titles { get; set; } = [];
}

/// <summary>Another spelling or script of an actor's name (Zelenskyy, Зеленський).</summary>
public class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public required string Name { get; set; }

    /// <summary>BCP 47 tag of the alias's language, when it is a transliteration or translation.</summary>
    public string? Language { get; set; }
}

/// <summary>An office or role an actor held, with the dates it was held (open-ended when still held).</summary>
public class ActorTitle
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public required string Title { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
