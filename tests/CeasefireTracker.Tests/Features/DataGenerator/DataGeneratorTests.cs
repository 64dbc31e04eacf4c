using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.DataGenerator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Generator = CeasefireTracker.DataGenerator.DataGenerator;

namespace CeasefireTracker.Tests.Features.DataGenerator;

/// <summary>The benchmark data generator, on a small scale, against a database of its own (it drops and rebuilds indexes).</summary>
public sealed class DataGeneratorTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public ValueTask InitializeAsync() => database.InitializeAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task It_loads_every_kind_with_its_details_and_leaves_the_schema_whole()
    {
        var schemaBefore = await SchemaAsync();

        var result = await NewGenerator().GenerateAsync(new GeneratorOptions { Events = 2_000, Actors = 300, Seed = 3 }, Cancel);

        Assert.Equal(GeneratorOutcome.Loaded, result.Outcome);
        Assert.Equal(schemaBefore, await SchemaAsync());
        await using var db = database.CreateContext();
        Assert.Equal(2_000, await db.Events.CountAsync(Cancel));
        Assert.Equal(300, await db.Actors.CountAsync(Cancel));
        Assert.Equal(Enum.GetValues<EventKind>().Order(), (await db.Events.Select(e => e.Kind).Distinct().ToListAsync(Cancel)).Order());
        Assert.Equal(Enum.GetValues<EventStatus>().Order(), (await db.Events.Select(e => e.Status).Distinct().ToListAsync(Cancel)).Order());
        var participants = await db.Events.Select(e => e.Participants.Count).Distinct().ToListAsync(Cancel);
        Assert.Equal([1, 2, 3, 4, 5, 6], participants.Order());
        var sources = await db.Events.Select(e => e.Sources.Count).Distinct().ToListAsync(Cancel);
        Assert.Equal([1, 2, 3], sources.Order());
        Assert.True(await db.Set<ClaimPosition>().AnyAsync(Cancel));
        Assert.True(await db.Set<ExchangeLine>().AnyAsync(Cancel));
        Assert.True(await db.Set<CeasefireResponse>().AnyAsync(Cancel));
        // The new facts too: windows with hours in a zone, typed truces with histories and counter-proposals,
        // exchange batches and reports, delegations, numbered rounds of tracks.
        Assert.True(await db.Events.AnyAsync(e => e.StartsAt != null && e.TimeZone != null && e.EndsAt != null, Cancel));
        Assert.True(await db.CeasefireProposals.AnyAsync(c => c.Declaration != null && c.AnnouncedOn != null, Cancel));
        Assert.True(await db.Set<CeasefireStatusChange>().AnyAsync(Cancel));
        Assert.True(await db.Set<CeasefireResponse>().AnyAsync(r => r.CounterProposalId != null, Cancel));
        Assert.True(await db.Set<ExchangeBatch>().AnyAsync(Cancel));
        Assert.True(await db.Set<ExchangeReport>().AnyAsync(Cancel));
        Assert.True(await db.EventParticipants.AnyAsync(p => p.RepresentsId != null && p.Role == ParticipantRole.HeadOfDelegation, Cancel));
        Assert.True(await db.Talks.AnyAsync(t => t.TrackId != null && t.RoundNumber > 1, Cancel));
        // The involvements the generator writes (its triggers are off) are exactly what the triggers derive.
        var written = await InvolvementsAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT refresh_event_involvements(id) FROM events", Cancel);
        Assert.Equal(written, await InvolvementsAsync());
        Assert.True(await db.EventInvolvements.CountAsync(Cancel) > await db.EventParticipants.Select(p => new { p.EventId, p.ActorId }).Distinct().CountAsync(Cancel));
        Assert.True(await db.ActorAliases.AnyAsync(a => a.Language == "uk" || a.Language == "ru", Cancel));
        var first = await db.Events.MinAsync(e => e.OccurredOn, Cancel);
        var last = await db.Events.MaxAsync(e => e.OccurredOn, Cancel);
        Assert.InRange(last.DayNumber - first.DayNumber, 3_600, Generator.Days);

        // The sequences continue after the generated ids: an editor's next event saves.
        db.Events.Add(TestData.Talks("after-the-generator", new DateOnly(2026, 11, 1)));
        await db.SaveChangesAsync(Cancel);
        // The generated tsvector column was filled by COPY too.
        Assert.True(await db.Events.CountAsync(e => EF.Property<NpgsqlTypes.NpgsqlTsVector>(e, "SearchVector") != null, Cancel) > 2_000);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data()
    {
        await NewGenerator().GenerateAsync(new GeneratorOptions { Events = 300, Actors = 50, Seed = 11 }, Cancel);
        var first = await FingerprintAsync();

        await NewGenerator().GenerateAsync(new GeneratorOptions { Events = 300, Actors = 50, Seed = 11, Replace = true }, Cancel);

        Assert.Equal(first, await FingerprintAsync());
    }

    [Fact]
    public async Task It_refuses_a_database_that_already_holds_events()
    {
        await using (var db = database.CreateContext())
        {
            db.Events.Add(TestData.Talks("an-editors-event", new DateOnly(2025, 4, 1)));
            await db.SaveChangesAsync(Cancel);
        }

        var result = await NewGenerator().GenerateAsync(new GeneratorOptions { Events = 100, Actors = 20 }, Cancel);

        Assert.Equal(GeneratorOutcome.RefusedExistingData, result.Outcome);
        await using var check = database.CreateContext();
        Assert.Equal(["an-editors-event"], await check.Events.Select(e => e.Slug).ToListAsync(Cancel));
    }

    private Generator NewGenerator() => new(database.ConnectionString, NullLogger<Generator>.Instance);

    /// <summary>Index and foreign-key definitions of the schema, to compare before and after a load.</summary>
    private async Task<List<string>> SchemaAsync() => await QueryStringsAsync("""
        SELECT pg_get_indexdef(indexrelid) FROM pg_index JOIN pg_class c ON c.oid = indrelid WHERE c.relnamespace = 'public'::regnamespace
        UNION ALL SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f'
        ORDER BY 1
        """);

    private async Task<List<string>> FingerprintAsync() => await QueryStringsAsync("""
        SELECT md5(string_agg(concat_ws('|', e.id, e.slug, e.title, e.summary, e.occurred_on, e.status), ',' ORDER BY e.id)) FROM events e
        UNION ALL SELECT md5(string_agg(concat_ws('|', p.event_id, p.actor_id, p.role), ',' ORDER BY p.event_id, p.actor_id, p.role)) FROM event_participants p
        UNION ALL SELECT md5(string_agg(concat_ws('|', a.id, a.name, a.affiliation_id), ',' ORDER BY a.id)) FROM actors a
        """);

    private async Task<List<string>> InvolvementsAsync() => await QueryStringsAsync("""
        SELECT md5(string_agg(concat_ws('|', event_id, actor_id, event_occurred_on, event_kind, event_status, participant_role, represents_id,
                                        spoke, claimed, proposed, responded, alleged, accused, took_position), ',' ORDER BY event_id, actor_id))
        FROM event_involvements
        """);

    private async Task<List<string>> QueryStringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var values = new List<string>();
        while (await reader.ReadAsync(Cancel)) values.Add(reader.GetString(0));
        return values;
    }
}

/// <summary>The generator tool's options, without a database.</summary>
public sealed class GeneratorOptionsTests
{
    [Theory]
    [InlineData(new[] { "--events", "1000", "--actors", "50", "--seed", "7", "--replace" }, null)]
    [InlineData(new[] { "--events", "ten" }, "“--events” needs a positive whole number after it.")]
    [InlineData(new[] { "--actors", "5" }, "--actors must be at least 20 (there must be states, bodies and people).")]
    [InlineData(new[] { "--colour", "4" }, "Unknown option “--colour” (use --events, --actors, --seed, --replace).")]
    public void Options_are_read_or_refused_with_a_reason(string[] args, string? error)
    {
        var (options, message) = GeneratorOptions.Parse(args);

        Assert.Equal(error, message);
        if (error is null) Assert.Equal(new GeneratorOptions { Events = 1000, Actors = 50, Seed = 7, Replace = true }, options);
    }
}
