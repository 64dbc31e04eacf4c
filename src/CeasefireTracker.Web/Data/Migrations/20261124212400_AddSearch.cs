using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // unaccent() is only STABLE (its dictionary could change), so neither a generated column nor an index
            // may call it. The usual wrapper: IMMUTABLE, with the dictionary named explicitly. The SQL-standard
            // body (RETURN, PostgreSQL 14+) is resolved now, not at each call, so it does not depend on the
            // caller's search_path (which pg_restore empties).
            migrationBuilder.Sql("""
                CREATE FUNCTION immutable_unaccent(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    RETURN unaccent('unaccent'::regdictionary, $1);
                """);

            // For ts_headline only: it re-parses the original text, whose accented words must stem like the
            // unaccented ones in search_vector.
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION english_unaccent (COPY = english);
                ALTER TEXT SEARCH CONFIGURATION english_unaccent
                    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
                    WITH unaccent, english_stem;
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "events",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english'::regconfig, immutable_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('english'::regconfig, immutable_unaccent(coalesce(summary, ''))), 'B') || setweight(to_tsvector('english'::regconfig, immutable_unaccent(coalesce(claim_text, ''))), 'B') || setweight(to_tsvector('english'::regconfig, immutable_unaccent(coalesce(quote, ''))), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_published_search",
                table: "events",
                column: "search_vector",
                filter: "status = 'Published'")
                .Annotation("Npgsql:IndexMethod", "gin");

            // Names in other spellings ("Zelenskiy", "zelensky", "Зеленський"): trigram word similarity on the
            // unaccented lower-case name. EF Core cannot model expression indexes, so they live here; the
            // queries must use the very same expression (EventSearch.Unaccent(name.ToLower())).
            migrationBuilder.Sql("CREATE INDEX ix_actors_name_trgm ON actors USING gin (immutable_unaccent(lower(name)) gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_actor_aliases_name_trgm ON actor_aliases USING gin (immutable_unaccent(lower(name)) gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_actor_aliases_name_trgm;");
            migrationBuilder.Sql("DROP INDEX ix_actors_name_trgm;");

            migrationBuilder.DropIndex(
                name: "ix_events_published_search",
                table: "events");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "events");

            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION english_unaccent;");
            migrationBuilder.Sql("DROP FUNCTION immutable_unaccent(text);");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
