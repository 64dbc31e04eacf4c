using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.Shared;

/// <summary>Just enough of a source to cite it next to a position, response or allegation.</summary>
public sealed record SourceRef(string Publisher, string Url, DateOnly? PublishedOn)
{
    public static SourceRef? From(Source? source) =>
        source is null ? null : new SourceRef(source.Publisher, source.Url, source.PublishedOn);
}
