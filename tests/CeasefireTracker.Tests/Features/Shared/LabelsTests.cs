using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Tests.Features.Shared;

public sealed class LabelsTests
{
    [Theory]
    [InlineData(ProposalResponse.AcceptedWithConditions, "Accepted with conditions")]
    [InlineData(ProposalResponse.CounterProposal, "Counter-proposal")]
    [InlineData(ProposalResponse.NoResponse, "No response")]
    public void A_response_reads_as_words_with_the_hyphen_its_name_needs(ProposalResponse response, string words) =>
        Assert.Equal(words, Labels.Words(response));

    [Fact]
    public void A_proper_name_keeps_its_capitals() =>
        Assert.Equal(["Full", "Energy infrastructure", "Black Sea", "Aerial strikes", "Other"], Enum.GetValues<CeasefireScope>().Select(Labels.Words));
}
