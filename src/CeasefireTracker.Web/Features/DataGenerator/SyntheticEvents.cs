using System.Globalization;
using System.Text;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.Web.Features.DataGenerator;

/// <summary>
/// Generated events of every kind with their details, written straight to the COPY streams. Ids are assigned here
/// (1…N in date order, give or take a fortnight, as events are mostly logged in the order they happen), so child
/// rows can point at their event and sources without a round trip.
/// </summary>
internal sealed class SyntheticEvents(Random random, SyntheticActors actors, int count)
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["events"] = "id, slug, kind, title, summary, occurred_on, date_precision, place, status, created_at, updated_at, " +
            "created_by, updated_by, ceasefire_scope, ceasefire_status, duration_days, claim_text, claim_verdict, quote, " +
            "platform, language, talks_format, duration_minutes, round, outcome",
        ["event_participants"] = "event_id, actor_id, role, event_occurred_on, event_kind, event_status",
        ["sources"] = "id, event_id, publisher, url, published_on, excerpt",
        ["event_links"] = "from_event_id, to_event_id, relation",
        ["claim_positions"] = "id, claim_id, actor_id, stance, stated_on, note, source_id",
        ["claim_verdict_changes"] = "id, claim_id, verdict, reason, decided_at, decided_by",
        ["exchange_lines"] = "id, exchange_id, from_actor_id, to_actor_id, category, count",
        ["exchanged_detainees"] = "id, exchange_id, name, released_by_id, released_to_id, category, note",
        ["ceasefire_responses"] = "id, proposal_id, actor_id, response, conditions, responded_on, source_id",
        ["violation_allegations"] = "id, proposal_id, accuser_id, accused_id, alleged_on, description, source_id",
    };

    private const string Author = "generator";

    private static readonly (EventKind Kind, int Weight)[] KindWeights =
    [
        (EventKind.Talks, 25), (EventKind.Statement, 35), (EventKind.Claim, 20), (EventKind.PrisonerExchange, 8), (EventKind.CeasefireProposal, 12),
    ];

    private static readonly int[] ParticipantWeights = [10, 35, 25, 15, 10, 5];

    private static readonly string[] Places = ["Geneva", "Istanbul", "Riyadh", "Jeddah", "Vienna", "Doha", "Abu Dhabi", "Minsk", "Helsinki", "Oslo", "Ankara", "Warsaw", "Brussels", "New York", "Saint Petersburg", "Kyiv", "Moscow", "Paris", "Berlin", "Rome", "Vatican City", "Budapest", "Baku", "Astana", "Beijing", "Tallinn", "Chișinău", "Odesa", "Zaporizhzhia", "Kharkiv"];
    private static readonly string[] Publishers = ["Reuters", "Associated Press", "Agence France-Presse", "Kyiv Independent", "Meduza", "BBC News", "The Guardian", "Financial Times", "Ukrainska Pravda", "TASS", "Interfax", "Al Jazeera", "Deutsche Welle", "Le Monde", "RFE/RL"];
    private static readonly string[] Platforms = ["Truth Social", "press briefing", "interview", "Telegram", "X", "televised address", "press conference"];
    private static readonly string[] Rounds = ["first round", "second round", "third meeting since spring", "technical track", "expert level", "follow-up call"];
    private static readonly string[] Outcomes = ["agreed to meet again", "no agreement", "joint statement issued", "working groups set up", "talks broken off", "prisoner lists exchanged"];
    private static readonly string[] OtherScripts =
    [
        "Ми готові до перемир'я, але не ціною нашої землі.",
        "Переговори тривають, обмін полоненими відбудеться найближчим часом.",
        "Мы не отвергаем предложение о прекращении огня, но нужны гарантии.",
        "Обвинения в нарушении перемирия не соответствуют действительности.",
    ];

    private readonly Random random = random;
    private readonly SyntheticActors actors = actors;
    private readonly int count = count;
    private readonly List<int> participants = new(6);
    private long sourceId;
    private long positionId;
    private long verdictChangeId;
    private long lineId;
    private long detaineeId;
    private long responseId;
    private long violationId;

    public void Write(int index, CopyWriterSet writers)
    {
        var id = index + 1L;
        var kind = SyntheticNames.PickWeighted(random, KindWeights);
        var offset = (int)((long)index * DataGenerator.Days / count) + random.Next(-15, 16);
        var day = DataGenerator.FirstDay.AddDays(Math.Clamp(offset, 0, DataGenerator.Days - 1));
        var roll = random.Next(100);
        var status = roll < 92 ? EventStatus.Published : roll < 98 ? EventStatus.Draft : EventStatus.Archived;
        roll = random.Next(100);
        var precision = roll < 90 ? DatePrecision.Day : roll < 97 ? DatePrecision.Month : DatePrecision.Approximate;

        PickParticipants(kind is EventKind.Talks or EventKind.PrisonerExchange ? 2 : 1);
        var first = actors.Name(participants[0]);
        var second = participants.Count > 1 ? actors.Name(participants[1]) : SyntheticNames.Pick(random, Places);
        var topic = SyntheticVocabulary.Draw(random);
        var place = SyntheticNames.Pick(random, Places);
        var title = kind switch
        {
            EventKind.Talks => $"{first} and {second} hold talks on {topic} in {place}",
            EventKind.Statement => $"{first} on {topic} and the {SyntheticVocabulary.Draw(random)}",
            EventKind.Claim => $"{first} claims {topic} {SyntheticVocabulary.Draw(random)} near {place}",
            EventKind.PrisonerExchange => $"{first} and {second} exchange prisoners",
            _ => $"{first} proposes a {topic} ceasefire",
        };
        if (title.Length > 280) title = title[..280];
        var summary = $"{title}. {Sentence(6)} {Sentence(5)}";
        var slug = $"{SyntheticNames.Slug(title.Length > 60 ? title[..60] : title)}-{id.ToString(CultureInfo.InvariantCulture)}";

        var created = day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc).AddMinutes(random.Next(24 * 60));
        var updated = created.AddMinutes(random.Next(3 * 24 * 60));
        var row = writers["events"].Row().Long(id).Text(slug).Enum(kind).Text(title).Text(summary).Date(day).Enum(precision)
            .Text(place).Enum(status).Time(created).Time(updated).Text(Author).Text(Author);

        var proposal = kind == EventKind.CeasefireProposal;
        var ceasefireStatus = (CeasefireStatus)random.Next(5);
        row.Enum(proposal ? (CeasefireScope)random.Next(5) : (CeasefireScope?)null)
            .Enum(proposal ? ceasefireStatus : (CeasefireStatus?)null)
            .Int(proposal && random.Next(2) == 0 ? random.Next(1, 120) : null);

        var verdict = (ClaimVerdict)random.Next(5);
        row.Text(kind == EventKind.Claim ? $"{first} says {Sentence(8)}" : null)
            .Enum(kind == EventKind.Claim ? verdict : (ClaimVerdict?)null);

        var otherScript = random.Next(10) == 0;
        var statement = kind == EventKind.Statement;
        row.Text(statement ? (otherScript ? SyntheticNames.Pick(random, OtherScripts) : $"“{Sentence(12)}”") : null)
            .Text(statement ? SyntheticNames.Pick(random, Platforms) : null)
            .Text(statement ? (otherScript ? "uk" : "en") : null);

        var talks = kind == EventKind.Talks;
        row.Enum(talks ? (TalksFormat)random.Next(3) : (TalksFormat?)null)
            .Int(talks ? random.Next(2, 48) * 15 : null)
            .Text(talks ? SyntheticNames.Pick(random, Rounds) : null)
            .Text(talks ? SyntheticNames.Pick(random, Outcomes) : null);

        for (var p = 0; p < participants.Count; p++)
        {
            // The event's copies too: the triggers that keep them are off during the load (BulkLoadSchema).
            writers["event_participants"].Row().Long(id).Int(participants[p] + 1).Enum(Role(kind, p)).Date(day).Enum(kind).Enum(status);
        }

        var firstSource = sourceId + 1;
        var sources = random.Next(1, 4);
        for (var s = 0; s < sources; s++)
        {
            var publisher = SyntheticNames.Pick(random, Publishers);
            writers["sources"].Row().Long(++sourceId).Long(id).Text(publisher)
                .Text($"https://news.example.org/{SyntheticNames.Slug(publisher)}/{day:yyyy/MM/dd}/{slug}-{s + 1}")
                .Date(day.AddDays(random.Next(3)))
                .Text(random.Next(3) == 0 ? Sentence(10) : null);
        }

        if (index > 0 && random.Next(30) == 0)
        {
            writers["event_links"].Row().Long(id).Long(Math.Max(1, id - random.Next(1, 1000))).Text(random.Next(2) == 0 ? "follows" : "responds to");
        }

        long SomeSource() => firstSource + random.Next(sources);
        switch (kind)
        {
            case EventKind.Claim:
                WriteClaimDetails(writers, id, day, verdict, created, SomeSource);
                break;
            case EventKind.PrisonerExchange:
                WriteExchangeDetails(writers, id);
                break;
            case EventKind.CeasefireProposal:
                WriteProposalDetails(writers, id, day, ceasefireStatus, SomeSource);
                break;
        }
    }

    private void WriteClaimDetails(CopyWriterSet writers, long id, DateOnly day, ClaimVerdict verdict, DateTime created, Func<long> source)
    {
        for (var p = random.Next(1, 5); p > 0; p--)
        {
            writers["claim_positions"].Row().Long(++positionId).Long(id).Int(actors.Draw(random) + 1).Enum((ClaimStance)random.Next(5))
                .Date(day.AddDays(random.Next(10))).Text(random.Next(2) == 0 ? Sentence(6) : null).Long(source());
        }

        if (verdict != ClaimVerdict.Unverified)
        {
            writers["claim_verdict_changes"].Row().Long(++verdictChangeId).Long(id).Enum(ClaimVerdict.Unverified)
                .Text("Logged as reported; not yet checked.").Time(created).Text(Author);
        }

        writers["claim_verdict_changes"].Row().Long(++verdictChangeId).Long(id).Enum(verdict)
            .Text($"Checked against {Sentence(4)}").Time(created.AddDays(random.Next(1, 30))).Text(Author);
    }

    private void WriteExchangeDetails(CopyWriterSet writers, long id)
    {
        var (a, b) = (participants[0] + 1, participants[1] + 1);
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            writers["exchange_lines"].Row().Long(++lineId).Long(id).Int(from).Int(to).Enum((DetaineeCategory)random.Next(4)).Int(random.Next(1, 300));
        }

        for (var d = random.Next(4); d > 0; d--)
        {
            var forward = random.Next(2) == 0;
            writers["exchanged_detainees"].Row().Long(++detaineeId).Long(id).Text(SyntheticNames.Person(random))
                .Int(forward ? a : b).Int(forward ? b : a).Enum((DetaineeCategory)random.Next(4)).Text(random.Next(2) == 0 ? Sentence(5) : null);
        }
    }

    private void WriteProposalDetails(CopyWriterSet writers, long id, DateOnly day, CeasefireStatus status, Func<long> source)
    {
        var responders = new HashSet<int>();
        for (var r = random.Next(1, 4); r > 0; r--)
        {
            var actor = r <= participants.Count - 1 ? participants[r] : actors.Draw(random);
            if (!responders.Add(actor)) continue;
            var response = (ProposalResponse)random.Next(4);
            writers["ceasefire_responses"].Row().Long(++responseId).Long(id).Int(actor + 1).Enum(response)
                .Text(response == ProposalResponse.AcceptedWithConditions ? $"Only if {Sentence(5)}" : null)
                .Date(response == ProposalResponse.NoResponse ? null : day.AddDays(random.Next(1, 20))).Long(source());
        }

        if (status is not (CeasefireStatus.Violated or CeasefireStatus.InForce)) return;
        var sides = responders.Append(participants[0]).Distinct().ToList();
        if (sides.Count < 2) return;
        for (var v = random.Next(3); v > 0; v--)
        {
            var accuser = SyntheticNames.Pick(random, sides);
            var accused = sides.First(s => s != accuser);
            writers["violation_allegations"].Row().Long(++violationId).Long(id).Int(accuser + 1).Int(accused + 1)
                .Date(day.AddDays(random.Next(1, 60))).Text($"Alleged {Sentence(6)}").Long(source());
        }
    }

    /// <summary>Distinct actors; kinds that need two sides get at least two.</summary>
    private void PickParticipants(int minimum)
    {
        participants.Clear();
        var roll = random.Next(100);
        var wanted = 1;
        for (var w = 0; w < ParticipantWeights.Length && roll >= ParticipantWeights[w]; w++)
        {
            roll -= ParticipantWeights[w];
            wanted++;
        }

        wanted = Math.Max(Math.Min(wanted, ParticipantWeights.Length), minimum);
        while (participants.Count < wanted)
        {
            var actor = actors.Draw(random);
            if (!participants.Contains(actor)) participants.Add(actor);
        }
    }

    private static ParticipantRole Role(EventKind kind, int position) => (kind, position) switch
    {
        (EventKind.Statement, 0) => ParticipantRole.Speaker,
        (EventKind.Claim, 0) => ParticipantRole.Claimant,
        (EventKind.CeasefireProposal, 0) => ParticipantRole.Proposer,
        (EventKind.Talks or EventKind.PrisonerExchange, < 2) => ParticipantRole.Party,
        (EventKind.Talks, 2) => ParticipantRole.Host,
        (EventKind.Talks or EventKind.PrisonerExchange, _) => ParticipantRole.Mediator,
        (EventKind.CeasefireProposal, _) => ParticipantRole.Party,
        _ => position % 2 == 0 ? ParticipantRole.Subject : ParticipantRole.Mentioned,
    };

    /// <summary>Words drawn with Zipf's law: a few recur everywhere, most are rare.</summary>
    private string Sentence(int words)
    {
        var text = new StringBuilder(words * 9);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(w % 4 == 0 ? ", " : " ");
            text.Append(SyntheticVocabulary.Draw(random));
        }

        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }
}
