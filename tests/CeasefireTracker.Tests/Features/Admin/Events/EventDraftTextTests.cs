using System.Reflection;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Admin.Events;

namespace CeasefireTracker.Tests.Features.Admin.Events;

/// <summary>Every property an editor can change is named in the history and the three-way merge by the label the history shows.</summary>
public sealed class EventDraftTextTests
{
    public static TheoryData<EventKind> Kinds => [.. Enum.GetValues<EventKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_property_of_a_draft_has_the_label_of_a_field_the_history_describes(EventKind kind)
    {
        var draft = EventDraft.New(kind);
        // A legacy length in days is described only while it is set.
        if (draft.Proposal is { } proposal) proposal.DurationDays = 3;
        var described = EventDraftText.Describe(draft).Select(f => f.Field).ToHashSet();
        var details = typeof(EventDraft).GetProperties().Where(p => IsDetails(p) && p.GetValue(draft) is not null).ToList();
        var paths = typeof(EventDraft).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(EventDraft.Kind) or nameof(EventDraft.Status)) && !IsDetails(p))
            .Select(p => p.Name)
            .Concat(details.SelectMany(d => d.PropertyType.GetProperties().Select(p => $"{d.Name}.{p.Name}")))
            .ToList();

        var unnamed = paths.Where(path => !described.Contains(EventDraftText.LabelOf(path))).Select(path => $"{path} → “{EventDraftText.LabelOf(path)}”").ToList();

        Assert.NotEmpty(details);
        Assert.Empty(unnamed);
    }

    private static bool IsDetails(PropertyInfo p) => p.PropertyType.Name.EndsWith("Draft", StringComparison.Ordinal);
}
