using System.Text.Json;
using System.Text.Json.Nodes;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Events;

/// <summary>
/// schema.org descriptions of an event for search engines and fact-check aggregators: an <c>Event</c> for every
/// kind, and a <c>ClaimReview</c> for a claim. Built as JSON nodes and written by System.Text.Json, whose default
/// encoder escapes &lt; &gt; &amp; and quotes, so no text from the data can close the surrounding script element.
/// </summary>
public static class StructuredDataJson
{
    private const string Site = "Ceasefire Tracker";

    /// <summary>One JSON-LD document per schema.org item the page describes.</summary>
    public static IReadOnlyList<string> For(Event ev, Uri siteRoot)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var documents = new List<JsonObject> { EventItem(ev, siteRoot) };
        if (ev is Claim claim) documents.Add(ClaimReview(claim, siteRoot));
        return [.. documents.Select(d => d.ToJsonString(JsonSerializerOptions.Default))];
    }

    private static JsonObject EventItem(Event ev, Uri siteRoot)
    {
        var item = Document("Event");
        var window = EventWindow.Of(ev);
        item["name"] = ev.Title;
        // ISO 8601: a date (a month as YYYY-MM), or a date-time with the offset of the zone it was given in.
        item["startDate"] = window.StartIso(reducedMonth: true);
        if (window.EndIso(reducedMonth: true) is { } end) item["endDate"] = end;
        if ((window.IsoLength ?? StatedDuration(ev)) is { } duration) item["duration"] = duration;
        item["url"] = PublicUrls.Event(siteRoot, ev.Slug).ToString();
        if (ev is Talks { Track: { } track } talks)
        {
            item["superEvent"] = new JsonObject
            {
                ["@type"] = "EventSeries",
                ["name"] = track.Name,
                ["url"] = PublicUrls.Page(siteRoot, "tracks/" + Uri.EscapeDataString(track.Slug)).ToString(),
            };
            if (talks.RoundNumber is { } round) item["alternateName"] = $"{track.Name}, round {round}";
        }

        if (!string.IsNullOrEmpty(ev.Summary)) item["description"] = ev.Summary;
        if (!string.IsNullOrEmpty(ev.Place)) item["location"] = new JsonObject { ["@type"] = "Place", ["name"] = ev.Place };

        // Hosts organise; parties, mediators, speakers, claimants and proposers take part; the rest is what it is about.
        AddActors(item, "organizer", ev, siteRoot, r => r == ParticipantRole.Host);
        AddActors(item, "performer", ev, siteRoot, r => r is not (ParticipantRole.Host or ParticipantRole.Subject or ParticipantRole.Mentioned));
        AddActors(item, "about", ev, siteRoot, r => r is ParticipantRole.Subject or ParticipantRole.Mentioned);
        return item;
    }

    private static JsonObject ClaimReview(Claim claim, Uri siteRoot)
    {
        var url = PublicUrls.Event(siteRoot, claim.Slug).ToString();
        var claimed = new JsonObject
        {
            ["@type"] = "Claim",
            ["datePublished"] = EventDates.Iso(claim.OccurredOn),
        };
        if (claim.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Claimant) is { Actor: { } claimant })
        {
            claimed["author"] = ActorItem(claimant, siteRoot);
        }

        if (claim.Sources.FirstOrDefault() is { } source)
        {
            claimed["appearance"] = new JsonObject { ["@type"] = "CreativeWork", ["url"] = source.Url, ["publisher"] = source.Publisher };
        }

        var review = Document("ClaimReview");
        review["url"] = url;
        review["claimReviewed"] = claim.ClaimText;
        review["itemReviewed"] = claimed;
        review["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = Site, ["url"] = siteRoot.ToString() };
        review["datePublished"] = EventDates.Iso(DateOnly.FromDateTime(
            (claim.VerdictHistory.Count > 0 ? claim.VerdictHistory.Max(v => v.DecidedAt) : claim.UpdatedAt).UtcDateTime));
        review["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = Labels.Words(claim.Verdict) };
        return review;
    }

    /// <summary>The talks' own duration (PT4H30M) when the report states one and gives no window.</summary>
    private static string? StatedDuration(Event ev) =>
        ev is Talks { DurationMinutes: { } minutes } ? EventWindow.IsoDuration(TimeSpan.FromMinutes(minutes)) : null;

    private static JsonObject Document(string type) => new() { ["@context"] = "https://schema.org", ["@type"] = type };

    private static void AddActors(JsonObject item, string property, Event ev, Uri siteRoot, Func<ParticipantRole, bool> roles)
    {
        var actors = ev.Participants.Where(p => roles(p.Role)).Select(p => p.Actor).DistinctBy(a => a.Id).ToList();
        if (actors.Count > 0) item[property] = new JsonArray([.. actors.Select(a => (JsonNode)ActorItem(a, siteRoot))]);
    }

    private static JsonObject ActorItem(Actor actor, Uri siteRoot) => new()
    {
        ["@type"] = actor.Kind switch
        {
            ActorKind.Person => "Person",
            ActorKind.State or ActorKind.GovernmentBody => "GovernmentOrganization",
            _ => "Organization",
        },
        ["name"] = actor.Name,
        ["url"] = PublicUrls.Actor(siteRoot, actor.Slug).ToString(),
    };
}
