using System.Text;

namespace CeasefireTracker.Web.Features.Accounts;

/// <summary>Return addresses after sign-in and sign-out come from the request, so only this site's own paths are followed.</summary>
public static class LocalUrls
{
    /// <summary>
    /// The address if it is a path of this site, else <paramref name="fallback"/>. Characters beyond ASCII (Cyrillic, a
    /// full-width solidus, an ideographic space) and spaces come back percent-encoded as UTF-8, the way a browser sends
    /// them: a Location header carries ASCII only, and encoded they stay part of the path instead of ending the redirect
    /// in a 500 or turning into a separator.
    /// </summary>
    public static string OrDefault(string? url, string fallback) =>
        url is { Length: > 0 and <= 2000 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl)
            ? AsciiOnly(url)
            : fallback;

    private static string AsciiOnly(string url)
    {
        if (url.All(c => c is > ' ' and <= '~')) return url;
        var ascii = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        // Runes, so a pair of surrogates is one character; a lone surrogate becomes U+FFFD.
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and <= '~')
            {
                ascii.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)]) ascii.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return ascii.ToString();
    }
}
