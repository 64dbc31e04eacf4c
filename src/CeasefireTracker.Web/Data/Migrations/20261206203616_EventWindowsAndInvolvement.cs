using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <summary>
    /// Records ceasefire diplomacy as the research datasets do: every event gets a window (start and optional end, with
    /// hours as instants and their IANA zone), proposals are typed as ETH/PRIO types them with a dated status history,
    /// responses can be counter-proposals, exchanges get dated batches and each side's reported figures, participants
    /// can represent a side, and talks can be numbered rounds of a negotiation track. Today's data is carried forward:
    /// the single date is the start, a proposal's length in days becomes the end of its window, a talks duration is
    /// exact. The per-actor timeline moves from the participants' copied columns to <c>event_involvements</c>: one row per
    /// actor and event for everyone who acted (participants, the sides they represent, responders, accusers and the
    /// accused, position takers, exchange sides and reporters), kept by triggers from the rows it is derived from.
    /// </summary>
    public partial class EventWindowsAndInvolvement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The participants' copies of the event's date, kind and status move to event_involvements.
            migrationBuilder.Sql("""
                DROP TRIGGER events_copy_to_participants ON events;
                DROP FUNCTION events_copy_to_participants();
                DROP TRIGGER event_participants_copy_event ON event_participants;
                DROP FUNCTION event_participants_copy_event();
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_duration_days",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_event_participants_published_timeline",
                table: "event_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_event_participants_role",
                table: "event_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_ceasefire_responses_response",
                table: "ceasefire_responses");

            migrationBuilder.DropColumn(
                name: "event_kind",
                table: "event_participants");

            migrationBuilder.DropColumn(
                name: "event_occurred_on",
                table: "event_participants");

            migrationBuilder.DropColumn(
                name: "event_status",
                table: "event_participants");

            migrationBuilder.AddColumn<int>(
                name: "track_id",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "announced_on",
                table: "events",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ceasefire_declaration",
                table: "events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ceasefire_ended_how",
                table: "events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ceasefire_ended_on",
                table: "events",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ceasefire_form",
                table: "events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ceasefire_purpose",
                table: "events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "coverage_detail",
                table: "events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "duration_qualifier",
                table: "events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_precision",
                table: "events",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ends_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ends_on",
                table: "events",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "extends_id",
                table: "events",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "round_number",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "starts_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone",
                table: "events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "represents_id",
                table: "event_participants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "counter_proposal_id",
                table: "ceasefire_responses",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ceasefire_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    proposal_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ceasefire_status_changes", x => x.id);
                    table.CheckConstraint("ck_ceasefire_status_changes_status", "status IN ('Proposed', 'Agreed', 'InForce', 'Violated', 'Lapsed')");
                    table.ForeignKey(
                        name: "fk_ceasefire_status_changes_ceasefire_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ceasefire_status_changes_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "event_involvements",
                columns: table => new
                {
                    event_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    event_occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    event_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    event_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    participant_role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    represents_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_involvements", x => new { x.event_id, x.actor_id });
                    table.CheckConstraint("ck_event_involvements_kind", "event_kind IN ('Talks', 'Statement', 'Claim', 'PrisonerExchange', 'CeasefireProposal')");
                    table.CheckConstraint("ck_event_involvements_role", "participant_role IS NULL OR participant_role IN ('Party', 'HeadOfDelegation', 'Delegate', 'Mediator', 'Host', 'Observer', 'Speaker', 'Claimant', 'Proposer', 'Subject', 'Mentioned')");
                    table.CheckConstraint("ck_event_involvements_status", "event_status IN ('Draft', 'Published', 'Archived')");
                    table.ForeignKey(
                        name: "fk_event_involvements_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_involvements_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Npgsql:StorageParameter:parallel_workers", 0);

            migrationBuilder.CreateTable(
                name: "exchange_batches",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    exchange_id = table.Column<long>(type: "bigint", nullable: false),
                    released_on = table.Column<DateOnly>(type: "date", nullable: false),
                    from_actor_id = table.Column<int>(type: "integer", nullable: false),
                    to_actor_id = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_batches", x => x.id);
                    table.CheckConstraint("ck_exchange_batches_category", "category IN ('PrisonerOfWar', 'Civilian', 'Convict', 'Other')");
                    table.CheckConstraint("ck_exchange_batches_count", "count >= 0");
                    table.CheckConstraint("ck_exchange_batches_sides", "from_actor_id <> to_actor_id");
                    table.ForeignKey(
                        name: "fk_exchange_batches_actors_from_actor_id",
                        column: x => x.from_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_batches_actors_to_actor_id",
                        column: x => x.to_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_batches_prisoner_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exchange_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    exchange_id = table.Column<long>(type: "bigint", nullable: false),
                    reported_by_id = table.Column<int>(type: "integer", nullable: false),
                    from_actor_id = table.Column<int>(type: "integer", nullable: false),
                    to_actor_id = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    count = table.Column<int>(type: "integer", nullable: false),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_reports", x => x.id);
                    table.CheckConstraint("ck_exchange_reports_category", "category IS NULL OR category IN ('PrisonerOfWar', 'Civilian', 'Convict', 'Other')");
                    table.CheckConstraint("ck_exchange_reports_count", "count >= 0");
                    table.CheckConstraint("ck_exchange_reports_sides", "from_actor_id <> to_actor_id");
                    table.ForeignKey(
                        name: "fk_exchange_reports_actors_from_actor_id",
                        column: x => x.from_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_reports_actors_reported_by_id",
                        column: x => x.reported_by_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_reports_actors_to_actor_id",
                        column: x => x.to_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_reports_prisoner_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_exchange_reports_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "negotiation_tracks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_negotiation_tracks", x => x.id);
                    table.CheckConstraint("ck_negotiation_tracks_name", "length(btrim(name)) > 0");
                    table.CheckConstraint("ck_negotiation_tracks_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_extends_id",
                table: "events",
                column: "extends_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_track_id_round_number",
                table: "events",
                columns: new[] { "track_id", "round_number" },
                filter: "track_id IS NOT NULL");

            // Today's data carried forward, before the new checks hold it to the new rules. A proposal's length in days
            // becomes its window's last day (the start plus the days, less one: a 30-day truce from 11 March ends on
            // 9 April), as exactly as the start was known; EventDraft.Upgrade reads old snapshots the same way. The
            // single date of a proposal was the day it was made: its announcement, when known to the day.
            migrationBuilder.Sql("""
                UPDATE events SET duration_qualifier = 'Exact' WHERE kind = 'Talks';
                UPDATE events
                SET ends_on = occurred_on + (duration_days - 1),
                    end_precision = CASE WHEN date_precision = 'Day' THEN 'Day' ELSE 'Approximate' END
                WHERE duration_days IS NOT NULL;
                UPDATE events SET announced_on = occurred_on WHERE kind = 'CeasefireProposal' AND date_precision = 'Day';
                """);

            migrationBuilder.DropColumn(
                name: "duration_days",
                table: "events");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ceasefire_declaration",
                table: "events",
                sql: "ceasefire_declaration IS NULL OR ceasefire_declaration IN ('Unilateral', 'Bilateral', 'Multilateral')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ceasefire_ended_how",
                table: "events",
                sql: "ceasefire_ended_how IS NULL OR ceasefire_ended_how IN ('Expired', 'Broken', 'Superseded', 'Extended', 'Withdrawn')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ceasefire_extends_other",
                table: "events",
                sql: "extends_id IS NULL OR extends_id <> id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ceasefire_form",
                table: "events",
                sql: "ceasefire_form IS NULL OR ceasefire_form IN ('Written', 'Verbal')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ceasefire_purpose",
                table: "events",
                sql: "ceasefire_purpose IS NULL OR ceasefire_purpose IN ('Humanitarian', 'Holiday', 'PeaceProcess', 'Elections', 'Other')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_duration_qualifier",
                table: "events",
                sql: "duration_qualifier IS NULL OR duration_qualifier IN ('Exact', 'About', 'Under', 'Over')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_end_has_precision",
                table: "events",
                sql: "(ends_on IS NULL) = (end_precision IS NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_end_precision",
                table: "events",
                sql: "end_precision IS NULL OR end_precision IN ('Day', 'Month', 'Approximate')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_end_time_has_date",
                table: "events",
                sql: "ends_at IS NULL OR ends_on IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ends_at_after_start",
                table: "events",
                sql: "ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_ends_on_after_start",
                table: "events",
                sql: "ends_on IS NULL OR ends_on >= occurred_on");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_round_number",
                table: "events",
                sql: "round_number IS NULL OR (round_number > 0 AND track_id IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_times_have_zone",
                table: "events",
                sql: "(starts_at IS NULL AND ends_at IS NULL) OR time_zone IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_represents_id",
                table: "event_participants",
                column: "represents_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_event_participants_represents_other",
                table: "event_participants",
                sql: "represents_id IS NULL OR represents_id <> actor_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_event_participants_role",
                table: "event_participants",
                sql: "role IN ('Party', 'HeadOfDelegation', 'Delegate', 'Mediator', 'Host', 'Observer', 'Speaker', 'Claimant', 'Proposer', 'Subject', 'Mentioned')");

            migrationBuilder.CreateIndex(
                name: "ix_ceasefire_responses_counter_proposal_id",
                table: "ceasefire_responses",
                column: "counter_proposal_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ceasefire_responses_counter_proposal",
                table: "ceasefire_responses",
                sql: "counter_proposal_id IS NULL OR (response = 'CounterProposal' AND counter_proposal_id <> proposal_id)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ceasefire_responses_response",
                table: "ceasefire_responses",
                sql: "response IN ('Accepted', 'AcceptedWithConditions', 'Reciprocated', 'CounterProposal', 'Rejected', 'NoResponse')");

            migrationBuilder.CreateIndex(
                name: "ix_ceasefire_status_changes_proposal_id",
                table: "ceasefire_status_changes",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_ceasefire_status_changes_source_id",
                table: "ceasefire_status_changes",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_involvements_published_timeline",
                table: "event_involvements",
                columns: new[] { "actor_id", "event_occurred_on", "event_id" },
                descending: new[] { false, true, true },
                filter: "event_status = 'Published'")
                .Annotation("Npgsql:IndexInclude", new[] { "event_kind" });

            migrationBuilder.CreateIndex(
                name: "ix_exchange_batches_exchange_id",
                table: "exchange_batches",
                column: "exchange_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_batches_from_actor_id",
                table: "exchange_batches",
                column: "from_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_batches_to_actor_id",
                table: "exchange_batches",
                column: "to_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_reports_exchange_id",
                table: "exchange_reports",
                column: "exchange_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_reports_from_actor_id",
                table: "exchange_reports",
                column: "from_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_reports_reported_by_id",
                table: "exchange_reports",
                column: "reported_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_reports_source_id",
                table: "exchange_reports",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_reports_to_actor_id",
                table: "exchange_reports",
                column: "to_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_negotiation_tracks_name",
                table: "negotiation_tracks",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_negotiation_tracks_slug",
                table: "negotiation_tracks",
                column: "slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_ceasefire_responses_ceasefire_proposals_counter_proposal_id",
                table: "ceasefire_responses",
                column: "counter_proposal_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_event_participants_actors_represents_id",
                table: "event_participants",
                column: "represents_id",
                principalTable: "actors",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_events_events_extends_id",
                table: "events",
                column: "extends_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_events_negotiation_tracks_track_id",
                table: "events",
                column: "track_id",
                principalTable: "negotiation_tracks",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql(InvolvementSql);
            migrationBuilder.Sql(TalksMeetingsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW talks_meetings;
                DROP VIEW talks_seats;
                DROP TRIGGER events_copy_to_involvements ON events;
                DROP FUNCTION events_copy_to_involvements();
                """);
            foreach (var (table, _) in InvolvementSources)
            {
                migrationBuilder.Sql($"DROP TRIGGER {table}_involvements ON {table};");
            }

            migrationBuilder.Sql("""
                DROP FUNCTION event_involvements_follow();
                DROP FUNCTION refresh_event_involvements(bigint);
                """);

            // Back to the old shape, as near as it goes: a window's days become a length again, and the new roles and
            // responses become the nearest old ones (a delegation's members are parties, an observer is mentioned).
            migrationBuilder.AddColumn<int>(
                name: "duration_days",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE events SET duration_days = ends_on - occurred_on + 1 WHERE kind = 'CeasefireProposal' AND ends_on IS NOT NULL;
                """);

            migrationBuilder.Sql("""
                DELETE FROM event_participants p
                WHERE p.role IN ('HeadOfDelegation', 'Delegate', 'Observer')
                  AND EXISTS (SELECT 1 FROM event_participants o WHERE o.event_id = p.event_id AND o.actor_id = p.actor_id
                              AND o.role = CASE WHEN p.role = 'Observer' THEN 'Mentioned' ELSE 'Party' END);
                DELETE FROM event_participants p
                WHERE p.role IN ('HeadOfDelegation', 'Delegate')
                  AND EXISTS (SELECT 1 FROM event_participants o WHERE o.event_id = p.event_id AND o.actor_id = p.actor_id
                              AND o.role IN ('HeadOfDelegation', 'Delegate') AND o.role < p.role);
                UPDATE event_participants SET role = CASE WHEN role = 'Observer' THEN 'Mentioned' ELSE 'Party' END
                WHERE role IN ('HeadOfDelegation', 'Delegate', 'Observer');
                UPDATE ceasefire_responses SET response = CASE WHEN response = 'Reciprocated' THEN 'Accepted' ELSE 'Rejected' END
                WHERE response IN ('Reciprocated', 'CounterProposal');
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_ceasefire_responses_ceasefire_proposals_counter_proposal_id",
                table: "ceasefire_responses");

            migrationBuilder.DropForeignKey(
                name: "fk_event_participants_actors_represents_id",
                table: "event_participants");

            migrationBuilder.DropForeignKey(
                name: "fk_events_events_extends_id",
                table: "events");

            migrationBuilder.DropForeignKey(
                name: "fk_events_negotiation_tracks_track_id",
                table: "events");

            migrationBuilder.DropTable(
                name: "ceasefire_status_changes");

            migrationBuilder.DropTable(
                name: "event_involvements");

            migrationBuilder.DropTable(
                name: "exchange_batches");

            migrationBuilder.DropTable(
                name: "exchange_reports");

            migrationBuilder.DropTable(
                name: "negotiation_tracks");

            migrationBuilder.DropIndex(
                name: "ix_events_extends_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_track_id_round_number",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ceasefire_declaration",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ceasefire_ended_how",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ceasefire_extends_other",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ceasefire_form",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ceasefire_purpose",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_duration_qualifier",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_end_has_precision",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_end_precision",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_end_time_has_date",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ends_at_after_start",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_ends_on_after_start",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_round_number",
                table: "events");

            migrationBuilder.DropCheckConstraint(
                name: "ck_events_times_have_zone",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_event_participants_represents_id",
                table: "event_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_event_participants_represents_other",
                table: "event_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_event_participants_role",
                table: "event_participants");

            migrationBuilder.DropIndex(
                name: "ix_ceasefire_responses_counter_proposal_id",
                table: "ceasefire_responses");

            migrationBuilder.DropCheckConstraint(
                name: "ck_ceasefire_responses_counter_proposal",
                table: "ceasefire_responses");

            migrationBuilder.DropCheckConstraint(
                name: "ck_ceasefire_responses_response",
                table: "ceasefire_responses");

            migrationBuilder.DropColumn(
                name: "announced_on",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ceasefire_declaration",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ceasefire_ended_how",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ceasefire_ended_on",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ceasefire_form",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ceasefire_purpose",
                table: "events");

            migrationBuilder.DropColumn(
                name: "coverage_detail",
                table: "events");

            migrationBuilder.DropColumn(
                name: "duration_qualifier",
                table: "events");

            migrationBuilder.DropColumn(
                name: "end_precision",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ends_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "ends_on",
                table: "events");

            migrationBuilder.DropColumn(
                name: "extends_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "round_number",
                table: "events");

            migrationBuilder.DropColumn(
                name: "starts_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "time_zone",
                table: "events");

            migrationBuilder.DropColumn(
                name: "represents_id",
                table: "event_participants");

            migrationBuilder.DropColumn(
                name: "counter_proposal_id",
                table: "ceasefire_responses");

            migrationBuilder.DropColumn(
                name: "track_id",
                table: "events");

            migrationBuilder.AddColumn<string>(
                name: "event_kind",
                table: "event_participants",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "event_occurred_on",
                table: "event_participants",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "event_status",
                table: "event_participants",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // The copies and triggers of migration ParticipantTimelineIndex, as it made them.
            migrationBuilder.Sql("""
                UPDATE event_participants p
                SET event_occurred_on = e.occurred_on, event_kind = e.kind, event_status = e.status
                FROM events e
                WHERE e.id = p.event_id;

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

            migrationBuilder.AddCheckConstraint(
                name: "ck_events_duration_days",
                table: "events",
                sql: "duration_days IS NULL OR duration_days > 0");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_published_timeline",
                table: "event_participants",
                columns: new[] { "actor_id", "event_occurred_on", "event_id" },
                descending: new[] { false, true, true },
                filter: "event_status = 'Published'")
                .Annotation("Npgsql:IndexInclude", new[] { "event_kind" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_event_participants_role",
                table: "event_participants",
                sql: "role IN ('Party', 'Mediator', 'Host', 'Speaker', 'Claimant', 'Proposer', 'Subject', 'Mentioned')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ceasefire_responses_response",
                table: "ceasefire_responses",
                sql: "response IN ('Accepted', 'AcceptedWithConditions', 'Rejected', 'NoResponse')");
        }

        /// <summary>The tables an actor's involvement is derived from: the column naming the event, and those naming actors.</summary>
        private static readonly (string Table, string EventColumn)[] InvolvementSources =
        [
            ("event_participants", "event_id"),
            ("ceasefire_responses", "proposal_id"),
            ("violation_allegations", "proposal_id"),
            ("claim_positions", "claim_id"),
            ("exchange_lines", "exchange_id"),
            ("exchange_batches", "exchange_id"),
            ("exchange_reports", "exchange_id"),
            ("exchanged_detainees", "exchange_id"),
        ];

        /// <summary>Who acted in one event (<c>target</c>), or in every event when the filter is left out.</summary>
        private const string InvolvedSql = """
            SELECT event_id, actor_id FROM event_participants {0}
            UNION SELECT event_id, represents_id FROM event_participants WHERE represents_id IS NOT NULL {1}
            UNION SELECT proposal_id, actor_id FROM ceasefire_responses {2}
            UNION SELECT proposal_id, accuser_id FROM violation_allegations {2}
            UNION SELECT proposal_id, accused_id FROM violation_allegations {2}
            UNION SELECT claim_id, actor_id FROM claim_positions {3}
            UNION SELECT exchange_id, from_actor_id FROM exchange_lines {4}
            UNION SELECT exchange_id, to_actor_id FROM exchange_lines {4}
            UNION SELECT exchange_id, from_actor_id FROM exchange_batches {4}
            UNION SELECT exchange_id, to_actor_id FROM exchange_batches {4}
            UNION SELECT exchange_id, reported_by_id FROM exchange_reports {4}
            UNION SELECT exchange_id, from_actor_id FROM exchange_reports {4}
            UNION SELECT exchange_id, to_actor_id FROM exchange_reports {4}
            UNION SELECT exchange_id, released_by_id FROM exchanged_detainees {4}
            UNION SELECT exchange_id, released_to_id FROM exchanged_detainees {4}
            """;

        internal static string Involved(bool oneEvent) => string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            InvolvedSql,
            oneEvent ? "WHERE event_id = target" : "",
            oneEvent ? "AND event_id = target" : "",
            oneEvent ? "WHERE proposal_id = target" : "",
            oneEvent ? "WHERE claim_id = target" : "",
            oneEvent ? "WHERE exchange_id = target" : "");

        /// <summary>
        /// refresh_event_involvements(event) recomputes one event's rows: those no longer derived from anything go, the
        /// new ones come with the event's date, kind and status, and each participant's role and side are brought up to date. A row trigger on every source table calls it for the
        /// event of the row written (both events, if a row moves), in the writer's transaction; a trigger on events
        /// keeps the copies. The existing data is filled in one set-based statement.
        /// </summary>
        private static string InvolvementSql => $$"""
            {{RefreshFunctionSql}}

            CREATE FUNCTION event_involvements_follow() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                old_event bigint;
                new_event bigint;
            BEGIN
                IF TG_OP <> 'INSERT' THEN old_event := (to_jsonb(OLD) ->> TG_ARGV[0])::bigint; END IF;
                IF TG_OP <> 'DELETE' THEN new_event := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint; END IF;
                IF old_event IS NOT NULL THEN PERFORM refresh_event_involvements(old_event); END IF;
                IF new_event IS DISTINCT FROM old_event THEN PERFORM refresh_event_involvements(new_event); END IF;
                RETURN NULL;
            END $$;

            {{string.Concat(InvolvementSources.Select(s => $"""
                CREATE TRIGGER {s.Table}_involvements
                AFTER INSERT OR UPDATE OR DELETE ON {s.Table}
                FOR EACH ROW EXECUTE FUNCTION event_involvements_follow('{s.EventColumn}');

                """))}}
            CREATE FUNCTION events_copy_to_involvements() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE event_involvements
                SET event_occurred_on = NEW.occurred_on, event_kind = NEW.kind, event_status = NEW.status
                WHERE event_id = NEW.id;
                RETURN NULL;
            END $$;

            CREATE TRIGGER events_copy_to_involvements
            AFTER UPDATE OF occurred_on, kind, status ON events
            FOR EACH ROW
            WHEN (OLD.occurred_on IS DISTINCT FROM NEW.occurred_on OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.status IS DISTINCT FROM NEW.status)
            EXECUTE FUNCTION events_copy_to_involvements();

            INSERT INTO event_involvements (event_id, actor_id, event_occurred_on, event_kind, event_status, participant_role, represents_id)
            SELECT e.id, v.actor_id, e.occurred_on, e.kind, e.status, s.role, s.represents_id
            FROM ({{Involved(oneEvent: false)}}) v
            JOIN events e ON e.id = v.event_id
            LEFT JOIN ({{Seats(oneEvent: false)}}) s ON s.event_id = v.event_id AND s.actor_id = v.actor_id;
            """;

        /// <summary>refresh_event_involvements as this migration made it (migration ActorAggregates replaces it, and goes back to it on Down).</summary>
        internal static string RefreshFunctionSql => $$"""
            CREATE OR REPLACE FUNCTION refresh_event_involvements(target bigint) RETURNS void LANGUAGE sql AS $$
                WITH involved AS (
                    {{Involved(oneEvent: true)}}
                ), seats AS (
                    {{Seats(oneEvent: true)}}
                ), gone AS (
                    DELETE FROM event_involvements i
                    WHERE i.event_id = target AND NOT EXISTS (SELECT 1 FROM involved v WHERE v.actor_id = i.actor_id)
                )
                INSERT INTO event_involvements (event_id, actor_id, event_occurred_on, event_kind, event_status, participant_role, represents_id)
                SELECT e.id, v.actor_id, e.occurred_on, e.kind, e.status, s.role, s.represents_id
                FROM involved v JOIN events e ON e.id = target LEFT JOIN seats s ON s.actor_id = v.actor_id
                ON CONFLICT (event_id, actor_id) DO UPDATE
                SET participant_role = EXCLUDED.participant_role, represents_id = EXCLUDED.represents_id
                WHERE (event_involvements.participant_role, event_involvements.represents_id)
                    IS DISTINCT FROM (EXCLUDED.participant_role, EXCLUDED.represents_id);
            $$;
            """;

        /// <summary>
        /// Each participant's role (the first in ParticipantRole's order when they hold several: parties before hosts)
        /// and the side they represent, per event; one event's (<c>target</c>) or every event's.
        /// </summary>
        internal static string Seats(bool oneEvent) => $$"""
            SELECT event_id, actor_id,
                   (array_agg(role ORDER BY array_position(ARRAY[{{string.Join(", ", RoleOrder.Select(r => $"'{r}'"))}}]::text[], role::text)))[1] AS role,
                   max(represents_id) AS represents_id
            FROM event_participants
            {{(oneEvent ? "WHERE event_id = target" : "")}}
            GROUP BY event_id, actor_id
            """;

        /// <summary>ParticipantRole's names in its order when this migration was written (a later change of order needs a migration).</summary>
        private static readonly string[] RoleOrder =
            ["Party", "HeadOfDelegation", "Delegate", "Mediator", "Host", "Observer", "Speaker", "Claimant", "Proposer", "Subject", "Mentioned"];

        /// <summary>
        /// Who met whom at published talks. A seat is an actor at the table: a participant as party, head of delegation,
        /// delegate, mediator, host or observer (not someone mentioned or the subject), or a side such a participant
        /// represents. Each seat has its side: the actor the participant represents, or the actor. Two actors met when
        /// their sides differ: Medinsky (for Russia) meets Ukraine's delegates and Ukraine, never Russia. Read from the
        /// involvements, which carry each participant's first role (the table's roles come first) and side, so one
        /// actor's meetings are an index scan of their involvements and a probe by event for the others.
        /// </summary>
        private const string TalksMeetingsSql = """
            CREATE VIEW talks_seats AS
            SELECT i.event_id, i.event_occurred_on, i.actor_id, coalesce(i.represents_id, i.actor_id) AS side
            FROM event_involvements i
            WHERE i.event_kind = 'Talks' AND i.event_status = 'Published'
              AND (i.participant_role IN ('Party', 'HeadOfDelegation', 'Delegate', 'Mediator', 'Host', 'Observer')
                   OR EXISTS (SELECT 1 FROM event_involvements r
                              WHERE r.event_id = i.event_id AND r.represents_id = i.actor_id
                                AND r.participant_role IN ('Party', 'HeadOfDelegation', 'Delegate', 'Mediator', 'Host', 'Observer')));

            CREATE VIEW talks_meetings AS
            SELECT x.event_id, x.event_occurred_on AS occurred_on, x.actor_id, y.actor_id AS other_id
            FROM talks_seats x
            JOIN talks_seats y ON y.event_id = x.event_id AND y.actor_id <> x.actor_id AND y.side <> x.side;
            """;
    }
}
