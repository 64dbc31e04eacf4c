using System.Globalization;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Web.Features.Admin.Events;

/// <summary>One field of an event as a person reads it; lists are one line per row.</summary>
public sealed record FieldText(string Field, string Value);

/// <summary>A field that differs between two versions of an event.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>
/// An event's editable state as labelled text, the same labels the form uses, so a history diff and a conflict
/// notice read field by field ("Participants", "Sources", "Verdict") rather than as JSON.
/// </summary>
public static class EventDraftText
{
    public static IReadOnlyList<FieldText> Describe(EventDraft d)
    {
        var sources = d.Sources.ToDictionary(s => s.Key, s => s.Url);
        string Cite(string? key) => key is not null && sources.TryGetValue(key, out var url) ? $" [{url}]" : "";

        var fields = new List<FieldText>
        {
            new("Status", Labels.Words(d.Status)),
            new("Title", d.Title),
            new("Summary", d.Summary ?? ""),
            new("Date", d.OccurredOn is { } on ? $"{Day(on)} ({Labels.Words(d.DatePrecision).ToLowerInvariant()})" : ""),
            new("Start time", Time(d.StartTime)),
            new("End", d.EndsOn is { } end ? $"{Day(end)}{(d.EndTime is { } endTime ? " " + Time(endTime) : "")} ({Labels.Words(d.EndPrecision).ToLowerInvariant()})" : ""),
            new("Time zone", d.TimeZone ?? ""),
            new("Place", d.Place ?? ""),
            new("Participants", Lines(d.Participants, p => $"{p.Actor?.Name} — {Labels.Words(p.Role)}" + (p.Represents is { } side ? $" (for {side.Name})" : ""))),
            new("Sources", Lines(d.Sources, s => Join(s.Publisher, s.Url, Day(s.PublishedOn)) + (s.Excerpt is null ? "" : $": “{s.Excerpt}”"))),
            new("Related events", Lines(d.Links, l => $"{l.Event?.Title}" + (l.Relation is null ? "" : $" ({l.Relation})"))),
        };

        if (d.Talks is { } t)
        {
            fields.Add(new("Format", Labels.Words(t.Format)));
            fields.Add(new("Duration (minutes)", t.DurationMinutes is null || t.DurationQualifier == DurationQualifier.Exact
                ? Number(t.DurationMinutes)
                : $"{Labels.Words(t.DurationQualifier).ToLowerInvariant()} {Number(t.DurationMinutes)}"));
            fields.Add(new("Round", t.Round ?? ""));
            fields.Add(new("Track", t.Track is null ? "" : t.Track.Name + (t.RoundNumber is { } n ? $", round {Number(n)}" : "")));
            fields.Add(new("Outcome", t.Outcome ?? ""));
        }

        if (d.Statement is { } s)
        {
            fields.Add(new("Quote", s.Quote));
            fields.Add(new("Platform", s.Platform ?? ""));
            fields.Add(new("Language", s.Language));
        }

        if (d.Claim is { } c)
        {
            fields.Add(new("Claim", c.ClaimText));
            fields.Add(new("Verdict", Labels.Words(c.Verdict)));
            fields.Add(new("Reason for the verdict", c.VerdictReason ?? ""));
            fields.Add(new("Positions", Lines(c.Positions,
                p => $"{p.Actor?.Name}: {Labels.Words(p.Stance).ToLowerInvariant()} on {Day(p.StatedOn)}" + (p.Note is null ? "" : $" — {p.Note}") + Cite(p.SourceKey))));
        }

        if (d.Exchange is { } x)
        {
            fields.Add(new("Released", Lines(x.Lines, l => $"{l.From?.Name} → {l.To?.Name}: {Number(l.Count)} {Labels.Words(l.Category).ToLowerInvariant()}")));
            fields.Add(new("Named detainees", Lines(x.Detainees,
                p => $"{p.Name} ({Labels.Words(p.Category).ToLowerInvariant()}), {p.ReleasedBy?.Name} → {p.ReleasedTo?.Name}" + (p.Note is null ? "" : $" — {p.Note}"))));
            fields.Add(new("Batches", Lines(x.Batches,
                b => $"{Day(b.On)}: {b.From?.Name} → {b.To?.Name}: {Number(b.Count)} {Labels.Words(b.Category).ToLowerInvariant()}")));
            fields.Add(new("Reported figures", Lines(x.Reports,
                r => $"{r.ReportedBy?.Name} says {r.From?.Name} → {r.To?.Name}: {Number(r.Count)} {(r.Category is { } c ? Labels.Words(c).ToLowerInvariant() : "in all")}"
                    + (r.ReportedOn is null ? "" : $" on {Day(r.ReportedOn)}") + (r.Note is null ? "" : $" — {r.Note}") + Cite(r.SourceKey))));
        }

        if (d.Proposal is { } pr)
        {
            fields.Add(new("Scope", Labels.Words(pr.Scope)));
            fields.Add(new("Ceasefire status", Labels.Words(pr.Status)));
            // Only a snapshot from before windows, or a form that still asks for days, has a length in days.
            if (pr.DurationDays is not null) fields.Add(new("Duration (days)", Number(pr.DurationDays)));
            fields.Add(new("Declaration", Optional(pr.Declaration)));
            fields.Add(new("Form", Optional(pr.Form)));
            fields.Add(new("Purpose", Optional(pr.Purpose)));
            fields.Add(new("Coverage", pr.CoverageDetail ?? ""));
            fields.Add(new("Announced on", Day(pr.AnnouncedOn)));
            fields.Add(new("Ended", pr.EndedHow is null && pr.EndedOn is null ? "" : $"{Optional(pr.EndedHow).ToLowerInvariant()} {Day(pr.EndedOn)}".Trim()));
            fields.Add(new("Extends", pr.Extends?.Title ?? ""));
            fields.Add(new("Status history", Lines(pr.StatusHistory,
                h => $"{Day(h.On)}: {Labels.Words(h.Status).ToLowerInvariant()}" + (h.Note is null ? "" : $" — {h.Note}") + Cite(h.SourceKey))));
            fields.Add(new("Responses", Lines(pr.Responses,
                r => $"{r.Actor?.Name}: {Labels.Words(r.Response).ToLowerInvariant()}" + (r.RespondedOn is null ? "" : $" on {Day(r.RespondedOn)}")
                    + (r.Conditions is null ? "" : $" — {r.Conditions}") + (r.CounterProposal is { } counter ? $" → {counter.Title}" : "") + Cite(r.SourceKey))));
            fields.Add(new("Violation allegations", Lines(pr.Violations,
                v => $"{Day(v.AllegedOn)}: {v.Accuser?.Name} accuses {v.Accused?.Name} — {v.Description}" + Cite(v.SourceKey))));
        }

        return fields;
    }

    /// <summary>The fields whose text differs, in form order.</summary>
    public static IReadOnlyList<FieldChange> Compare(EventDraft before, EventDraft after)
    {
        var old = Describe(before).ToDictionary(f => f.Field, f => f.Value);
        return Describe(after)
            .Where(f => !old.TryGetValue(f.Field, out var value) || value != f.Value)
            .Select(f => new FieldChange(f.Field, old.GetValueOrDefault(f.Field, ""), f.Value))
            .ToList();
    }

    /// <summary>
    /// The label a person reads for a property of the draft ("Talks.DurationMinutes" → "Duration (minutes)"), the
    /// one <see cref="Describe"/> uses; a property this list does not know yet is named from its own name.
    /// </summary>
    public static string LabelOf(string path) => PathLabels.TryGetValue(path, out var label)
        ? label
        : Labels.Words(path[(path.LastIndexOf('.') + 1)..]);

    private static readonly Dictionary<string, string> PathLabels = new(StringComparer.Ordinal)
    {
        ["Title"] = "Title", ["Summary"] = "Summary", ["OccurredOn"] = "Date", ["DatePrecision"] = "Date", ["Place"] = "Place",
        ["Participants"] = "Participants", ["Sources"] = "Sources", ["Links"] = "Related events",
        ["Talks.Format"] = "Format", ["Talks.DurationMinutes"] = "Duration (minutes)", ["Talks.Round"] = "Round", ["Talks.Outcome"] = "Outcome",
        ["Statement.Quote"] = "Quote", ["Statement.Platform"] = "Platform", ["Statement.Language"] = "Language",
        ["Claim.ClaimText"] = "Claim", ["Claim.Verdict"] = "Verdict", ["Claim.VerdictReason"] = "Reason for the verdict", ["Claim.Positions"] = "Positions",
        ["Exchange.Lines"] = "Released", ["Exchange.Detainees"] = "Named detainees",
        ["Proposal.Scope"] = "Scope", ["Proposal.Status"] = "Ceasefire status", ["Proposal.DurationDays"] = "Duration (days)",
        ["Proposal.Responses"] = "Responses", ["Proposal.Violations"] = "Violation allegations",
        ["StartTime"] = "Start time", ["EndsOn"] = "End", ["EndTime"] = "End", ["EndPrecision"] = "End", ["TimeZone"] = "Time zone",
        ["Talks.DurationQualifier"] = "Duration (minutes)", ["Talks.Track"] = "Track", ["Talks.RoundNumber"] = "Track",
        ["Exchange.Batches"] = "Batches", ["Exchange.Reports"] = "Reported figures",
        ["Proposal.Declaration"] = "Declaration", ["Proposal.Form"] = "Form", ["Proposal.Purpose"] = "Purpose", ["Proposal.CoverageDetail"] = "Coverage",
        ["Proposal.AnnouncedOn"] = "Announced on", ["Proposal.EndedHow"] = "Ended", ["Proposal.EndedOn"] = "Ended",
        ["Proposal.Extends"] = "Extends", ["Proposal.StatusHistory"] = "Status history",
    };

    private static string Lines<T>(IEnumerable<T> rows, Func<T, string> line) => string.Join("\n", rows.Select(line));

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";

    private static string Optional<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Labels.Words(v) : "";
}
