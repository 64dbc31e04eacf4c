using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CeasefireTracker.Tests.Data;

[Collection(DatabaseCollection.Name)]
public sealed class SchemaTests(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task Migrations_apply_from_empty_and_match_the_model()
    {
        await using var db = Database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancel));
        // A model change without its migration would pass every other test and break the next deploy.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: run dotnet ef migrations add.");
        Assert.Equal(0, await db.Events.CountAsync(Cancel));
    }

    [Fact]
    public async Task The_database_refuses_a_duplicate_event_slug()
    {
        var witkoff = TestData.Actor("steve-witkoff");
        await SaveAsync(TestData.Talks("same-slug", new DateOnly(2025, 4, 11), witkoff));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() =>
            SaveAsync(TestData.Talks("same-slug", new DateOnly(2025, 4, 12), TestData.Actor("vladimir-putin"))));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Theory]
    [InlineData("UPDATE events SET slug = 'Not A Slug'", "ck_events_slug")]
    [InlineData("UPDATE events SET summary = '  '", "ck_events_published_has_summary")]
    [InlineData("UPDATE events SET title = ''", "ck_events_title")]
    [InlineData("UPDATE events SET duration_minutes = 0", "ck_events_duration_minutes")]
    [InlineData("UPDATE events SET talks_format = NULL", "ck_events_talks_format_required")]
    [InlineData("UPDATE events SET status = 'Deleted'", "ck_events_status")]
    [InlineData("UPDATE events SET updated_at = created_at - interval '1 day'", "ck_events_updated_after_created")]
    [InlineData("UPDATE sources SET url = 'javascript:alert(1)'", "ck_sources_url")]
    [InlineData("UPDATE actors SET slug = 'Bad Slug'", "ck_actors_slug")]
    public async Task The_database_refuses_rows_that_break_its_checks(string sql, string constraint)
    {
        await SaveAsync(TestData.Talks("talks", new DateOnly(2025, 4, 11), TestData.Actor("steve-witkoff")));
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql, Cancel));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal(constraint, error.ConstraintName);
    }

    [Fact]
    public async Task The_database_refuses_a_negative_exchange_count_and_a_swap_with_oneself()
    {
        var russia = TestData.Actor("russia", ActorKind.State);
        var us = TestData.Actor("united-states", ActorKind.State);
        var exchange = TestData.Exchange("swap", new DateOnly(2025, 4, 10), russia, us);
        exchange.Lines.Add(new ExchangeLine { FromActor = russia, ToActor = us, Category = DetaineeCategory.Civilian, Count = 1 });
        await SaveAsync(exchange);
        await using var db = Database.CreateContext();

        var negative = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE exchange_lines SET count = -1", Cancel));
        var oneself = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE exchange_lines SET to_actor_id = from_actor_id", Cancel));

        Assert.Equal("ck_exchange_lines_count", negative.ConstraintName);
        Assert.Equal("ck_exchange_lines_sides", oneself.ConstraintName);
    }

    [Fact]
    public async Task A_statement_needs_its_quote()
    {
        await SaveAsync(TestData.Statement("said", new DateOnly(2025, 4, 11), TestData.Actor("donald-trump")));
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE events SET quote = ' '", Cancel));

        Assert.Equal("ck_events_statement_quote", error.ConstraintName);
    }

    [Fact]
    public async Task A_participant_must_be_a_known_actor()
    {
        await SaveAsync(TestData.Talks("talks", new DateOnly(2025, 4, 11), TestData.Actor("steve-witkoff")));
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO event_participants (event_id, actor_id, role) SELECT id, 999999, 'Party' FROM events",
            Cancel));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }
}
