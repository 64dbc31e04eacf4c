using CeasefireTracker.Tests.Infrastructure;
using CeasefireTracker.Web.Domain;
using CeasefireTracker.Web.Features.Accounts;
using CeasefireTracker.Web.Features.Admin.Events;
using CeasefireTracker.Web.Features.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CeasefireTracker.Tests.Data;

/// <summary>
/// Migration EventWindowsAndInvolvement on a database holding data of the old shape (rows written with plain SQL, as
/// the schema of migration ParticipantTimelineIndex had them): the single date becomes the start, a proposal's days
/// become the end of its window, talks durations become exact, every actor who acted gets an involvement, and the
/// events open and save in the editor without a phantom change. The old shape is reached by migrating the fresh
/// database down, so the migration's Down runs too.
/// </summary>
public sealed class MigrationCarryForwardTests : IAsyncLifetime
{
    private const string OldShape = "20261125003400_ParticipantTimelineIndex";
    private static readonly EditorSession Anna = new("user-anna", "Anna Editor", isAdmin: false);

    private readonly TestDatabase database = new();

    public ValueTask InitializeAsync() => database.InitializeAsync();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Todays_data_is_carried_into_windows_typed_truces_and_involvements()
    {
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(OldShape, Cancel);
            // Invented rows in the old columns: duration_days, no windows; participants got their copies by trigger then.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO actors (id, slug, name, kind) VALUES
                    (1, 'russia', 'Russia', 'State'), (2, 'ukraine', 'Ukraine', 'State'), (3, 'united-states', 'United States', 'State'),
                    (4, 'volodymyr-zelensky', 'Volodymyr Zelensky', 'Person'), (5, 'kremlin', 'Kremlin', 'GovernmentBody');
                INSERT INTO events (id, slug, kind, title, summary, occurred_on, date_precision, status, created_at, updated_at,
                                    ceasefire_scope, ceasefire_status, duration_days, talks_format, duration_minutes, claim_text, claim_verdict)
                VALUES
                    (1, 'energy-truce', 'CeasefireProposal', '30-day energy truce', 'Agreed.', '2025-03-18', 'Day', 'Published', now(), now(),
                     'EnergyInfrastructure', 'Violated', 30, NULL, NULL, NULL, NULL),
                    (2, 'black-sea', 'CeasefireProposal', 'Black Sea truce', 'Proposed.', '2025-03-01', 'Month', 'Published', now(), now(),
                     'BlackSea', 'Proposed', 10, NULL, NULL, NULL, NULL),
                    (3, 'jeddah-talks', 'Talks', 'Talks in Jeddah', 'Met.', '2025-03-11', 'Day', 'Published', now(), now(),
                     NULL, NULL, NULL, 'InPerson', 480, NULL, NULL),
                    (4, 'chinese-nationals', 'Claim', 'Chinese nationals fight', 'Claimed.', '2025-04-08', 'Day', 'Published', now(), now(),
                     NULL, NULL, NULL, NULL, NULL, 'Chinese nationals fight for Russia.', 'Unverified');
                INSERT INTO sources (event_id, publisher, url) SELECT id, 'Wire', 'https://example.org/' || slug FROM events;
                INSERT INTO event_participants (event_id, actor_id, role) VALUES
                    (1, 3, 'Mediator'), (2, 1, 'Party'), (3, 2, 'Party'), (3, 3, 'Party'), (4, 4, 'Claimant');
                INSERT INTO ceasefire_responses (proposal_id, actor_id, response) VALUES (1, 1, 'Accepted'), (1, 2, 'Accepted');
                INSERT INTO violation_allegations (proposal_id, accuser_id, accused_id, alleged_on, description) VALUES (1, 4, 1, '2025-03-19', 'Strikes went on.');
                INSERT INTO claim_positions (claim_id, actor_id, stance, stated_on) VALUES (4, 5, 'Denies', '2025-04-09');
                INSERT INTO claim_verdict_changes (claim_id, verdict, reason, decided_at) VALUES (4, 'Unverified', 'Unchecked.', now());
                SELECT setval(pg_get_serial_sequence('events', 'id'), 10);
                SELECT setval(pg_get_serial_sequence('actors', 'id'), 10);
                """, Cancel);

            await db.Database.MigrateAsync(Cancel);
        }

        await using (var db = database.CreateContext())
        {
            var energy = await db.CeasefireProposals.AsNoTracking().SingleAsync(c => c.Id == 1, Cancel);
            var blackSea = await db.CeasefireProposals.AsNoTracking().SingleAsync(c => c.Id == 2, Cancel);
            var jeddah = await db.Talks.AsNoTracking().SingleAsync(t => t.Id == 3, Cancel);

            // The single date is the start; 30 days from 18 March end on 16 April; a month-precise start gives an approximate end.
            Assert.Equal((new DateOnly(2025, 3, 18), new DateOnly(2025, 4, 16), DatePrecision.Day), (energy.OccurredOn, energy.EndsOn!.Value, energy.EndPrecision!.Value));
            Assert.Equal((new DateOnly(2025, 3, 10), DatePrecision.Approximate), (blackSea.EndsOn!.Value, blackSea.EndPrecision!.Value));
            Assert.Equal(new DateOnly(2025, 3, 18), energy.AnnouncedOn);
            Assert.Null(blackSea.AnnouncedOn);
            Assert.Null(energy.StartsAt);
            Assert.Equal((480, DurationQualifier.Exact), (jeddah.DurationMinutes!.Value, jeddah.DurationQualifier));

            var involved = await db.EventInvolvements.AsNoTracking().OrderBy(i => i.EventId).ThenBy(i => i.ActorId)
                .Select(i => new { i.EventId, i.ActorId, i.EventStatus }).ToListAsync(Cancel);
            Assert.Equal(
                [(1L, 1), (1L, 2), (1L, 3), (1L, 4), (2L, 1), (3L, 2), (3L, 3), (4L, 4), (4L, 5)],
                involved.Select(i => (i.EventId, i.ActorId)));
            Assert.All(involved, i => Assert.Equal(EventStatus.Published, i.EventStatus));
            var roles = await db.EventInvolvements.AsNoTracking().Where(i => i.EventId == 1).OrderBy(i => i.ActorId).Select(i => i.ParticipantRole).ToListAsync(Cancel);
            Assert.Equal([null, null, ParticipantRole.Mediator, null], roles);
        }

        // Responders, accusers and position takers are on their timelines; the meetings view reads the old talks.
        var timeline = database.Get<TimelineService>();
        Assert.Equal([1L], (await timeline.GetPageAsync(TimelineFilter.Parse(["volodymyr-zelensky"], ["ceasefire-proposal"], null, null, null).Filter, cancellationToken: Cancel)).Items.Select(i => i.Id));
        Assert.Equal([4L], (await timeline.GetPageAsync(TimelineFilter.Parse(["kremlin"], null, null, null, null).Filter, cancellationToken: Cancel)).Items.Select(i => i.Id));
        await using (var db = database.CreateContext())
        {
            Assert.Equal([3], await db.TalksMeetings.Where(m => m.ActorId == 2).Select(m => m.OtherId).ToListAsync(Cancel));
        }

        // Each old event opens in the editor and saves unchanged: the carried-forward values are what the form shows.
        var editor = database.Get<EventEditorService>();
        foreach (var id in new long[] { 1, 2, 3, 4 })
        {
            var loaded = (await editor.LoadAsync(Anna, id, Cancel))!;
            var saved = await editor.SaveAsync(Anna, id, loaded.Version, loaded.Draft, EventStatus.Published, null, Cancel);
            Assert.True(saved.Unchanged, $"Event {id}: {string.Join("; ", saved.Errors.SelectMany(e => e.Value))}");
        }
    }
}
