using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <summary>
    /// An actor's timeline from their participant rows alone: each row carries a copy of its event's date, kind and
    /// status, kept by two triggers (so EF writes by the editors, raw SQL and the generator's COPY all stay right),
    /// and a partial index per actor in timeline order serves the first page with an index-only scan.
    /// </summary>
    public partial class ParticipantTimelineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "event_kind",
                table: "event_participants",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "event_occurred_on",
                table: "event_participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "event_status",
                table: "event_participants",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE event_participants p
                SET event_occurred_on = e.occurred_on, event_kind = e.kind, event_status = e.status
                FROM events e
                WHERE e.id = p.event_id;
                """);

            foreach (var column in new[] { "event_kind", "event_status" })
            {
                migrationBuilder.AlterColumn<string>(
                    name: column,
                    table: "event_participants",
                    type: "character varying(40)",
                    maxLength: 40,
                    nullable: false,
                    oldClrType: typeof(string),
                    oldType: "character varying(40)",
                    oldMaxLength: 40,
                    oldNullable: true);
            }

            migrationBuilder.AlterColumn<DateOnly>(
                name: "event_occurred_on",
                table: "event_participants",
                type: "date",
                nullable: false,
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            // A new participant row takes its event's values. The generator, which copies events and participants
            // on separate connections at once, turns the triggers off and writes the values itself (BulkLoadSchema).
            migrationBuilder.Sql("""
                CREATE FUNCTION event_participants_copy_event() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT e.occurred_on, e.kind, e.status
                    INTO NEW.event_occurred_on, NEW.event_kind, NEW.event_status
                    FROM events e WHERE e.id = NEW.event_id;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER event_participants_copy_event
                BEFORE INSERT OR UPDATE OF event_id ON event_participants
                FOR EACH ROW EXECUTE FUNCTION event_participants_copy_event();

                CREATE FUNCTION events_copy_to_participants() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE event_participants
                    SET event_occurred_on = NEW.occurred_on, event_kind = NEW.kind, event_status = NEW.status
                    WHERE event_id = NEW.id;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER events_copy_to_participants
                AFTER UPDATE OF occurred_on, kind, status ON events
                FOR EACH ROW
                WHEN (OLD.occurred_on IS DISTINCT FROM NEW.occurred_on OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.status IS DISTINCT FROM NEW.status)
                EXECUTE FUNCTION events_copy_to_participants();
                """);

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_published_timeline",
                table: "event_participants",
                columns: new[] { "actor_id", "event_occurred_on", "event_id" },
                descending: new[] { false, true, true },
                filter: "event_status = 'Published'")
                .Annotation("Npgsql:IndexInclude", new[] { "event_kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_event_participants_published_timeline",
                table: "event_participants");

            migrationBuilder.Sql("""
                DROP TRIGGER events_copy_to_participants ON events;
                DROP FUNCTION events_copy_to_participants();
                DROP TRIGGER event_participants_copy_event ON event_participants;
                DROP FUNCTION event_participants_copy_event();
                """);

            migrationBuilder.DropColumn(
                name: "event_kind",
                table: "event_participants");

            migrationBuilder.DropColumn(
                name: "event_occurred_on",
                table: "event_participants");

            migrationBuilder.DropColumn(
                name: "event_status",
                table: "event_participants");
        }
    }
}
