using CeasefireTracker.Web.Features.Shared;

namespace CeasefireTracker.Tests.Features.Shared;

/// <summary>One language-tag rule (RFC 5646's well-formed syntax) for statements and aliases alike.</summary>
public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("yue")]
    [InlineData("pt-BR")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn")]
    [InlineData("es-419")]
    [InlineData("de-CH-1996")]
    [InlineData("en-a-bbb")]
    [InlineData("de-x-a")]
    public void Well_formed_bcp_47_tags_are_taken(string tag) => Assert.True(LanguageTags.IsWellFormed(tag));

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("not a language")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("en--GB")]
    [InlineData("12")]
    [InlineData("toolongprimary")]
    [InlineData("en-toolongsub")]
    [InlineData("zh-Hant-TW-x-private1")]
    public void Anything_else_is_refused(string tag) => Assert.False(LanguageTags.IsWellFormed(tag));
}
