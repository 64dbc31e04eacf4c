using CeasefireTracker.Web.Features.Accounts;

namespace CeasefireTracker.Tests.Features.Accounts;

public sealed class LocalUrlsTests
{
    [Theory]
    [InlineData("/admin/events/3/edit", "/admin/events/3/edit")]
    [InlineData("/", "/")]
    [InlineData(null, "/admin")]
    [InlineData("", "/admin")]
    [InlineData("admin", "/admin")]
    [InlineData("//evil.example", "/admin")]
    [InlineData("/\\evil.example", "/admin")]
    [InlineData("https://evil.example/", "/admin")]
    [InlineData("javascript:alert(1)", "/admin")]
    [InlineData("/admin\r\nSet-Cookie: x=1", "/admin")]
    public void Only_paths_of_this_site_are_followed(string? url, string expected) =>
        Assert.Equal(expected, LocalUrls.OrDefault(url, "/admin"));
}
