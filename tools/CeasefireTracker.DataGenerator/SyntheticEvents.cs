using System.Globalization;
using System.Text;
using CeasefireTracker.Web.Domain;

namespace CeasefireTracker.DataGenerator;

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
            "created_by, updated_by, starts_at, ends_on, end_precision, ends_at, time_zone, " +
            "ceasefire_scope, ceasefire_status, ceasefire_declaration, ceasefire_form, ceasefire_purpose, coverage_detail, " +
            "announced_on, ceasefire_ended_how, ceasefire_ended_on, extends_id, claim_text, claim_verdict, quote, " +
            "platform, language, talks_format, duration_minutes, duration_qualifier, round, outcome, track_id, round_number",
        ["event_participants"] = "event_id, actor_id, role, represents_id",
        ["event_involvements"] = "event_id, actor_id, event_occurred_on, event_kind, event_status, participant_role, represents_id, "
            + "spoke, claimed, proposed, responded, alleged, accused, took_position",
        ["sources"] = "id, event_id, publisher, url, published_on, excerpt",
        ["event_links"] = "from_event_id, to_event_id, relation",
        ["claim_positions"] = "id, claim_id, actor_id, stance, stated_on, note, source_id",
        ["claim_verdict_changes"] = "id, claim_id, verdict, reason, decided_at, decided_by",
        ["exchange_lines"] = "id, exchange_id, from_actor_id, to_actor_id, category, count",
        ["exchange_batches"] = "id, exchange_id, released_on, from_actor_id, to_actor_id, category, count",
        ["exchange_reports"] = "id, exchange_id, reported_by_id, from_actor_id, to_actor_id, category, count, reported_on, note, source_id",
        ["exchanged_detainees"] = "id, exchange_id, name, released_by_id, released_to_id, category, note",
        ["ceasefire_responses"] = "id, proposal_id, actor_id, response, conditions, responded_on, source_id, counter_proposal_id",
        ["ceasefire_status_changes"] = "id, proposal_id, status, changed_on, note, source_id",
        ["violation_allegations"] = "id, proposal_id, accuser_id, accused_id, alleged_on, description, source_id",
    };

    /// <summary>The tracks, written before the events (one per this many events, at least ten).</summary>
    public static readonly IReadOnlyDictionary<string, string> TrackColumns = new Dictionary<string, string>
    {
        ["negotiation_tracks"] = "id, slug, name, description",
    };

    private const int EventsPerTrack = 2_000;

    private static readonly string[] Zones = ["Europe/Moscow", "Europe/Kyiv", "Europe/Istanbul", "Asia/Riyadh", "Europe/Zurich", "America/New_York", "Asia/Dubai", "America/Anchorage"];

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

    /// <summary>
    /// Everyone involved in the event being written (actor ids) and how they took part, as the triggers would derive
    /// them (migration ActorAggregates).
    /// </summary>
    private readonly Dictionary<int, Part> involved = [];

    /// <summary>The participants of the event being written: their role and the side they represent (actor ids).</summary>
    private readonly Dictionary<int, (ParticipantRole Role, int? Represents)> seats = [];
    private readonly int[] roundsSoFar = new int[TrackCount(count)];
    /// <summary>
    /// The last proposal, whose involvement rows are written only once the next proposal has been (or the load ends): a
    /// counter-proposal adds a response to it, which its rows must show (COPY cannot change a row it has sent).
    /// </summary>
    private (long Id, DateOnly Day, EventStatus Status, HashSet<int> Responders, Dictionary<int, Part> Involved,
        Dictionary<int, (ParticipantRole Role, int? Represents)> Seats)? lastProposal;
    private long batchId;
    private long reportId;
    private long statusChangeId;
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

        var window = Window(kind, day, precision);
        row.Instant(window.StartsAt).Date(window.EndsOn).Enum(window.EndPrecision).Instant(window.EndsAt).Text(window.Zone);

        var proposal = kind == EventKind.CeasefireProposal;
        var ceasefireStatus = (CeasefireStatus)random.Next(5);
        var scope = (CeasefireScope)random.Next(5);
        var announced = day.AddDays(-random.Next(6));
        var ended = proposal && ceasefireStatus == CeasefireStatus.Lapsed
            ? (How: random.Next(3) == 0 ? CeasefireEnding.Broken : CeasefireEnding.Expired, On: window.EndsOn ?? day.AddDays(random.Next(1, 30)))
            : ((CeasefireEnding How, DateOnly On)?)null;
        var extends = proposal && lastProposal is { } previous && previous.Day <= day && random.Next(20) == 0 ? previous.Id : (long?)null;
        row.Enum(proposal ? scope : (CeasefireScope?)null)
            .Enum(proposal ? ceasefireStatus : (CeasefireStatus?)null)
            .Enum(proposal && random.Next(5) > 0 ? (CeasefireDeclaration)random.Next(3) : (CeasefireDeclaration?)null)
            .Enum(proposal && random.Next(3) > 0 ? (CeasefireForm)random.Next(2) : (CeasefireForm?)null)
            .Enum(proposal && random.Next(2) == 0 ? (CeasefirePurpose)random.Next(5) : (CeasefirePurpose?)null)
            .Text(proposal && scope != CeasefireScope.Full && random.Next(3) == 0 ? $"Covers {SyntheticVocabulary.Draw(random)} only" : null)
            .Date(proposal ? announced : null)
            .Enum(ended?.How)
            .Date(ended?.On)
            .Long(extends);

        var verdict = (ClaimVerdict)random.Next(5);
        row.Text(kind == EventKind.Claim ? $"{first} says {Sentence(8)}" : null)
            .Enum(kind == EventKind.Claim ? verdict : (ClaimVerdict?)null);

        var otherScript = random.Next(10) == 0;
        var statement = kind == EventKind.Statement;
        row.Text(statement ? (otherScript ? SyntheticNames.Pick(random, OtherScripts) : $"“{Sentence(12)}”") : null)
            .Text(statement ? SyntheticNames.Pick(random, Platforms) : null)
            .Text(statement ? (otherScript ? "uk" : "en") : null);

        var talks = kind == EventKind.Talks;
        var track = talks && random.Next(10) < 3 ? random.Next(roundsSoFar.Length) : (int?)null;
        row.Enum(talks ? (TalksFormat)random.Next(3) : (TalksFormat?)null)
            .Int(talks ? random.Next(2, 48) * 15 : null)
            .Enum(talks ? (random.Next(5) == 0 ? (DurationQualifier)random.Next(1, 4) : DurationQualifier.Exact) : (DurationQualifier?)null)
            .Text(talks ? SyntheticNames.Pick(random, Rounds) : null)
            .Text(talks ? SyntheticNames.Pick(random, Outcomes) : null)
            .Int(track + 1)
            .Int(track is { } t ? ++roundsSoFar[t] : null);

        involved.Clear();
        seats.Clear();
        for (var p = 0; p < participants.Count; p++)
        {
            var (role, represents) = Role(kind, p);
            writers["event_participants"].Row().Long(id).Int(participants[p] + 1).Enum(role).Int(represents + 1);
            Involve(participants[p], role switch
            {
                ParticipantRole.Speaker => Part.Spoke,
                ParticipantRole.Claimant => Part.Claimed,
                ParticipantRole.Proposer => Part.Proposed,
                _ => Part.None,
            });
            seats[participants[p]] = (role, represents);
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
                WriteExchangeDetails(writers, id, day, window.EndsOn, SomeSource);
                break;
            case EventKind.CeasefireProposal:
                var responders = WriteProposalDetails(writers, id, day, ceasefireStatus, announced, window.EndsOn, ended?.On, SomeSource);
                WriteCounterProposal(writers, id, day);
                CompleteLastProposal(writers);
                lastProposal = (id, day, status, responders, new(involved), new(seats));
                return;
        }

        WriteInvolvements(writers, id, day, kind, status, involved, seats);
    }

    /// <summary>Writes the involvement rows of the last proposal, which wait for the next one (see <see cref="lastProposal"/>).</summary>
    public void CompleteLastProposal(CopyWriterSet writers)
    {
        if (lastProposal is not { } last) return;
        WriteInvolvements(writers, last.Id, last.Day, EventKind.CeasefireProposal, last.Status, last.Involved, last.Seats);
        lastProposal = null;
    }

    /// <summary>The involvement rows the triggers would have derived; they are off during the load (BulkLoadSchema).</summary>
    private static void WriteInvolvements(
        CopyWriterSet writers, long id, DateOnly day, EventKind kind, EventStatus status,
        Dictionary<int, Part> involvedActors, Dictionary<int, (ParticipantRole Role, int? Represents)> eventSeats)
    {
        foreach (var (actor, parts) in involvedActors)
        {
            var seat = eventSeats.TryGetValue(actor, out var found) ? found : ((ParticipantRole Role, int? Represents)?)null;
            writers["event_involvements"].Row().Long(id).Int(actor + 1).Date(day).Enum(kind).Enum(status).Enum(seat?.Role).Int(seat?.Represents + 1)
                .Bool(parts.HasFlag(Part.Spoke)).Bool(parts.HasFlag(Part.Claimed)).Bool(parts.HasFlag(Part.Proposed))
                .Bool(parts.HasFlag(Part.Responded)).Bool(parts.HasFlag(Part.Alleged)).Bool(parts.HasFlag(Part.Accused))
                .Bool(parts.HasFlag(Part.TookPosition));
        }
    }

    private void Involve(int actor, Part part) => involved[actor] = involved.GetValueOrDefault(actor) | part;

    /// <summary>How an actor took part in an event, as the involvement row's flags say it.</summary>
    [Flags]
    private enum Part
    {
        None = 0,
        Spoke = 1,
        Claimed = 2,
        Proposed = 4,
        Responded = 8,
        Alleged = 16,
        Accused = 32,
        TookPosition = 64,
    }

    /// <summary>Tracks for the talks to be rounds of, numbered as the talks are written (they come in date order).</summary>
    public static void WriteTracks(Random random, int eventCount, CopyWriterSet writers)
    {
        for (var t = 0; t < TrackCount(eventCount); t++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{SyntheticNames.Pick(random, Places)} talks, series {t + 1}");
            writers["negotiation_tracks"].Row().Int(t + 1).Text($"{SyntheticNames.Slug(name)}").Text(name)
                .Text(random.Next(2) == 0 ? $"Generated track on {SyntheticVocabulary.Draw(random)}." : null);
        }
    }

    private static int TrackCount(int eventCount) => Math.Max(10, eventCount / EventsPerTrack);

    private readonly record struct GeneratedWindow(DateTimeOffset? StartsAt, DateOnly? EndsOn, DatePrecision? EndPrecision, DateTimeOffset? EndsAt, string? Zone);

    /// <summary>
    /// Some talks and truces have hours in a zone (a truce from 18:00 Moscow time for 30 or 72 hours); exchanges and
    /// truces often run over several days. Only starts known to the day get hours or a computed end.
    /// </summary>
    private GeneratedWindow Window(EventKind kind, DateOnly day, DatePrecision precision)
    {
        if (precision != DatePrecision.Day) return default;
        switch (kind)
        {
            case EventKind.Talks when random.Next(10) < 4:
            {
                var zone = SyntheticNames.Pick(random, Zones);
                var (start, _) = CeasefireTracker.Web.Features.Shared.TimeZones.ToInstant(day, new TimeOnly(random.Next(8, 20), random.Next(4) * 15), zone);
                if (start is not { } startsAt) return default;
                if (random.Next(3) > 0) return new(startsAt, null, null, null, zone);
                var endsAt = startsAt.AddMinutes(random.Next(2, 24) * 15);
                return new(startsAt, DateOnly.FromDateTime(CeasefireTracker.Web.Features.Shared.TimeZones.InZone(endsAt, zone).DateTime), DatePrecision.Day, endsAt, zone);
            }

            case EventKind.CeasefireProposal when random.Next(10) < 7:
            {
                if (random.Next(10) < 3)
                {
                    var zone = SyntheticNames.Pick(random, Zones);
                    var (start, _) = CeasefireTracker.Web.Features.Shared.TimeZones.ToInstant(day, new TimeOnly(random.Next(2) == 0 ? 18 : 0, 0), zone);
                    if (start is not { } startsAt) return default;
                    var endsAt = startsAt.AddHours(SyntheticNames.Pick(random, [30, 72, 24 * 30]));
                    return new(startsAt, DateOnly.FromDateTime(CeasefireTracker.Web.Features.Shared.TimeZones.InZone(endsAt, zone).DateTime), DatePrecision.Day, endsAt, zone);
                }

                return new(null, day.AddDays(random.Next(1, 90)), random.Next(5) == 0 ? DatePrecision.Approximate : DatePrecision.Day, null, null);
            }

            case EventKind.PrisonerExchange when random.Next(10) < 4:
                return new(null, day.AddDays(random.Next(1, 3)), DatePrecision.Day, null, null);

            default:
                return default;
        }
    }

    private void WriteClaimDetails(CopyWriterSet writers, long id, DateOnly day, ClaimVerdict verdict, DateTime created, Func<long> source)
    {
        for (var p = random.Next(1, 5); p > 0; p--)
        {
            var actor = actors.Draw(random);
            writers["claim_positions"].Row().Long(++positionId).Long(id).Int(actor + 1).Enum((ClaimStance)random.Next(5))
                .Date(day.AddDays(random.Next(10))).Text(random.Next(2) == 0 ? Sentence(6) : null).Long(source());
            Involve(actor, Part.TookPosition);
        }

        if (verdict != ClaimVerdict.Unverified)
        {
            writers["claim_verdict_changes"].Row().Long(++verdictChangeId).Long(id).Enum(ClaimVerdict.Unverified)
                .Text("Logged as reported; not yet checked.").Time(created).Text(Author);
        }

        writers["claim_verdict_changes"].Row().Long(++verdictChangeId).Long(id).Enum(verdict)
            .Text($"Checked against {Sentence(4)}").Time(created.AddDays(random.Next(1, 30))).Text(Author);
    }

    /// <summary>
    /// A line each way; an exchange over several days splits each line into a batch a day; half the time each side
    /// reports the number it received, a little off the count now and then, and a mediator reports too.
    /// </summary>
    private void WriteExchangeDetails(CopyWriterSet writers, long id, DateOnly day, DateOnly? lastDay, Func<long> source)
    {
        var (a, b) = (participants[0] + 1, participants[1] + 1);
        var reports = random.Next(2) == 0;
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            var category = (DetaineeCategory)random.Next(4);
            var total = random.Next(1, 300);
            writers["exchange_lines"].Row().Long(++lineId).Long(id).Int(from).Int(to).Enum(category).Int(total);
            if (lastDay is { } last)
            {
                var days = last.DayNumber - day.DayNumber + 1;
                for (var d = 0; d < days; d++)
                {
                    var share = d == days - 1 ? total - (total / days * (days - 1)) : total / days;
                    writers["exchange_batches"].Row().Long(++batchId).Long(id).Date(day.AddDays(d)).Int(from).Int(to).Enum(category).Int(share);
                }
            }

            if (reports)
            {
                var figure = random.Next(4) == 0 ? total + random.Next(-12, 13) : total;
                writers["exchange_reports"].Row().Long(++reportId).Long(id).Int(to).Int(from).Int(to).Enum((DetaineeCategory?)null)
                    .Int(Math.Max(0, figure)).Date(lastDay ?? day).Text(null).Long(source());
                if (participants.Count > 2)
                {
                    writers["exchange_reports"].Row().Long(++reportId).Long(id).Int(participants[2] + 1).Int(from).Int(to).Enum((DetaineeCategory?)null)
                        .Int(total).Date(lastDay ?? day).Text("Mediator's tally").Long(source());
                }
            }
        }

        for (var d = random.Next(4); d > 0; d--)
        {
            var forward = random.Next(2) == 0;
            writers["exchanged_detainees"].Row().Long(++detaineeId).Long(id).Text(SyntheticNames.Person(random))
                .Int(forward ? a : b).Int(forward ? b : a).Enum((DetaineeCategory)random.Next(4)).Text(random.Next(2) == 0 ? Sentence(5) : null);
        }
    }

    /// <summary>Responses (never before the announcement), the status history that leads to the status, and allegations.</summary>
    private HashSet<int> WriteProposalDetails(
        CopyWriterSet writers, long id, DateOnly day, CeasefireStatus status, DateOnly announced, DateOnly? lastDay, DateOnly? endedOn, Func<long> source)
    {
        var responders = new HashSet<int>();
        for (var r = random.Next(1, 4); r > 0; r--)
        {
            var actor = r <= participants.Count - 1 ? participants[r] : actors.Draw(random);
            if (!responders.Add(actor)) continue;
            // Counter-proposals are written from the proposal that answers (WriteCounterProposal), with its link.
            var response = SyntheticNames.Pick(random, [ProposalResponse.Accepted, ProposalResponse.AcceptedWithConditions, ProposalResponse.Reciprocated, ProposalResponse.Rejected, ProposalResponse.NoResponse]);
            writers["ceasefire_responses"].Row().Long(++responseId).Long(id).Int(actor + 1).Enum(response)
                .Text(response == ProposalResponse.AcceptedWithConditions ? $"Only if {Sentence(5)}" : null)
                .Date(response == ProposalResponse.NoResponse ? null : day.AddDays(random.Next(1, 20))).Long(source()).Long(null);
            Involve(actor, Part.Responded);
        }

        // Proposed on its announcement, in force from its start; then violated, or lapsed at its end.
        var steps = new List<(CeasefireStatus, DateOnly)> { (CeasefireStatus.Proposed, announced) };
        if (status is CeasefireStatus.Agreed) steps.Add((CeasefireStatus.Agreed, day));
        if (status is CeasefireStatus.InForce or CeasefireStatus.Violated or CeasefireStatus.Lapsed) steps.Add((CeasefireStatus.InForce, day));
        if (status is CeasefireStatus.Violated) steps.Add((CeasefireStatus.Violated, day.AddDays(random.Next(1, 10))));
        if (status is CeasefireStatus.Lapsed) steps.Add((CeasefireStatus.Lapsed, endedOn ?? lastDay ?? day.AddDays(1)));
        foreach (var (step, on) in steps)
        {
            writers["ceasefire_status_changes"].Row().Long(++statusChangeId).Long(id).Enum(step).Date(on).Text(null).Long(random.Next(3) == 0 ? source() : null);
        }

        if (status is not (CeasefireStatus.Violated or CeasefireStatus.InForce)) return responders;
        var sides = responders.Append(participants[0]).Distinct().ToList();
        if (sides.Count < 2) return responders;
        for (var v = random.Next(3); v > 0; v--)
        {
            var accuser = SyntheticNames.Pick(random, sides);
            var accused = sides.First(s => s != accuser);
            writers["violation_allegations"].Row().Long(++violationId).Long(id).Int(accuser + 1).Int(accused + 1)
                .Date(day.AddDays(random.Next(1, 60))).Text($"Alleged {Sentence(6)}").Long(source());
            Involve(accuser, Part.Alleged);
            Involve(accused, Part.Accused);
        }

        return responders;
    }

    /// <summary>
    /// Now and then a proposal answers the previous one: its proposer's response there is a counter-proposal linked to
    /// it (a row of the earlier proposal, which its involvement rows, not written yet, show).
    /// </summary>
    private void WriteCounterProposal(CopyWriterSet writers, long id, DateOnly day)
    {
        if (lastProposal is not { } previous || previous.Day > day || random.Next(20) != 0) return;
        var proposer = participants[0];
        if (!previous.Responders.Add(proposer)) return;
        writers["ceasefire_responses"].Row().Long(++responseId).Long(previous.Id).Int(proposer + 1).Enum(ProposalResponse.CounterProposal)
            .Text(null).Date(day).Long(null).Long(id);
        previous.Involved[proposer] = previous.Involved.GetValueOrDefault(proposer) | Part.Responded;
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

    /// <summary>
    /// The role of the participant at a position, and the position of the participant they represent: at larger
    /// talks, the fourth and fifth lead the two sides' delegations and the sixth is a delegate of the first side.
    /// </summary>
    private (ParticipantRole Role, int? Represents) Role(EventKind kind, int position) => (kind, position) switch
    {
        (EventKind.Statement, 0) => (ParticipantRole.Speaker, null),
        (EventKind.Claim, 0) => (ParticipantRole.Claimant, null),
        (EventKind.CeasefireProposal, 0) => (ParticipantRole.Proposer, null),
        (EventKind.Talks or EventKind.PrisonerExchange, < 2) => (ParticipantRole.Party, null),
        (EventKind.Talks, 2) => (ParticipantRole.Host, null),
        (EventKind.Talks, 3) => (ParticipantRole.HeadOfDelegation, participants[0]),
        (EventKind.Talks, 4) => (ParticipantRole.HeadOfDelegation, participants[1]),
        (EventKind.Talks, _) => (ParticipantRole.Delegate, participants[0]),
        (EventKind.PrisonerExchange, _) => (ParticipantRole.Mediator, null),
        (EventKind.CeasefireProposal, _) => (ParticipantRole.Party, null),
        _ => (position % 2 == 0 ? ParticipantRole.Subject : ParticipantRole.Mentioned, null),
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
