using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.DemoData;
using CeasefireTracker.Web.Features.Reports;

namespace CeasefireTracker.Tests.Features.Reports;

/// <summary>The named parts of the suggester, each on the words the issue lists, without a database.</summary>
public sealed class ReportReadingTests
{
    private static readonly DateOnly Published = new(2025, 4, 12);
    private static readonly ReportLanguage English = ReportLanguage.English;

    /// <summary>The demo actors as the lexicon would read them from the store (ids by position).</summary>
    private static readonly ActorLexicon Lexicon = ActorLexicon.From(
        [.. DemoDataSet.Build(DateTimeOffset.UtcNow).Actors.Select((a, i) => new LexiconActor(i + 1, a.Slug, a.Name, a.Kind, [.. a.Aliases.Select(al => al.Name)]))],
        English);

    [Theory]
    [InlineData("Talks ended on Friday.", "2025-04-11", DatePrecision.Day)]
    [InlineData("Russia released her on Thursday.", "2025-04-10", DatePrecision.Day)]
    [InlineData("Ukraine approved it a month ago.", "2025-03-12", DatePrecision.Approximate)]
    [InlineData("She was arrested in January.", "2025-01-01", DatePrecision.Month)]
    [InlineData("The war began over three years ago.", "2022-04-12", DatePrecision.Approximate)]
    [InlineData("They met yesterday.", "2025-04-11", DatePrecision.Day)]
    [InlineData("They met on April 3.", "2025-04-03", DatePrecision.Day)]
    [InlineData("They met on 3 March 2024.", "2024-03-03", DatePrecision.Day)]
    [InlineData("They met last month.", "2025-03-01", DatePrecision.Month)]
    [InlineData("They met in December.", "2024-12-01", DatePrecision.Month)]
    public void Dates_are_resolved_against_the_publication_date(string text, string expected, DatePrecision precision)
    {
        var date = Assert.Single(new DateReader(English, Published).Find(Sentence(text), Published));

        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), precision), (date.Date.Date, date.Date.Precision));
    }

    [Fact]
    public void Since_a_month_starts_a_count_and_a_relative_clause_dates_only_itself()
    {
        var since = Assert.Single(new DateReader(English, Published).Find(Sentence("This was the third meeting since February."), Published));
        var background = Assert.Single(new DateReader(English, Published).Find(Sentence("The conflict, which began over three years ago, goes on."), Published));

        Assert.Equal((DateUse.Since, new DateOnly(2025, 2, 1), DatePrecision.Month), (since.Use, since.Date.Date, since.Date.Precision));
        Assert.Equal(DateUse.Background, background.Use);
    }

    [Theory]
    [InlineData("The meeting lasted four and a half hours.", QuantityKind.Duration, 270, "minutes", false)]
    [InlineData("It lasted just under two hours.", QuantityKind.Duration, 120, "minutes", true)]
    [InlineData("At least several hundred Chinese nationals are fighting.", QuantityKind.Count, 200, "Chinese nationals", true)]
    [InlineData("She donated approximately $50 to a charity.", QuantityKind.Money, 50, "USD", true)]
    [InlineData("They swapped 307 prisoners of war each.", QuantityKind.Count, 307, "prisoners", false)]
    [InlineData("Putin declared a 30-day truce.", QuantityKind.Duration, 30, "days", false)]
    public void Quantities_are_read_in_digits_and_words(string text, QuantityKind kind, int value, string unit, bool approximate)
    {
        var quantity = Assert.Single(new QuantityReader(English).Find(Sentence(text), [])).Quantity;

        Assert.Equal((kind, (decimal)value, unit, approximate), (quantity.Kind, quantity.Value, quantity.Unit, quantity.Approximate));
    }

    [Theory]
    [InlineData("Russia’s President spoke.", "russia")]
    [InlineData("The Kremlin denied it.", "kremlin")]
    [InlineData("Zelenskyy spoke.", "volodymyr-zelensky")]
    [InlineData("Zelenskyi spoke.", "volodymyr-zelensky")]
    [InlineData("Зеленський заявив.", "volodymyr-zelensky")]
    [InlineData("Зустріч Зеленського.", "volodymyr-zelensky")]
    [InlineData("Witkoff arrived.", "steve-witkoff")]
    [InlineData("Chinese nationals were seen.", "china")]
    [InlineData("Sergey Lavrov noted it.", "sergei-lavrov")]
    public void Stored_actors_are_found_by_name_alias_short_form_adjective_and_transliteration(string text, string slug)
    {
        var mention = Assert.Single(new ActorRecognizer(Lexicon, English).Find(Sentence(text)));

        Assert.Equal(slug, mention.Actor.Slug);
    }

    [Fact]
    public void Unknown_names_are_new_actors_only_where_something_marks_them_as_actors()
    {
        var recognizer = new ActorRecognizer(Lexicon, English);

        var found = recognizer.Find(Sentence("Turkish Foreign Minister Hakan Fidan met officials in Saint Petersburg, and Qatar said the Truth Social post was noted."));
        var later = recognizer.Find(Sentence("Fidan said little."));

        Assert.Equal(["Hakan Fidan", "Qatar"], found.Select(m => m.Actor.Name));
        Assert.All(found, m => Assert.True(m.Actor.IsNew));
        Assert.Equal(ActorKind.State, found[1].Actor.Kind);
        Assert.Same(found[0].Actor, Assert.Single(later).Actor);
    }

    [Fact]
    public void A_quotation_of_several_sentences_stays_one_sentence_and_abbreviations_end_none()
    {
        var sentences = ReportSentences.Split("He said: “We are close. We will sign.” Then U.S. envoy Steve Witkoff flew to St. Petersburg. Mr. Putin waited.");

        Assert.Equal(["He said: “We are close. We will sign.”", "Then U.S. envoy Steve Witkoff flew to St. Petersburg.", "Mr. Putin waited."], sentences.Select(s => s.Text));
        Assert.Equal("We are close. We will sign.", sentences[0].Text.Substring(sentences[0].Quotes[0].Start, sentences[0].Quotes[0].Length));
    }

    [Fact]
    public async Task An_accepted_suggestion_becomes_the_edit_forms_draft_with_the_report_as_its_source()
    {
        var text = await File.ReadAllTextAsync(TestPaths.SeedArticle, Cancel);
        var report = new NewsReport(text, Published, "News Central", DemoDataSet.ArticleUrl);
        var (sentences, events, _) = ReportSuggester.Read(report, Lexicon, English);
        var read = new ReportSuggestions(report, sentences, events, []);
        var talks = events.First(e => e.Kind == EventKind.Talks && e.Place == "Saint Petersburg");

        var (draft, reason) = SuggestionDrafts.ToDraft(talks, read);

        Assert.Equal((EventKind.Talks, new DateOnly(2025, 4, 11), DatePrecision.Day, "Saint Petersburg"), (draft.Kind, draft.OccurredOn!.Value, draft.DatePrecision, draft.Place));
        Assert.Equal(270, draft.Talks!.DurationMinutes);
        Assert.Equal("third meeting since February", draft.Talks.Round);
        Assert.Contains(draft.Participants, p => p.Actor!.Name == "Steve Witkoff" && p.Role == ParticipantRole.Party);
        var source = Assert.Single(draft.Sources);
        Assert.Equal(("News Central", DemoDataSet.ArticleUrl, Published), (source.Publisher, source.Url, source.PublishedOn!.Value));
        Assert.Contains("Witkoff’s meeting with Putin in Saint Petersburg", source.Excerpt);
        Assert.StartsWith("From report News Central", reason);

        var claim = events.First(e => e.Kind == EventKind.Claim && e.Positions.Any(p => p.Stance == ClaimStance.Denies));
        var claimDraft = SuggestionDrafts.ToDraft(claim, read).Draft;
        Assert.All(claimDraft.Claim!.Positions, p => Assert.Equal(claimDraft.Sources[0].Key, p.SourceKey));
    }

    [Fact]
    public void A_host_is_not_a_party_and_a_phone_call_is_talks_by_phone()
    {
        var (_, events, _) = ReportSuggester.Read(new NewsReport(
            "Saudi Arabia hosted talks between Russia and the United States in Riyadh on Tuesday. Trump held a phone call with Putin on Wednesday.", Published),
            Lexicon, English);

        Assert.Equal(2, events.Count);
        Assert.Equal(
            [("russia", ParticipantRole.Party), ("saudi-arabia", ParticipantRole.Host), ("united-states", ParticipantRole.Party)],
            events[0].Participants.Select(p => (p.Actor.Slug!, p.Role)).OrderBy(p => p.Item1));
        Assert.Equal(("Riyadh", new DateOnly(2025, 4, 8)), (events[0].Place, events[0].Date!.Date));
        Assert.Equal((TalksFormat.Phone, new DateOnly(2025, 4, 9)), (events[1].Format, events[1].Date!.Date));
        Assert.Equal(["donald-trump", "vladimir-putin"], events[1].Participants.Select(p => p.Actor.Slug!).Order());
    }

    [Fact]
    public void Hostile_text_is_read_without_failing()
    {
        foreach (var input in CeasefireTracker.Tests.Security.HostileInputs.All)
        {
            var (sentences, events, _) = ReportSuggester.Read(new NewsReport(input.Text + " Russia released 5 soldiers on Friday. " + input.Text, Published), Lexicon, English);
            Assert.NotEmpty(sentences);
            Assert.All(events, e => Assert.All(e.Sentences, i => Assert.InRange(i, 0, sentences.Count - 1)));
        }
    }

    private static ReportSentence Sentence(string text) => new(0, 0, text);
}
