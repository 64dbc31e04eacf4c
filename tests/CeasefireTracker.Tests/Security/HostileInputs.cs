using System.Text;

namespace CeasefireTracker.Tests.Security;

/// <summary>One hostile input: its text, how it goes into a URL, and whether it could ever be a well-formed value.</summary>
/// <param name="Category">What kind of attack or oddity it is, for the failure messages.</param>
/// <param name="Text">The value as the app receives it once decoded.</param>
/// <param name="Encoded">The value as it goes into a URL: percent-encoded, or raw bytes for encoding tricks.</param>
/// <param name="NeverWellFormed">True when no slug, date, number or name from a list looks like it, so a parameter
/// of a fixed form must refuse it; false for dates, numbers and case or normalisation variants, which may be valid.</param>
public sealed record HostileInput(string Category, string Text, string Encoded, bool NeverWellFormed)
{
    public override string ToString() => $"{Category}: {Encoded[..Math.Min(Encoded.Length, 80)]}";
}

/// <summary>
/// Inputs that have broken web apps: script and HTML injection, SQL and full-text query metacharacters, very long
/// strings, bidirectional and invisible characters, emoji, NUL and control characters, impossible dates,
/// malformed URLs, extreme numbers, Unicode normalisation and case-folding oddities, and percent-encoding tricks.
/// Every markup payload names <see cref="Marker"/> in a tag, an attribute name, an event handler or a
/// <c>javascript:</c> URL, so <see cref="InjectedMarkup"/> can tell an injected element from echoed text.
/// Use it for query parameters, route values and form fields alike.
/// </summary>
public static class HostileInputs
{
    public const string Marker = "ctxss";

    private static readonly string[] Markup =
    [
        "<script>ctxss()</script>", "\"><script>ctxss()</script>", "'><script>ctxss()</script>", "<ctxss-probe>",
        "<img src=x onerror=ctxss()>", "\"><img src=x onerror=ctxss()>", "'><img src=x onerror=ctxss()>",
        "<svg/onload=ctxss()>", "<svg><script>ctxss()</script></svg>", "<iframe src=\"javascript:ctxss()\"></iframe>",
        "<a href=\"javascript:ctxss()\">x</a>", "javascript:ctxss()", "JaVaScRiPt:ctxss()", "java\tscript:ctxss()",
        "</title><ctxss-probe>", "</textarea><ctxss-probe>", "</script><ctxss-probe>", "</style><ctxss-probe>",
        "<!--<ctxss-probe>-->", "--><ctxss-probe>", "\" onmouseover=\"ctxss()\" x=\"", "' onfocus='ctxss()' autofocus x='",
        "\" autofocus onfocus=ctxss() x=\"", "<body onload=ctxss()>", "<details open ontoggle=ctxss()>",
        "<input autofocus onfocus=ctxss()>", "<base href=\"//evil.example/\" data-ctxss>",
        "<meta http-equiv=\"refresh\" content=\"0;url=//evil.example\" data-ctxss>", "<form action=//evil.example data-ctxss><button>go",
        "<object data=\"javascript:ctxss()\" data-ctxss></object>", "<embed src=\"javascript:ctxss()\" data-ctxss>",
        "<link rel=stylesheet href=//evil.example/x.css data-ctxss>", "<style data-ctxss>body{display:none}</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=ctxss()>", "<noscript><p title=\"</noscript><img src=x onerror=ctxss()>\">",
        "<scr<script>ipt>ctxss()</scr</script>ipt>", "<<script>ctxss()//<</script>", "<IMG SRC=x oNeRrOr=ctxss()>",
        "<template><ctxss-probe></template>", "\"}</script><script>ctxss()</script>", "</script><script>ctxss()</script>",
        "]]><ctxss-probe>", "<![CDATA[<ctxss-probe>]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
        "&lt;ctxss-probe&gt;", "&#60;ctxss-probe&#62;", "\\u003cctxss-probe\\u003e", "{{constructor.constructor('ctxss()')()}}",
        "${ctxss()}", "@(ctxss())", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+ctxss()", "-2+3+cmd|' /C calc'!A0",
        "<a href=\"data:text/html,<script>ctxss()</script>\" data-ctxss>x</a>", "<svg><a xlink:href=\"javascript:ctxss()\"><text>x</text></a></svg>",
        "<isindex action=javascript:ctxss() type=image>", "<video><source onerror=ctxss()></video>", "<marquee onstart=ctxss()>",
    ];

    private static readonly string[] Sql =
    [
        "'", "''", "\"", "`", "' OR '1'='1", "' OR 1=1--", "\" OR \"\"=\"", "'; DROP TABLE events;--", "1; SELECT pg_sleep(5)--",
        "' UNION SELECT password FROM pg_shadow--", "admin'--", "') OR ('a'='a", "\\'", "\\", "\\\\", "%", "_", "%'--", "$$",
        "$1", "E'\\x00'", "--", "/*", "*/", "; COPY events TO PROGRAM 'id'", "::text", "|| 'x'", "\\N", "&|!():*", "a & b | !c",
        "a <-> b", "word:*", "'(", "!!", "(((((((((((((((((((((((", ")))))", "a:*B", "'a' & 'b'", "\"unterminated phrase", "-", "- -word",
        "' or '", "OR OR OR", "\"\"", "*", "ctxss' || pg_sleep(5) || '", "1' AND 1=CAST((SELECT version()) AS int)--",
    ];

    private static readonly string[] Invisible =
    [
        "\u202E", "abc\u202Edef", "\u202Egnp.exe", "\u200B", "te\u200Bst", "\u200D", "\uFEFF", "\uFEFFtalks", "\u2066x\u2069",
        "\u061C", "\u00AD", "steve\u00ADwitkoff", "\u2028", "\u2029", "\u180E", "\u2060", "russia\u200B", "talks\u200C",
        "مرحبا بالعالم", "שלום", "\u202Bשלום\u202C", "\u034F", "\u115F", "\u3164", "\uFFA0", "\u2800",
    ];

    private static readonly string[] Emoji =
    [
        "😀", "👩‍👩‍👧‍👦", "🇺🇦", "🇷🇺", "🏳️‍🌈", "🕊️ ceasefire", "💣💥", "🤝", "𝕿𝖗𝖚𝖒𝖕", "Z̸̢̛̗̈́ä̷̜l̶̰̂g̵̱̔o̶̰͝", "ᴛᴀʟᴋs", "🧑🏽‍⚖️",
    ];

    private static readonly string[] Dates =
    [
        "0000-00-00", "0001-01-01", "9999-12-31", "10000-01-01", "-0001-01-01", "2025-02-29", "2024-02-30", "2025-13-01",
        "2025-00-10", "2025-04-31", "2025-1-1", "25-01-01", "2025/01/01", "01/02/2025", "2025-01-01T00:00:00Z",
        "2025-01-01T25:61:61", "1970-01-01", "1900-01-01", "1582-10-10", "2038-01-19", "+2025-01-01", " 2025-01-01",
        "2025-01-01 ", "２０２５-０１-０１", "٢٠٢٥-٠١-٠١", "2025-W14", "2025-04", "2025", "yesterday", "now", "0", "-1",
        "2025-04-01\u0000", "99999-99-99", "2025-4-31", "31.12.2025", "2025-12-31T24:00:00", "1e10",
    ];

    private static readonly string[] Numbers =
    [
        "-1", "0", "-0", "1e309", "9999999999999999999999", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "-9223372036854775809", "4294967296", "1.5", "0x10", "1,000", "NaN", "Infinity", "-Infinity", "∞", "0001",
        "00000000000000000000001", "1_000", "٣", "²", "Ⅻ", "½", "１００", "201", "200.0", "+50", " 50", "50 ", "5e1",
    ];

    private static readonly string[] Urls =
    [
        "http://", "//evil.example", "https://evil.example/%2e%2e/", "../../etc/passwd", "..\\..\\windows\\win.ini",
        "data:text/html,hello", "file:///etc/passwd", "\\\\evil\\share", "http://[::1", "http://a:99999", "mailto:x@y",
        "https://exa mple.org", "?", "#", "&", "=", "&&&", "a=b&c=d", "/", "//", "./", ".", "..", "~", "http://localhost:5432/",
        "gopher://evil.example", "steve-witkoff/../../admin", "steve-witkoff?x=1", "steve-witkoff#frag",
    ];

    private static readonly string[] UnicodeOddities =
    [
        "ｔａｌｋｓ", "TALKS", "Talks", "ta\u0301lks", "e\u0301", "é", "ﬁ", "\u212B", "\u212Aremlin", "ǅ", "İ", "ı", "ß",
        "ſ", "ẞ", "Ω", "Ω", "ﬀ", "ǲ", "STEVE-WITKOFF", "steve—witkoff", "steve‐witkoff", "ѕteve-witkoff", "Ѕ", "ꓢ", "𝐒",
    ];

    // Raw URL text, not encoded again: broken escapes, overlong and invalid UTF-8, double encoding, CRLF, lone surrogates.
    private static readonly string[] PercentTricks =
    [
        "%", "%%", "%G1", "%2", "%ZZ", "%C0%AF", "%E0%80%AF", "%C0%BC", "%FF", "%FE%FF", "%F0%9F", "%ED%A0%80", "%ED%BF%BF",
        "%F4%90%80%80", "%C1%81", "%00", "a%00b", "%0d%0aSet-Cookie:%20ctxss=1", "%0aLocation:%20//evil.example", "%u003c",
        "%253Cctxss-probe%253E", "%25%32%35", "%2525", "%3Cctxss-probe%3E", "%26lt%3Bctxss-probe%26gt%3B", "+", "%2B", "%20",
        "%09", "%2e%2e%2f", "%2F", "%5C", "%C2%A0", "%E2%80%AE", "%EF%BB%BF", "%3B", "%23", "%3F", "%26kind%3Dtalks",
        "talks%26kind%3Dclaim", "%EF%BC%9Cctxss-probe%EF%BC%9E", "%C3%28", "%A0%A1", "%E2%28%A1", "%F8%88%80%80%80",
    ];

    // Return addresses beyond ASCII: a Location header carries ASCII only, and full-width or look-alike slashes and
    // spaces must not turn a local address into another site's.
    private static readonly string[] NonAsciiAddresses =
    [
        "/Зеленський", "/admin/events?q=Зеленський", "Зеленський", "/\u3000", "\u3000", "/admin\u3000", "/\u3000/evil.example",
        "/／/evil.example", "／／evil.example", "/／evil.example", "/＼evil.example", "＼＼evil.example", "/\uFF0E\uFF0E/admin",
        "ｊａｖａｓｃｒｉｐｔ:ctxss()", "/ａｄｍｉｎ", "https:／／evil.example", "/é", "/e\u0301", "/😀", "/🇺🇦/admin", "/\u202Eevil.example",
        "/\u2215evil.example", "/\u2044evil.example", "/\u29F8evil.example", "/\u00A0", "/\u2028", "/\uFEFF/admin", "/\u0130stanbul",
        "/ß", "/中文/路径", "/עברית", "/مرحبا", "/%D0%97", "/%EF%BC%8F/evil.example", "/%E3%80%80", "//\u3000evil.example",
    ];

    private static readonly string[] LongStrings =
    [
        new string('a', 10_000), new string('<', 10_000), new string('\'', 10_000), new string('é', 10_000),
        string.Concat(Enumerable.Repeat("😀", 5_000)), string.Concat(Enumerable.Repeat("a-", 5_000)) + "a",
        string.Concat(Enumerable.Repeat("<ctxss-probe>", 800)), new string('%', 10_000), new string('9', 10_000),
        string.Concat(Enumerable.Repeat("\u200B", 10_000)), new string('x', 201), new string('x', 2_048),
        string.Concat(Enumerable.Repeat("word ", 2_000)), string.Concat(Enumerable.Repeat("-word ", 2_000)),
        string.Concat(Enumerable.Repeat("\"a\" ", 2_500)), "2025-01-01" + new string('0', 10_000),
    ];

    /// <summary>Every input once, in a fixed order.</summary>
    public static IReadOnlyList<HostileInput> All { get; } = Build();

    private static List<HostileInput> Build()
    {
        var inputs = new List<HostileInput>();
        void Add(string category, IEnumerable<string> texts, bool neverWellFormed) =>
            inputs.AddRange(texts.Select(t => new HostileInput(category, t, Uri.EscapeDataString(t), neverWellFormed && !IsBlank(t))));

        Add("markup", Markup, true);
        // The same payloads behind a real value, as a filter that is half valid.
        Add("markup after a valid value", Markup.Select(m => "steve-witkoff" + m), true);
        Add("sql", Sql, true);
        Add("sql after a valid value", Sql.Select(s => "talks" + s), true);
        Add("control character", Enumerable.Range(0, 32).Select(c => $"a{(char)c}b"), true);
        Add("control character", ["\0", "\u007F", "\u0085", "\u009B", "\r\nSet-Cookie: ctxss=1", "\u001B[31m"], true);
        Add("invisible or bidirectional", Invisible, true);
        Add("emoji", Emoji, true);
        Add("date", Dates, false);
        Add("number", Numbers, false);
        Add("url", Urls, true);
        Add("unicode oddity", UnicodeOddities, false);
        Add("long string", LongStrings, true);
        Add("non-ASCII or full-width address", NonAsciiAddresses, true);
        inputs.AddRange(PercentTricks.Select(FromUrl));
        // The usual nonsense as an actor slug or kind would carry it: every markup payload, URL-encoded twice.
        Add("double encoded markup", Markup.Select(Uri.EscapeDataString), true);
        return inputs;
    }

    // In a query string "+" stands for a space.
    private static HostileInput FromUrl(string encoded)
    {
        var text = Uri.UnescapeDataString(encoded.Replace('+', ' '));
        return new HostileInput("percent encoding", text, encoded, !IsBlank(text));
    }

    // A blank value (spaces, a tab, a no-break space) means "no filter", like an empty one: leaving it out is no refusal.
    private static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

    /// <summary>A readable one-line form of a value for failure messages.</summary>
    public static string Describe(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Take(80)) builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        return text.Length > 80 ? builder + $"… ({text.Length} chars)" : builder.ToString();
    }
}
