using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Ceasefires;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;

namespace CeasefireTracker.Web.Features.Api;

/// <summary>A timeline item and its kind's facts as the JSON API writes them: enum values as their URL names, times in ISO 8601.</summary>
internal static class ApiEvents
{
    public static ApiEvent From(TimelineItem item, EventFacts? facts, Uri siteRoot) => new(
        item.Id, item.Slug, EventKindInfo.Of(item.Kind).UrlName, item.Title, item.Summary, item.OccurredOn, UrlNames.Of(item.DatePrecision),
        item.Window.StartIso(), item.Window.EndIso(), item.Window.EndPrecision is { } endPrecision && item.Window.HasEnd ? UrlNames.Of(endPrecision) : null,
        item.Window.TimeZone, item.Window.IsoLength, item.Place,
        [.. item.Actors.Select(Actor)],
        PublicUrls.Event(siteRoot, item.Slug).ToString(),
        facts?.Talks is { } talks ? Talks(talks, siteRoot) : null,
        facts?.Proposal is { } proposal ? Proposal(proposal, siteRoot) : null,
        facts?.Exchange is { } exchange ? Exchange(exchange) : null,
        [.. item.Representing.Select(r => new ApiRepresentation(Actor(r.Actor), UrlNames.Of(r.Role), Actor(r.Side)))]);

    private static ApiTalks Talks(TalksFacts t, Uri siteRoot) => new(
        UrlNames.Of(t.Format),
        t.DurationMinutes is { } minutes ? EventWindow.IsoDuration(TimeSpan.FromMinutes(minutes)) : null,
        UrlNames.Of(t.DurationQualifier),
        t.Round,
        t.Outcome,
        t.Track is { } track ? new ApiTrackRef(track.Slug, track.Name, PublicUrls.Page(siteRoot, "tracks/" + Uri.EscapeDataString(track.Slug)).ToString()) : null,
        t.RoundNumber);

    private static ApiProposal Proposal(ProposalFacts p, Uri siteRoot) => new(
        UrlNames.Of(p.Scope),
        p.Scope == CeasefireScope.Full ? "full" : "partial",
        p.CoverageDetail,
        Name(p.Declaration),
        Name(p.Form),
        Name(p.Purpose),
        UrlNames.Of(p.Status),
        p.AnnouncedOn,
        Name(p.EndedHow),
        p.EndedOn,
        Ref(p.Extends, siteRoot),
        [.. p.StatusHistory.Select(h => new ApiStatusStep(UrlNames.Of(h.Status), h.On))],
        [.. p.Responses.Select(r => new ApiResponse(Actor(r.Party), UrlNames.Of(r.Response), r.Conditions, r.RespondedOn, Ref(r.CounterProposal, siteRoot), Source(r.Source)))],
        [.. p.Violations.Select(v => new ApiViolation(Actor(v.Accuser), Actor(v.Accused), v.AllegedOn, v.Description, Source(v.Source)))]);

    private static ApiExchange Exchange(ExchangeFacts x) => new(
        [.. x.Lines.Select(l => new ApiExchangeCount(Actor(l.From), Actor(l.To), UrlNames.Of(l.Category), l.Count))],
        [.. x.Batches.Select(b => new ApiExchangeBatch(b.On, Actor(b.From), Actor(b.To), UrlNames.Of(b.Category), b.Count))],
        [.. x.Reports.Select(r => new ApiExchangeReport(Actor(r.ReportedBy), Actor(r.From), Actor(r.To), Name(r.Category), r.Count, r.ReportedOn, r.Note, Source(r.Source)))]);

    private static ApiActorRef Actor(ActorRef a) => new(a.Slug, a.Name);

    private static ApiEventRef? Ref(EventRef? e, Uri siteRoot) => e is null ? null : new ApiEventRef(e.Slug, e.Title, PublicUrls.Event(siteRoot, e.Slug).ToString());

    private static ApiSource? Source(SourceRef? s) => s is null ? null : new ApiSource(s.Publisher, s.Url, s.PublishedOn);

    private static string? Name<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? UrlNames.Of(v) : null;
}
