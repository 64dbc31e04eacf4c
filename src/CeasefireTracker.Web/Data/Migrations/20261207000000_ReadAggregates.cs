using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <summary>
    /// Aggregates the public pages read instead of the whole history, kept by triggers in the writer's transaction (as
    /// <c>event_involvements</c> are), so the editors' EF writes, plain SQL and an actor merge all keep them right:
    /// <list type="bullet">
    /// <item><c>published_day_counts</c>: published events per day and kind (/analysis's weekly chart, the totals of
    /// /ceasefires and /exchanges); a few rows a day, whatever the number of events.</item>
    /// <item><c>exchange_direction_totals</c>: people released per direction (from one side to the other) and category
    /// over every published exchange, and how many lines gave them (a line of 0 still names the category), for
    /// /exchanges' totals and the balance its running totals start from; and <c>exchange_directions</c>, the same
    /// per direction alone, indexed by the people released, so the largest directions are the first rows of an index.</item>
    /// <item><c>talks_event_pairs</c>: the <c>talks_meetings</c> view kept as a table, one row per published talks and
    /// pair (lower id first), recomputed for an event whenever one of its involvements changes; and
    /// <c>talks_pair_counts</c>, how many talks each pair shared and the latest date, kept from it (/analysis's pairs
    /// and network, an actor's "met with").</item>
    /// </list>
    /// Rows that count nothing are deleted, so neither table holds more than what exists. <c>rebuild_read_aggregates()</c>
    /// computes both from scratch: this migration fills them with it, and the data generator calls it after its COPY
    /// (which runs with the triggers off). Not in the EF model: the app reads them with SQL, never writes them.
    /// </summary>
    [DbContext(typeof(TrackerDbContext))]
    [Migration("20261207000000_ReadAggregates")]
    public partial class ReadAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DayCountsSql);
            migrationBuilder.Sql(ExchangeTotalsSql);
            migrationBuilder.Sql(TalksPairsSql);
            migrationBuilder.Sql(RebuildSql);
            migrationBuilder.Sql("SELECT rebuild_read_aggregates();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION rebuild_read_aggregates();
                DROP TRIGGER event_involvements_talks_pairs ON event_involvements;
                DROP FUNCTION event_involvements_talks_pairs();
                DROP FUNCTION refresh_talks_pairs(bigint);
                DROP TRIGGER talks_event_pairs_counts ON talks_event_pairs;
                DROP FUNCTION talks_event_pairs_counts();
                DROP TABLE talks_pair_counts;
                DROP TABLE talks_event_pairs;
                DROP TRIGGER events_exchange_totals_status ON events;
                DROP TRIGGER events_exchange_totals_delete ON events;
                DROP FUNCTION events_exchange_totals();
                DROP TRIGGER exchange_lines_totals ON exchange_lines;
                DROP FUNCTION exchange_lines_totals();
                DROP FUNCTION exchange_direction_totals_add(integer, integer, text, bigint, integer);
                DROP TABLE exchange_direction_totals;
                DROP TABLE exchange_directions;
                DROP TRIGGER events_day_counts ON events;
                DROP FUNCTION published_day_counts_follow();
                DROP FUNCTION published_day_counts_add(date, text, integer);
                DROP TABLE published_day_counts;
                """);
        }

        // A row's old state is taken away and its new state added: an edit that changes nothing adds up to nothing, and
        // concurrent writers only ever add to a row (ON CONFLICT … + n), so neither overwrites the other's count.
        private const string DayCountsSql = """
            CREATE TABLE published_day_counts (
                day date NOT NULL,
                kind character varying(40) NOT NULL,
                events integer NOT NULL,
                CONSTRAINT pk_published_day_counts PRIMARY KEY (day, kind)
            );

            CREATE FUNCTION published_day_counts_add(target_day date, target_kind text, delta integer) RETURNS void LANGUAGE sql AS $$
                INSERT INTO published_day_counts AS c (day, kind, events) VALUES (target_day, target_kind, delta)
                ON CONFLICT (day, kind) DO UPDATE SET events = c.events + EXCLUDED.events;
                DELETE FROM published_day_counts WHERE day = target_day AND kind = target_kind AND events = 0;
            $$;

            CREATE FUNCTION published_day_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' AND OLD.status = 'Published' THEN
                    PERFORM published_day_counts_add(OLD.occurred_on, OLD.kind, -1);
                END IF;
                IF TG_OP <> 'DELETE' AND NEW.status = 'Published' THEN
                    PERFORM published_day_counts_add(NEW.occurred_on, NEW.kind, 1);
                END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER events_day_counts
            AFTER INSERT OR DELETE OR UPDATE OF occurred_on, kind, status ON events
            FOR EACH ROW EXECUTE FUNCTION published_day_counts_follow();
            """;

        // A line counts while its exchange is published: a line written to a published exchange moves the totals at once;
        // publishing or unpublishing an exchange adds or takes away all its lines. Deleting a published exchange takes
        // its lines away before the delete (BEFORE: the cascade has not removed them yet); the cascaded line deletes
        // then find no published exchange and change nothing.
        private const string ExchangeTotalsSql = """
            CREATE TABLE exchange_direction_totals (
                from_actor_id integer NOT NULL,
                to_actor_id integer NOT NULL,
                category character varying(40) NOT NULL,
                released bigint NOT NULL,
                lines integer NOT NULL,
                CONSTRAINT pk_exchange_direction_totals PRIMARY KEY (from_actor_id, to_actor_id, category)
            );

            CREATE TABLE exchange_directions (
                from_actor_id integer NOT NULL,
                to_actor_id integer NOT NULL,
                released bigint NOT NULL,
                lines integer NOT NULL,
                CONSTRAINT pk_exchange_directions PRIMARY KEY (from_actor_id, to_actor_id)
            );
            CREATE INDEX ix_exchange_directions_released ON exchange_directions (released DESC, from_actor_id, to_actor_id);

            CREATE FUNCTION exchange_direction_totals_add(source integer, target integer, target_category text, delta bigint, delta_lines integer) RETURNS void LANGUAGE sql AS $$
                INSERT INTO exchange_direction_totals AS x (from_actor_id, to_actor_id, category, released, lines)
                VALUES (source, target, target_category, delta, delta_lines)
                ON CONFLICT (from_actor_id, to_actor_id, category) DO UPDATE
                SET released = x.released + EXCLUDED.released, lines = x.lines + EXCLUDED.lines;
                DELETE FROM exchange_direction_totals
                WHERE from_actor_id = source AND to_actor_id = target AND category = target_category AND lines = 0;
                INSERT INTO exchange_directions AS x (from_actor_id, to_actor_id, released, lines)
                VALUES (source, target, delta, delta_lines)
                ON CONFLICT (from_actor_id, to_actor_id) DO UPDATE
                SET released = x.released + EXCLUDED.released, lines = x.lines + EXCLUDED.lines;
                DELETE FROM exchange_directions WHERE from_actor_id = source AND to_actor_id = target AND lines = 0;
            $$;

            CREATE FUNCTION exchange_lines_totals() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM events e WHERE e.id = OLD.exchange_id AND e.status = 'Published') THEN
                    PERFORM exchange_direction_totals_add(OLD.from_actor_id, OLD.to_actor_id, OLD.category, -OLD.count, -1);
                END IF;
                IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM events e WHERE e.id = NEW.exchange_id AND e.status = 'Published') THEN
                    PERFORM exchange_direction_totals_add(NEW.from_actor_id, NEW.to_actor_id, NEW.category, NEW.count, 1);
                END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER exchange_lines_totals
            AFTER INSERT OR UPDATE OR DELETE ON exchange_lines
            FOR EACH ROW EXECUTE FUNCTION exchange_lines_totals();

            CREATE FUNCTION events_exchange_totals() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                direction integer := CASE WHEN TG_OP = 'UPDATE' AND NEW.status = 'Published' THEN 1 ELSE -1 END;
            BEGIN
                PERFORM exchange_direction_totals_add(l.from_actor_id, l.to_actor_id, l.category, direction * sum(l.count), direction * count(*)::integer)
                FROM exchange_lines l
                WHERE l.exchange_id = OLD.id
                GROUP BY l.from_actor_id, l.to_actor_id, l.category;
                DELETE FROM exchange_directions;
                INSERT INTO exchange_directions (from_actor_id, to_actor_id, released, lines)
                SELECT from_actor_id, to_actor_id, sum(released), sum(lines) FROM exchange_direction_totals GROUP BY from_actor_id, to_actor_id;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER events_exchange_totals_status
            AFTER UPDATE OF status ON events
            FOR EACH ROW
            WHEN ((OLD.status = 'Published') IS DISTINCT FROM (NEW.status = 'Published'))
            EXECUTE FUNCTION events_exchange_totals();

            CREATE TRIGGER events_exchange_totals_delete
            BEFORE DELETE ON events
            FOR EACH ROW
            WHEN (OLD.status = 'Published')
            EXECUTE FUNCTION events_exchange_totals();
            """;

        // An event's pairs are recomputed from the view and only the difference is written, so a save that changes no
        // pair writes nothing. Each row written moves its pair's count: +1 or −1, the latest date the greatest, or read
        // again from the pair's events (an index range) when the latest may have gone.
        private const string TalksPairsSql = """
            CREATE TABLE talks_event_pairs (
                event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                first_id integer NOT NULL,
                second_id integer NOT NULL,
                occurred_on date NOT NULL,
                CONSTRAINT pk_talks_event_pairs PRIMARY KEY (event_id, first_id, second_id)
            );
            CREATE INDEX ix_talks_event_pairs_pair ON talks_event_pairs (first_id, second_id, occurred_on DESC);
            CREATE INDEX ix_talks_event_pairs_occurred_on ON talks_event_pairs (occurred_on);

            CREATE TABLE talks_pair_counts (
                first_id integer NOT NULL,
                second_id integer NOT NULL,
                talks integer NOT NULL,
                last_met date NOT NULL,
                CONSTRAINT pk_talks_pair_counts PRIMARY KEY (first_id, second_id)
            );
            CREATE INDEX ix_talks_pair_counts_second_id ON talks_pair_counts (second_id);
            CREATE INDEX ix_talks_pair_counts_most ON talks_pair_counts (talks DESC, last_met DESC);

            CREATE FUNCTION talks_event_pairs_counts() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO talks_pair_counts AS c (first_id, second_id, talks, last_met)
                    VALUES (NEW.first_id, NEW.second_id, 1, NEW.occurred_on)
                    ON CONFLICT (first_id, second_id) DO UPDATE SET talks = c.talks + 1, last_met = greatest(c.last_met, EXCLUDED.last_met);
                    RETURN NULL;
                END IF;
                IF TG_OP = 'DELETE' THEN
                    UPDATE talks_pair_counts SET talks = talks - 1 WHERE first_id = OLD.first_id AND second_id = OLD.second_id;
                    DELETE FROM talks_pair_counts WHERE first_id = OLD.first_id AND second_id = OLD.second_id AND talks <= 0;
                END IF;
                -- A deleted or moved meeting may have been the latest: read the latest again.
                UPDATE talks_pair_counts c
                SET last_met = (SELECT max(p.occurred_on) FROM talks_event_pairs p WHERE p.first_id = c.first_id AND p.second_id = c.second_id)
                WHERE c.first_id = OLD.first_id AND c.second_id = OLD.second_id;
                RETURN NULL;
            END $$;

            CREATE TRIGGER talks_event_pairs_counts
            AFTER INSERT OR DELETE OR UPDATE OF occurred_on ON talks_event_pairs
            FOR EACH ROW EXECUTE FUNCTION talks_event_pairs_counts();

            CREATE FUNCTION refresh_talks_pairs(target bigint) RETURNS void LANGUAGE sql AS $$
                WITH now_met AS (
                    SELECT m.event_id, m.actor_id AS first_id, m.other_id AS second_id, min(m.occurred_on) AS occurred_on
                    FROM talks_meetings m
                    WHERE m.event_id = target AND m.actor_id < m.other_id
                    GROUP BY m.event_id, m.actor_id, m.other_id
                ), gone AS (
                    DELETE FROM talks_event_pairs p
                    WHERE p.event_id = target
                      AND NOT EXISTS (SELECT 1 FROM now_met n WHERE n.first_id = p.first_id AND n.second_id = p.second_id)
                )
                INSERT INTO talks_event_pairs AS p (event_id, first_id, second_id, occurred_on)
                SELECT event_id, first_id, second_id, occurred_on FROM now_met
                ON CONFLICT (event_id, first_id, second_id) DO UPDATE SET occurred_on = EXCLUDED.occurred_on
                WHERE p.occurred_on IS DISTINCT FROM EXCLUDED.occurred_on;
            $$;

            -- The involvements carry everything the view reads (the event's kind, date and status, each participant's
            -- role and side) and are themselves kept by triggers: following them follows every write that matters.
            CREATE FUNCTION event_involvements_talks_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN PERFORM refresh_talks_pairs(OLD.event_id); END IF;
                IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.event_id <> OLD.event_id) THEN PERFORM refresh_talks_pairs(NEW.event_id); END IF;
                RETURN NULL;
            END $$;

            CREATE TRIGGER event_involvements_talks_pairs
            AFTER INSERT OR UPDATE OR DELETE ON event_involvements
            FOR EACH ROW EXECUTE FUNCTION event_involvements_talks_pairs();
            """;

        private const string RebuildSql = $"""
            CREATE FUNCTION rebuild_read_aggregates() RETURNS void LANGUAGE sql AS $$
            {RebuildBody}
            $$;
            """;

        /// <summary>What rebuild_read_aggregates() does as this migration made it (migration ActorAggregates adds to it).</summary>
        internal const string RebuildBody = """
                DELETE FROM published_day_counts;
                INSERT INTO published_day_counts (day, kind, events)
                SELECT occurred_on, kind, count(*) FROM events WHERE status = 'Published' GROUP BY occurred_on, kind;

                DELETE FROM exchange_direction_totals;
                INSERT INTO exchange_direction_totals (from_actor_id, to_actor_id, category, released, lines)
                SELECT l.from_actor_id, l.to_actor_id, l.category, sum(l.count), count(*)
                FROM exchange_lines l JOIN events e ON e.id = l.exchange_id
                WHERE e.status = 'Published'
                GROUP BY l.from_actor_id, l.to_actor_id, l.category;
                DELETE FROM exchange_directions;
                INSERT INTO exchange_directions (from_actor_id, to_actor_id, released, lines)
                SELECT from_actor_id, to_actor_id, sum(released), sum(lines) FROM exchange_direction_totals GROUP BY from_actor_id, to_actor_id;

                -- In one pass rather than a row trigger call per pair (millions at scale): the counts are computed below.
                ALTER TABLE talks_event_pairs DISABLE TRIGGER talks_event_pairs_counts;
                DELETE FROM talks_event_pairs;
                INSERT INTO talks_event_pairs (event_id, first_id, second_id, occurred_on)
                SELECT m.event_id, m.actor_id, m.other_id, min(m.occurred_on)
                FROM talks_meetings m WHERE m.actor_id < m.other_id
                GROUP BY m.event_id, m.actor_id, m.other_id;
                ALTER TABLE talks_event_pairs ENABLE TRIGGER talks_event_pairs_counts;
                DELETE FROM talks_pair_counts;
                INSERT INTO talks_pair_counts (first_id, second_id, talks, last_met)
                SELECT first_id, second_id, count(*), max(occurred_on) FROM talks_event_pairs GROUP BY first_id, second_id;
            """;
    }
}
