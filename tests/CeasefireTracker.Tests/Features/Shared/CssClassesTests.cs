using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Tests.Features.Shared;

/// <summary>One scheme for the classes of enum values, and a colour in css/site.css for every value readers see.</summary>
public sealed class CssClassesTests
{
    private static readonly string Site = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "CeasefireTracker.Web", "wwwroot", "css", "site.css"));

    [Fact]
    public void A_class_is_the_kind_of_value_and_its_url_name()
    {
        Assert.Equal("verdict-partly-true", CssClasses.Of(ClaimVerdict.PartlyTrue));
        Assert.Equal("stance-declines-to-comment", CssClasses.Of(ClaimStance.DeclinesToComment));
        Assert.Equal("status-in-force", CssClasses.Of(CeasefireStatus.InForce));
        Assert.Equal("response-accepted-with-conditions", CssClasses.Of(ProposalResponse.AcceptedWithConditions));
        Assert.Equal("kind-prisoner-exchange", CssClasses.Of(EventKind.PrisonerExchange));
        Assert.Equal("event-status-published", CssClasses.Of(EventStatus.Published));
        Assert.Throws<ArgumentException>(() => CssClasses.Of(DatePrecision.Day));
    }

    [Fact]
    public void Every_kind_verdict_stance_status_and_response_has_its_colour()
    {
        string[] classes =
        [
            .. Enum.GetValues<EventKind>().Select(v => CssClasses.Of(v)),
            .. Enum.GetValues<ClaimVerdict>().Select(v => CssClasses.Of(v)),
            .. Enum.GetValues<ClaimStance>().Select(v => CssClasses.Of(v)),
            .. Enum.GetValues<CeasefireStatus>().Select(v => CssClasses.Of(v)),
            .. Enum.GetValues<ProposalResponse>().Select(v => CssClasses.Of(v)),
        ];

        Assert.All(classes, c => Assert.Matches($@"\.{c} \{{ --(kind|tone): var\(--", Site));
    }
}
