using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <summary>
    /// /analysis with one actor chosen shows the pairs who met at that actor's talks (the actor's own meetings and the
    /// others at the same tables); for the busiest actor that was 163,000 meetings grouped on every view (Valoria at 1M).
    /// <c>actor_talks_pair_counts</c> keeps, per actor and pair, how many of the actor's published talks the pair met
    /// at and the latest: each <c>talks_event_pairs</c> row remembers the actors it was counted for
    /// (<c>counted_actors</c>, the event's involvements when last counted), and <c>refresh_actor_talks_pairs(event)</c>
    /// counts only the difference between that and the event's involvements now, so the order in which the
    /// involvements' and the pairs' triggers run does not matter, and a save that changes neither counts nothing.
    /// Not in the EF model: the app reads it with SQL, never writes it.
    /// </summary>
    public partial class ActorTalksPairCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CountsSql);
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION rebuild_read_aggregates() RETURNS void LANGUAGE sql AS $$
                {RebuildBody}
                $$;
                """);
            migrationBuilder.Sql("SELECT rebuild_actor_talks_pair_counts();");
            // Statistics for the planner now (a table filled in a migration has none until autovacuum comes by).
            migrationBuilder.Sql("ANALYZE talks_event_pairs; ANALYZE actor_talks_pair_counts;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                {ActorAggregates.RebuildSql}
                DROP FUNCTION rebuild_actor_talks_pair_counts();
                DROP TRIGGER event_involvements_actor_talks_pairs ON event_involvements;
                DROP FUNCTION event_involvements_actor_talks_pairs();
                DROP TRIGGER talks_event_pairs_actor_counts ON talks_event_pairs;
                DROP FUNCTION talks_event_pairs_actor_counts();
                DROP FUNCTION refresh_actor_talks_pairs(bigint);
                DROP FUNCTION actor_talks_pairs_add(integer[], talks_event_pairs, integer);
                DROP TABLE actor_talks_pair_counts;
                ALTER TABLE talks_event_pairs DROP COLUMN counted_actors;
                """);
        }

        /// <summary>What rebuild_read_aggregates() does as this migration makes it (migration ActorDayCounts adds to it).</summary>
        internal static string RebuildBody => $"""
            -- The pairs are deleted and inserted again below; their counts are rebuilt in one pass afterwards.
            ALTER TABLE talks_event_pairs DISABLE TRIGGER talks_event_pairs_actor_counts;
            {ReadAggregates.RebuildBody}
            ALTER TABLE talks_event_pairs ENABLE TRIGGER talks_event_pairs_actor_counts;
            SELECT rebuild_actor_part_counts();
            SELECT rebuild_actor_talks_pair_counts();
            """;

        // Adding or taking away actors of one pair row: +1 or −1 talks, the latest date the greatest on adding, read
        // again from the pair's meetings those actors were counted at on taking away (the latest may have gone).
        private const string CountsSql = """
            ALTER TABLE talks_event_pairs ADD COLUMN counted_actors integer[] NOT NULL DEFAULT '{}';

            CREATE TABLE actor_talks_pair_counts (
                actor_id integer NOT NULL,
                first_id integer NOT NULL,
                second_id integer NOT NULL,
                talks integer NOT NULL,
                last_met date NOT NULL,
                CONSTRAINT pk_actor_talks_pair_counts PRIMARY KEY (actor_id, first_id, second_id)
            );
            CREATE INDEX ix_actor_talks_pair_counts_most ON actor_talks_pair_counts (actor_id, talks DESC, last_met DESC);

            CREATE FUNCTION actor_talks_pairs_add(actors integer[], p talks_event_pairs, delta integer) RETURNS void LANGUAGE sql AS $$
                INSERT INTO actor_talks_pair_counts AS c (actor_id, first_id, second_id, talks, last_met)
                SELECT a, p.first_id, p.second_id, delta, p.occurred_on FROM unnest(actors) a
                ON CONFLICT (actor_id, first_id, second_id) DO UPDATE
                SET talks = c.talks + EXCLUDED.talks,
                    last_met = CASE WHEN EXCLUDED.talks > 0 THEN greatest(c.last_met, EXCLUDED.last_met) ELSE c.last_met END;
                DELETE FROM actor_talks_pair_counts
                WHERE actor_id = ANY(actors) AND first_id = p.first_id AND second_id = p.second_id AND talks <= 0;
                UPDATE actor_talks_pair_counts c
                SET last_met = (SELECT max(q.occurred_on) FROM talks_event_pairs q
                                WHERE q.first_id = c.first_id AND q.second_id = c.second_id AND c.actor_id = ANY(q.counted_actors))
                WHERE delta < 0 AND c.actor_id = ANY(actors) AND c.first_id = p.first_id AND c.second_id = p.second_id;
            $$;

            CREATE FUNCTION refresh_actor_talks_pairs(target bigint) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                now_counted integer[] := ARRAY(SELECT actor_id FROM event_involvements WHERE event_id = target ORDER BY actor_id);
                p talks_event_pairs;
            BEGIN
                FOR p IN SELECT * FROM talks_event_pairs WHERE event_id = target AND counted_actors <> now_counted LOOP
                    -- The row first, so that reading the latest date again no longer finds the actors taken away.
                    UPDATE talks_event_pairs SET counted_actors = now_counted
                    WHERE event_id = p.event_id AND first_id = p.first_id AND second_id = p.second_id;
                    PERFORM actor_talks_pairs_add(ARRAY(SELECT unnest(now_counted) EXCEPT SELECT unnest(p.counted_actors)), p, 1);
                    PERFORM actor_talks_pairs_add(ARRAY(SELECT unnest(p.counted_actors) EXCEPT SELECT unnest(now_counted)), p, -1);
                END LOOP;
            END $$;

            -- A new pair row is counted for the event's actors; a deleted one taken away from those it was counted for; a
            -- moved one taken away at its old date and added at its new.
            CREATE FUNCTION talks_event_pairs_actor_counts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN PERFORM refresh_actor_talks_pairs(NEW.event_id); RETURN NULL; END IF;
                PERFORM actor_talks_pairs_add(OLD.counted_actors, OLD, -1);
                IF TG_OP = 'UPDATE' THEN PERFORM actor_talks_pairs_add(NEW.counted_actors, NEW, 1); END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER talks_event_pairs_actor_counts
            AFTER INSERT OR DELETE OR UPDATE OF occurred_on ON talks_event_pairs
            FOR EACH ROW EXECUTE FUNCTION talks_event_pairs_actor_counts();

            CREATE FUNCTION event_involvements_actor_talks_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN PERFORM refresh_actor_talks_pairs(OLD.event_id); END IF;
                IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.event_id <> OLD.event_id) THEN PERFORM refresh_actor_talks_pairs(NEW.event_id); END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER event_involvements_actor_talks_pairs
            AFTER INSERT OR DELETE OR UPDATE OF event_id, actor_id ON event_involvements
            FOR EACH ROW EXECUTE FUNCTION event_involvements_actor_talks_pairs();

            CREATE FUNCTION rebuild_actor_talks_pair_counts() RETURNS void LANGUAGE sql AS $$
                UPDATE talks_event_pairs p SET counted_actors = i.actors
                FROM (SELECT event_id, array_agg(actor_id ORDER BY actor_id) AS actors
                      FROM event_involvements WHERE event_kind = 'Talks' AND event_status = 'Published'
                      GROUP BY event_id) i
                WHERE i.event_id = p.event_id AND p.counted_actors IS DISTINCT FROM i.actors;
                DELETE FROM actor_talks_pair_counts;
                INSERT INTO actor_talks_pair_counts (actor_id, first_id, second_id, talks, last_met)
                SELECT a, p.first_id, p.second_id, count(*), max(p.occurred_on)
                FROM talks_event_pairs p CROSS JOIN LATERAL unnest(p.counted_actors) a
                GROUP BY a, p.first_id, p.second_id;
            $$;
            """;
    }
}
