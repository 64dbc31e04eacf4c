using CeasefireTracker.Web.Data;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeasefireTracker.Web.Features.Reports;

/// <summary>
/// Reads a news report and proposes the events it tells as drafts for an editor: the admin "From a report" page and
/// the <c>suggest</c> command call <see cref="SuggestAsync"/>. It reads the actors and the stored events and writes
/// nothing; it is deterministic and local (rules and word lists in <see cref="ReportLanguage"/>, no model, no network).
/// </summary>
public sealed class ReportSuggester(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<ReportSuggestions> SuggestAsync(NewsReport report, CancellationToken cancellationToken = default)
    {
        ActorLexicon lexicon;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            lexicon = await ActorLexicon.LoadAsync(db, ReportLanguage.English, cancellationToken);
        }

        var (sentences, events, newActors) = Read(report, lexicon, ReportLanguage.English);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await MarkExistingAsync(db, events, cancellationToken);
        }

        return new ReportSuggestions(report, sentences, events, newActors);
    }

    /// <summary>The reading itself, without the database: sentences, suggestions, and the new names the suggestions use.</summary>
    public static (IReadOnlyList<ReportSentence> Sentences, IReadOnlyList<EventSuggestion> Events, IReadOnlyList<ReportActor> NewActors) Read(
        NewsReport report, ActorLexicon lexicon, ReportLanguage language)
    {
        var sentences = ReportSentences.Split(report.Text);
        var reader = new EventReader(language, lexicon, report.PublishedOn);
        foreach (var sentence in sentences) reader.Read(sentence);
        var events = ReportStory.Tell(reader.Readings);
        var used = reader.NewActors.Where(a => events.Any(e => e.Uses(a))).ToList();
        return (sentences, events, used);
    }

    /// <summary>
    /// Marks each suggestion that is already in the store: same kind, a date that overlaps, and every stored actor
    /// among its principals (parties, speaker, claimant…) a principal there too. Each stored event answers one
    /// suggestion at most: the nearest in date, then the one whose words (quote, claim, title) it shares most.
    /// </summary>
    internal static async Task MarkExistingAsync(TrackerDbContext db, IReadOnlyList<EventSuggestion> suggestions, CancellationToken cancellationToken)
    {
        var wanted = suggestions.Where(s => s.Date is not null && s.PrincipalActors.Any(a => a.Id is not null)).ToList();
        if (wanted.Count == 0) return;
        var from = wanted.Min(s => s.Date!.Range.From).AddMonths(-1);
        var to = wanted.Max(s => s.Date!.Range.To).AddMonths(1);
        var ids = wanted.SelectMany(s => s.PrincipalActors).Select(a => a.Id).OfType<int>().Distinct().ToList();
        var kinds = wanted.Select(s => s.Kind).Distinct().ToList();
        var stored = await db.Events.AsNoTracking()
            .Where(e => e.OccurredOn >= from && e.OccurredOn <= to && kinds.Contains(e.Kind) && e.Participants.Any(p => ids.Contains(p.ActorId)))
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.Kind,
                Date = new SuggestedDate(e.OccurredOn, e.DatePrecision, null),
                Principals = e.Participants.Where(p => p.Role != ParticipantRole.Mentioned && p.Role != ParticipantRole.Subject).Select(p => p.ActorId).ToList(),
                Words = e is Statement ? ((Statement)e).Quote : e is Claim ? ((Claim)e).ClaimText : e.Title,
            })
            .ToListAsync(cancellationToken);

        var pairs = from s in wanted
                    let actors = s.PrincipalActors.Select(a => a.Id).OfType<int>().ToList()
                    from e in stored
                    where e.Kind == s.Kind && e.Date.Overlaps(s.Date!) && actors.All(e.Principals.Contains)
                    orderby Math.Abs(e.Date.Date.DayNumber - s.Date!.Date.DayNumber), -SharedWords(s.Quote ?? s.ClaimText ?? s.Title, e.Words), s.Inferred
                    select (Suggestion: s, Stored: e);
        var taken = new HashSet<long>();
        foreach (var (suggestion, e) in pairs)
        {
            if (suggestion.Existing is not null || taken.Contains(e.Id)) continue;
            taken.Add(e.Id);
            suggestion.Existing = new ExistingEvent(e.Id, e.Slug, e.Title, e.Date.Date);
        }
    }

    private static int SharedWords(string? a, string? b)
    {
        if (a is null || b is null) return 0;
        var words = a.ToLowerInvariant().Split([' ', ',', '.', '“', '”', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5).ToHashSet();
        return b.ToLowerInvariant().Split([' ', ',', '.', '“', '”', '"'], StringSplitOptions.RemoveEmptyEntries).Count(words.Contains);
    }
}
