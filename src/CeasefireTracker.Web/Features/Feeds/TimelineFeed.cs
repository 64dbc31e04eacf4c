using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CeasefireTracker.Web.Features.Api;
using CeasefireTracker.Web.Features.Events;
using CeasefireTracker.Web.Features.Shared;
using CeasefireTracker.Web.Features.Timeline;
using CeasefireTracker.Web.Infrastructure;

namespace CeasefireTracker.Web.Features.Feeds;

/// <summary>
/// <c>/feed.atom</c>: the newest events of a timeline filter as an Atom 1.0 feed, so a reader can follow one actor
/// (or any filter) in a feed reader. Written by System.ServiceModel.Syndication, which escapes and formats the XML.
/// </summary>
public static class TimelineFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int EntryCount = 50;
    private const string Site = "Ceasefire Tracker";

    /// <summary>The year in tag: URIs (RFC 4151); it never changes, or every entry would look new to feed readers.</summary>
    private const string TagYear = "2025";

    public static IEndpointRouteBuilder MapTimelineFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", GetFeedAsync)
            .CacheOutput(PublicPageCache.Policy)
            .WithName("TimelineFeed")
            .WithTags("Data")
            .WithSummary("The newest events of a timeline filter, as an Atom feed")
            .WithDescription($"The {EntryCount} newest published events matching the same filter parameters as /timeline, " +
                "for example /feed.atom?actor=steve-witkoff to follow one actor.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(TimelineParameters.DescribeAsync);
        return app;
    }

    private static async Task<IResult> GetFeedAsync(
        HttpRequest request, TimelineService timeline, EntryDatesService dates, EventFactsService facts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var parsed = TimelineFilter.FromQuery(request.Query);
        var result = await timeline.GetPageAsync(parsed.Filter, EntryCount, cancellationToken);
        var problems = FilterProblems.Of(parsed, result);
        if (problems.Count > 0) return FilterProblems.BadRequest(problems);

        var entryDates = await dates.GetAsync([.. result.Items.Select(i => i.Id)], cancellationToken);
        var details = await facts.GetAsync(result.Items, parsed.Filter.Kinds, cancellationToken);
        var feed = Build(parsed.Filter, result, entryDates, details, PublicUrls.SiteRoot(request), request.Host.Host, clock.GetUtcNow());
        return TypedResults.Bytes(Write(feed), ContentType);
    }

    internal static SyndicationFeed Build(
        TimelineFilter filter, TimelineResult result, IReadOnlyDictionary<long, EntryDates> entryDates, IReadOnlyDictionary<long, EventFacts> facts,
        Uri siteRoot, string host, DateTimeOffset now)
    {
        var query = filter.ToQueryString();
        var actorScheme = PublicUrls.Page(siteRoot, "actors").ToString();
        var items = result.Items.Select(item =>
        {
            var kind = EventKindInfo.Of(item.Kind);
            var when = entryDates.TryGetValue(item.Id, out var d) ? d : new EntryDates(now, now);
            var entry = new SyndicationItem
            {
                Id = Tag(host, $"event:{item.Id.ToString(CultureInfo.InvariantCulture)}"),
                Title = new TextSyndicationContent(item.Title),
                Summary = new TextSyndicationContent(Summary(item, facts.GetValueOrDefault(item.Id))),
                LastUpdatedTime = when.UpdatedAt,
                PublishDate = when.CreatedAt,
            };
            entry.Links.Add(SyndicationLink.CreateAlternateLink(PublicUrls.Event(siteRoot, item.Slug), "text/html"));
            entry.Categories.Add(new SyndicationCategory(kind.UrlName, null, kind.Label));
            // The actors are what the event is about, not who wrote the entry: categories, not authors.
            foreach (var actor in item.Actors)
            {
                entry.Categories.Add(new SyndicationCategory(actor.Slug, actorScheme, actor.Name));
            }

            return entry;
        }).ToList();

        var feed = new SyndicationFeed(items)
        {
            Id = Tag(host, "timeline" + query),
            Title = new TextSyndicationContent(Describe(filter, result.SelectedActors)),
            Generator = Site,
            LastUpdatedTime = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : now,
        };
        feed.Authors.Add(new SyndicationPerson { Name = Site, Uri = siteRoot.ToString() });
        feed.Links.Add(SyndicationLink.CreateSelfLink(PublicUrls.Page(siteRoot, "feed.atom", query), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(PublicUrls.Page(siteRoot, "timeline", query), "text/html"));
        return feed;
    }

    /// <summary>The feed's title in words: "Ceasefire Tracker: Talks and statements involving Steve Witkoff, from 1 February 2025".</summary>
    internal static string Describe(TimelineFilter filter, IReadOnlyList<ActorRef> actors)
    {
        var what = filter.Kinds.Count == 0
            ? "Events"
            : JoinWords(filter.Kinds.Select((k, i) => i == 0 ? EventKindInfo.Of(k).PluralLabel : EventKindInfo.Of(k).PluralLabel.ToLowerInvariant()));
        var text = new StringBuilder($"{Site}: {what}");
        if (actors.Count > 0) text.Append(" involving ").Append(JoinWords(actors.Select(a => a.Name)));
        if (filter.From is { } from) text.Append(", from ").Append(EventDates.Format(from, Domain.DatePrecision.Day));
        if (filter.To is { } to) text.Append(filter.From is null ? ", until " : " to ").Append(EventDates.Format(to, Domain.DatePrecision.Day));
        return text.ToString();
    }

    private static string JoinWords(IEnumerable<string> words) => words.ToList() switch
    {
        [] => "",
        [var only] => only,
        [.. var first, var last] => string.Join(", ", first) + " and " + last,
    };

    /// <summary>When and where, what happened, then the kind's facts: "19 April 2025, 18:00 – 21 April 2025, 00:00 Moscow time (30 hours). …".</summary>
    private static string Summary(TimelineItem item, EventFacts? facts)
    {
        var when = item.Window.Describe();
        var where = string.IsNullOrEmpty(item.Place) ? "" : $", {item.Place}";
        var text = string.IsNullOrEmpty(item.Summary) ? $"{when}{where}." : $"{when}{where}. {item.Summary}";
        return EventFactsText.Describe(item.Representing, facts) is { Length: > 0 } more ? $"{text} {more}" : text;
    }

    /// <summary>A tag: URI (RFC 4151) under the site's host name: permanent and unique without a registry.</summary>
    private static string Tag(string host, string specific) => $"tag:{host},{TagYear}:{specific}";

    private static byte[] Write(SyndicationFeed feed)
    {
        // Fifty entries are small: formatted in memory, then sent in one write (Kestrel forbids synchronous writes).
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return buffer.ToArray();
    }
}
