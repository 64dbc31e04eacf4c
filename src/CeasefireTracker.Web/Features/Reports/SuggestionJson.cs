using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// The suggestions as the <c>suggest</c> command prints them: one object per proposed event, enum values as the
/// timeline's URL names (kind=talks, prisoner-exchange…), dates as ISO days, actors with their slug or null when new.
/// </summary>
public static class SuggestionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Quotes and names in any script stay readable in the output; it is data, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ReportSuggestions suggestions) =>
        JsonSerializer.Serialize(suggestions.Events.Select(e => ToJson(e, suggestions)).ToList(), Options);

    private static Item ToJson(EventSuggestion e, ReportSuggestions report) => new(
        e.Index,
        UrlNames.Of(e.Kind),
        e.Title,
        e.Date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        e.Date is null ? null : UrlNames.Of(e.Date.Precision),
        e.Date?.Words,
        e.Place,
        e.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        e.TimeZone,
        [.. e.Participants.Select(p => new ActorItem(p.Actor.Name, p.Actor.Slug, UrlNames.Of(p.Role), p.Represents?.Name))],
        e.Quote,
        e.Platform,
        e.ClaimText,
        e.Positions.Count == 0 ? null : [.. e.Positions.Select(p => new PositionItem(p.Actor.Name, p.Actor.Slug, UrlNames.Of(p.Stance), Day(p.StatedOn)))],
        e.Responses.Count == 0 ? null : [.. e.Responses.Select(r => new ResponseItem(r.Actor.Name, r.Actor.Slug, UrlNames.Of(r.Response), r.Conditions, Day(r.RespondedOn)))],
        e.Scope is { } scope ? UrlNames.Of(scope) : null,
        e.Status is { } status ? UrlNames.Of(status) : null,
        e.Declaration is { } declaration ? UrlNames.Of(declaration) : null,
        e.Lines.Count == 0 ? null : [.. e.Lines.Select(l => new LineItem(l.From?.Name, l.To?.Name, UrlNames.Of(l.Category), l.Count))],
        e.Detainees.Count == 0 ? null : [.. e.Detainees.Select(d => new DetaineeItem(d.Name, d.ReleasedBy?.Name, d.ReleasedTo?.Name, UrlNames.Of(d.Category)))],
        e.Figures.Count == 0 ? null : [.. e.Figures.Select(f => new FigureItem(f.ReportedBy.Name, f.From?.Name, f.To?.Name, f.Count, f.Category is { } c ? UrlNames.Of(c) : null))],
        e.Violations.Count == 0 ? null : [.. e.Violations.Select(v => new ViolationItem(v.Accuser?.Name, v.Accused?.Name, v.Description))],
        e.Format is { } format ? UrlNames.Of(format) : null,
        e.DurationMinutes,
        e.DurationMinutes is null ? null : UrlNames.Of(e.DurationQualifier),
        e.DurationDays,
        e.Round,
        e.Quantities.Count == 0 ? null : [.. e.Quantities.Select(q => new QuantityItem(UrlNames.Of(q.Kind), q.Value, q.Unit, q.Approximate, q.Words))],
        [.. e.Sentences.Select(i => report.Sentences[i].Text)],
        e.Links.Count == 0 ? null : [.. e.Links.Select(l => new LinkItem(l.To, l.Relation))],
        e.Inferred,
        e.Existing?.Slug);

    private static string? Day(SuggestedDate? date) => date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Item(
        int Index, string Kind, string Title, string? Start, string? DatePrecision, string? DateWords, string? Place,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StartTime,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TimeZone,
        IReadOnlyList<ActorItem> Actors,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Quote,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Platform,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Claim,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PositionItem>? Positions,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ResponseItem>? Responses,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Declaration,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LineItem>? Lines,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<DetaineeItem>? Detainees,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FigureItem>? Figures,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ViolationItem>? Violations,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DurationMinutes,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DurationQualifier,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DurationDays,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Round,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<QuantityItem>? Quantities,
        IReadOnlyList<string> Sentences,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LinkItem>? Links,
        bool Inferred,
        string? Existing);

    private sealed record ActorItem(string Name, string? Slug, string Role,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Represents);

    private sealed record FigureItem(string ReportedBy, string? From, string? To, int Count, string? Category);

    private sealed record PositionItem(string Actor, string? Slug, string Stance, string? Date);

    private sealed record ResponseItem(string Actor, string? Slug, string Response, string? Conditions, string? Date);

    private sealed record LineItem(string? From, string? To, string Category, int? Count);

    private sealed record DetaineeItem(string Name, string? ReleasedBy, string? ReleasedTo, string Category);

    private sealed record ViolationItem(string? Accuser, string? Accused, string Description);

    private sealed record QuantityItem(string Kind, decimal Value, string Unit, bool Approximate, string Words);

    private sealed record LinkItem(int To, string Relation);
}
