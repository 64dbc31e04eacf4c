using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <summary>
    /// What an actor's page counts and lists, kept as editors write (issue 13: the busiest actor's page counted its whole
    /// record on every view). Each involvement now says how the actor took part (<c>spoke</c>, <c>claimed</c>,
    /// <c>proposed</c>, <c>responded</c>, <c>alleged</c>, <c>accused</c>, <c>took_position</c>), derived with the rest of the row by
    /// <c>refresh_event_involvements</c>; from them:
    /// <list type="bullet">
    /// <item><c>actor_part_counts</c>: per actor, the published ceasefires they proposed, answered, alleged a violation
    /// of or were accused under, the published claims they took a position on and the published exchanges they were
    /// part of; kept by a trigger on <c>event_involvements</c> that takes a row's old state away and adds its new one, as
    /// <c>published_day_counts</c> is kept, and filled by <c>rebuild_actor_part_counts()</c>, which
    /// <c>rebuild_read_aggregates()</c> now calls too.</item>
    /// <item>two partial indexes, an actor's published statements (as speaker) and claims (as claimant or position taker)
    /// newest first, so a page of either is an index range whatever the actor's share of all statements or claims.</item>
    /// </list>
    /// </summary>
    public partial class ActorAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "accused",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "alleged",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "claimed",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "proposed",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "responded",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "spoke",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "took_position",
                table: "event_involvements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The flags of the rows already there, in one statement. The pairs trigger recomputes an event's talks pairs on
            // any update of its involvements; flags change no pair, so it is off meanwhile (ALTER TABLE: this
            // transaction holds the table alone until it commits).
            migrationBuilder.Sql($$"""
                {{RefreshFunctionSql}}

                ALTER TABLE event_involvements DISABLE TRIGGER event_involvements_talks_pairs;
                UPDATE event_involvements i
                SET spoke = p.spoke, claimed = p.claimed, proposed = p.proposed, responded = p.responded,
                    alleged = p.alleged, accused = p.accused, took_position = p.took_position
                FROM ({{Parts(oneEvent: false)}}) p
                WHERE i.event_id = p.event_id AND i.actor_id = p.actor_id
                  AND (p.spoke OR p.claimed OR p.proposed OR p.responded OR p.alleged OR p.accused OR p.took_position);
                ALTER TABLE event_involvements ENABLE TRIGGER event_involvements_talks_pairs;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_event_involvements_published_claims",
                table: "event_involvements",
                columns: new[] { "actor_id", "event_occurred_on", "event_id" },
                descending: new[] { false, true, true },
                filter: "event_status = 'Published' AND event_kind = 'Claim' AND (claimed OR took_position)");

            migrationBuilder.CreateIndex(
                name: "ix_event_involvements_published_statements",
                table: "event_involvements",
                columns: new[] { "actor_id", "event_occurred_on", "event_id" },
                descending: new[] { false, true, true },
                filter: "event_status = 'Published' AND event_kind = 'Statement' AND spoke");

            migrationBuilder.Sql(PartCountsSql);
            migrationBuilder.Sql(RebuildSql);
            migrationBuilder.Sql("SELECT rebuild_actor_part_counts();");
            // Statistics for the planner now, not whenever autovacuum gets to it: a table filled in a migration has none,
            // and without them the read aggregates were planned as if empty.
            migrationBuilder.Sql("ANALYZE event_involvements; ANALYZE actor_part_counts;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION rebuild_read_aggregates() RETURNS void LANGUAGE sql AS $$
                {ReadAggregates.RebuildBody}
                $$;
                DROP FUNCTION rebuild_actor_part_counts();
                DROP TRIGGER event_involvements_part_counts ON event_involvements;
                DROP FUNCTION event_involvements_part_counts();
                DROP FUNCTION actor_part_counts_add(event_involvements, integer);
                DROP FUNCTION involvement_part_counts(event_involvements);
                DROP TABLE actor_part_counts;
                {EventWindowsAndInvolvement.RefreshFunctionSql}
                """);

            migrationBuilder.DropIndex(
                name: "ix_event_involvements_published_claims",
                table: "event_involvements");

            migrationBuilder.DropIndex(
                name: "ix_event_involvements_published_statements",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "accused",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "alleged",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "claimed",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "proposed",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "responded",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "spoke",
                table: "event_involvements");

            migrationBuilder.DropColumn(
                name: "took_position",
                table: "event_involvements");
        }

        /// <summary>rebuild_read_aggregates() as this migration makes it (migration ActorTalksPairCounts adds to it).</summary>
        internal static string RebuildSql => $"""
            CREATE OR REPLACE FUNCTION rebuild_read_aggregates() RETURNS void LANGUAGE sql AS $$
            {ReadAggregates.RebuildBody}
            SELECT rebuild_actor_part_counts();
            $$;
            """;

        /// <summary>
        /// How each actor took part in one event (<c>target</c>) or in every event, from the rows that say so: their
        /// participant roles, responses, allegations either way and positions. Only actors with some part have a row.
        /// </summary>
        private static string Parts(bool oneEvent)
        {
            string Where(string column) => oneEvent ? $"WHERE {column} = target" : "";
            return $"""
                SELECT event_id, actor_id, bool_or(spoke) AS spoke, bool_or(claimed) AS claimed, bool_or(proposed) AS proposed,
                       bool_or(responded) AS responded, bool_or(alleged) AS alleged, bool_or(accused) AS accused,
                       bool_or(took_position) AS took_position
                FROM (
                    SELECT event_id, actor_id, role = 'Speaker' AS spoke, role = 'Claimant' AS claimed, role = 'Proposer' AS proposed,
                           false AS responded, false AS alleged, false AS accused, false AS took_position
                    FROM event_participants {Where("event_id")}
                    UNION ALL SELECT proposal_id, actor_id, false, false, false, true, false, false, false FROM ceasefire_responses {Where("proposal_id")}
                    UNION ALL SELECT proposal_id, accuser_id, false, false, false, false, true, false, false FROM violation_allegations {Where("proposal_id")}
                    UNION ALL SELECT proposal_id, accused_id, false, false, false, false, false, true, false FROM violation_allegations {Where("proposal_id")}
                    UNION ALL SELECT claim_id, actor_id, false, false, false, false, false, false, true FROM claim_positions {Where("claim_id")}
                ) part
                GROUP BY event_id, actor_id
                """;
        }

        /// <summary>
        /// refresh_event_involvements with the parts: the rows of one event are derived as before, and each carries how
        /// its actor took part; a changed part is written like a changed role (only when it differs).
        /// </summary>
        private static string RefreshFunctionSql => $$"""
            CREATE OR REPLACE FUNCTION refresh_event_involvements(target bigint) RETURNS void LANGUAGE sql AS $$
                WITH involved AS (
                    {{EventWindowsAndInvolvement.Involved(oneEvent: true)}}
                ), seats AS (
                    {{EventWindowsAndInvolvement.Seats(oneEvent: true)}}
                ), parts AS (
                    {{Parts(oneEvent: true)}}
                ), gone AS (
                    DELETE FROM event_involvements i
                    WHERE i.event_id = target AND NOT EXISTS (SELECT 1 FROM involved v WHERE v.actor_id = i.actor_id)
                )
                INSERT INTO event_involvements (event_id, actor_id, event_occurred_on, event_kind, event_status, participant_role, represents_id,
                                                spoke, claimed, proposed, responded, alleged, accused, took_position)
                SELECT e.id, v.actor_id, e.occurred_on, e.kind, e.status, s.role, s.represents_id,
                       coalesce(p.spoke, false), coalesce(p.claimed, false), coalesce(p.proposed, false), coalesce(p.responded, false),
                       coalesce(p.alleged, false), coalesce(p.accused, false), coalesce(p.took_position, false)
                FROM involved v JOIN events e ON e.id = target
                LEFT JOIN seats s ON s.actor_id = v.actor_id
                LEFT JOIN parts p ON p.actor_id = v.actor_id
                ON CONFLICT (event_id, actor_id) DO UPDATE
                SET participant_role = EXCLUDED.participant_role, represents_id = EXCLUDED.represents_id,
                    spoke = EXCLUDED.spoke, claimed = EXCLUDED.claimed, proposed = EXCLUDED.proposed, responded = EXCLUDED.responded,
                    alleged = EXCLUDED.alleged, accused = EXCLUDED.accused, took_position = EXCLUDED.took_position
                WHERE (event_involvements.participant_role, event_involvements.represents_id, event_involvements.spoke,
                       event_involvements.claimed, event_involvements.proposed, event_involvements.responded,
                       event_involvements.alleged, event_involvements.accused, event_involvements.took_position)
                    IS DISTINCT FROM (EXCLUDED.participant_role, EXCLUDED.represents_id, EXCLUDED.spoke, EXCLUDED.claimed,
                       EXCLUDED.proposed, EXCLUDED.responded, EXCLUDED.alleged, EXCLUDED.accused, EXCLUDED.took_position);
            $$;
            """;

        // What one published involvement adds to its actor's counts (0 or 1 each), in one place for the trigger and the
        // rebuild. The kinds are today's page's: a proposal's parts count on proposals only, a position on claims only.
        // A row's old state is taken away and its new state added (ON CONFLICT … + n), so concurrent writers only add,
        // and a row that counts nothing is deleted.
        private const string PartCountsSql = """
            CREATE TABLE actor_part_counts (
                actor_id integer NOT NULL,
                proposed integer NOT NULL,
                responded integer NOT NULL,
                alleged integer NOT NULL,
                accused integer NOT NULL,
                positions integer NOT NULL,
                exchanges integer NOT NULL,
                CONSTRAINT pk_actor_part_counts PRIMARY KEY (actor_id)
            );

            CREATE FUNCTION involvement_part_counts(i event_involvements,
                OUT proposed integer, OUT responded integer, OUT alleged integer, OUT accused integer, OUT positions integer, OUT exchanges integer)
            LANGUAGE sql IMMUTABLE AS $$
                SELECT (i.event_kind = 'CeasefireProposal' AND i.proposed)::int,
                       (i.event_kind = 'CeasefireProposal' AND i.responded)::int,
                       (i.event_kind = 'CeasefireProposal' AND i.alleged)::int,
                       (i.event_kind = 'CeasefireProposal' AND i.accused)::int,
                       (i.event_kind = 'Claim' AND i.took_position)::int,
                       (i.event_kind = 'PrisonerExchange')::int;
            $$;

            CREATE FUNCTION actor_part_counts_add(i event_involvements, sign integer) RETURNS void LANGUAGE sql AS $$
                INSERT INTO actor_part_counts AS c (actor_id, proposed, responded, alleged, accused, positions, exchanges)
                SELECT i.actor_id, sign * p.proposed, sign * p.responded, sign * p.alleged, sign * p.accused, sign * p.positions, sign * p.exchanges
                FROM involvement_part_counts(i) p
                WHERE p.proposed + p.responded + p.alleged + p.accused + p.positions + p.exchanges > 0
                ON CONFLICT (actor_id) DO UPDATE
                SET proposed = c.proposed + EXCLUDED.proposed, responded = c.responded + EXCLUDED.responded,
                    alleged = c.alleged + EXCLUDED.alleged, accused = c.accused + EXCLUDED.accused,
                    positions = c.positions + EXCLUDED.positions, exchanges = c.exchanges + EXCLUDED.exchanges;
                DELETE FROM actor_part_counts
                WHERE actor_id = i.actor_id AND proposed = 0 AND responded = 0 AND alleged = 0 AND accused = 0 AND positions = 0 AND exchanges = 0;
            $$;

            CREATE FUNCTION event_involvements_part_counts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' AND OLD.event_status = 'Published' THEN PERFORM actor_part_counts_add(OLD, -1); END IF;
                IF TG_OP <> 'DELETE' AND NEW.event_status = 'Published' THEN PERFORM actor_part_counts_add(NEW, 1); END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER event_involvements_part_counts
            AFTER INSERT OR DELETE OR UPDATE OF actor_id, event_kind, event_status, proposed, responded, alleged, accused, took_position
            ON event_involvements
            FOR EACH ROW EXECUTE FUNCTION event_involvements_part_counts();

            CREATE FUNCTION rebuild_actor_part_counts() RETURNS void LANGUAGE sql AS $$
                DELETE FROM actor_part_counts;
                INSERT INTO actor_part_counts (actor_id, proposed, responded, alleged, accused, positions, exchanges)
                SELECT i.actor_id, sum(p.proposed), sum(p.responded), sum(p.alleged), sum(p.accused), sum(p.positions), sum(p.exchanges)
                FROM event_involvements i CROSS JOIN LATERAL involvement_part_counts(i) p
                WHERE i.event_status = 'Published'
                GROUP BY i.actor_id
                HAVING sum(p.proposed + p.responded + p.alleged + p.accused + p.positions + p.exchanges) > 0;
            $$;
            """;
    }
}
