using System.Globalization;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// The <c>suggest</c> command's arguments: <c>--text-file report.txt --published 2025-04-11 [--publisher "News
/// Central"] [--url https://…]</c>. The text file may be "-" for standard input.
/// </summary>
public sealed record SuggestOptions(string TextFile, DateOnly Published, string? Publisher, string? Url)
{
    /// <summary>The longest report accepted: a long wire story is some 10,000 characters.</summary>
    public const int MaxTextLength = 100_000;

    public static (SuggestOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? file = null, published = null, publisher = null, url = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count) return (null, $"“{args[i]}” needs a value after it.");
            var value = args[++i];
            switch (args[i - 1])
            {
                case "--text-file": file = value; break;
                case "--published": published = value; break;
                case "--publisher": publisher = value; break;
                case "--url": url = value; break;
                default: return (null, $"Unknown option “{args[i - 1]}” (use --text-file, --published, --publisher, --url).");
            }
        }

        if (file is null) return (null, "--text-file is required: the report's text, or - for standard input.");
        if (published is null || !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
        {
            return (null, "--published is required, as YYYY-MM-DD: dates such as \"on Friday\" are read against it.");
        }

        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) return (null, $"--url “{url}” is not an absolute address.");
        return (new SuggestOptions(file, on, publisher, url), null);
    }

    public async Task<(NewsReport? Report, string? Error)> ReadAsync(CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = TextFile == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(TextFile, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"Cannot read {TextFile}: {e.Message}");
        }

        if (text.Length > MaxTextLength) return (null, $"The report is longer than {MaxTextLength} characters.");
        return string.IsNullOrWhiteSpace(text) ? (null, "The report is empty.") : (new NewsReport(text, Published, Publisher, Url), null);
    }
}
