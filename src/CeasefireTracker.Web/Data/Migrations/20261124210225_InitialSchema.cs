using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    affiliation_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actors", x => x.id);
                    table.CheckConstraint("ck_actors_kind", "kind IN ('Person', 'State', 'GovernmentBody', 'InternationalOrganisation', 'ArmedGroup', 'Media')");
                    table.CheckConstraint("ck_actors_name", "length(btrim(name)) > 0");
                    table.CheckConstraint("ck_actors_not_own_affiliation", "affiliation_id IS NULL OR affiliation_id <> id");
                    table.CheckConstraint("ck_actors_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_actors_actors_affiliation_id",
                        column: x => x.affiliation_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    date_precision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ceasefire_scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ceasefire_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    duration_days = table.Column<int>(type: "integer", nullable: true),
                    claim_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    claim_verdict = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    quote = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    platform = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    talks_format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    duration_minutes = table.Column<int>(type: "integer", nullable: true),
                    round = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.CheckConstraint("ck_events_ceasefire_scope", "kind <> 'CeasefireProposal' OR (ceasefire_scope IS NOT NULL AND ceasefire_scope IN ('Full', 'EnergyInfrastructure', 'BlackSea', 'AerialStrikes', 'Other'))");
                    table.CheckConstraint("ck_events_ceasefire_status", "kind <> 'CeasefireProposal' OR (ceasefire_status IS NOT NULL AND ceasefire_status IN ('Proposed', 'Agreed', 'InForce', 'Violated', 'Lapsed'))");
                    table.CheckConstraint("ck_events_claim_text", "kind <> 'Claim' OR (claim_text IS NOT NULL AND length(btrim(claim_text)) > 0)");
                    table.CheckConstraint("ck_events_claim_verdict", "kind <> 'Claim' OR (claim_verdict IS NOT NULL AND claim_verdict IN ('Unverified', 'Disputed', 'PartlyTrue', 'Confirmed', 'False'))");
                    table.CheckConstraint("ck_events_date_precision", "date_precision IN ('Day', 'Month', 'Approximate')");
                    table.CheckConstraint("ck_events_duration_days", "duration_days IS NULL OR duration_days > 0");
                    table.CheckConstraint("ck_events_duration_minutes", "duration_minutes IS NULL OR duration_minutes > 0");
                    table.CheckConstraint("ck_events_kind", "kind IN ('Talks', 'Statement', 'Claim', 'PrisonerExchange', 'CeasefireProposal')");
                    table.CheckConstraint("ck_events_published_has_summary", "status <> 'Published' OR (summary IS NOT NULL AND length(btrim(summary)) > 0)");
                    table.CheckConstraint("ck_events_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_events_statement_language", "kind <> 'Statement' OR (language IS NOT NULL AND length(btrim(language)) > 0)");
                    table.CheckConstraint("ck_events_statement_quote", "kind <> 'Statement' OR (quote IS NOT NULL AND length(btrim(quote)) > 0)");
                    table.CheckConstraint("ck_events_status", "status IN ('Draft', 'Published', 'Archived')");
                    table.CheckConstraint("ck_events_talks_format", "talks_format IS NULL OR talks_format IN ('InPerson', 'Phone', 'Video')");
                    table.CheckConstraint("ck_events_talks_format_required", "kind <> 'Talks' OR talks_format IS NOT NULL");
                    table.CheckConstraint("ck_events_title", "length(btrim(title)) > 0");
                    table.CheckConstraint("ck_events_updated_after_created", "updated_at >= created_at");
                });

            migrationBuilder.CreateTable(
                name: "actor_aliases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_aliases", x => x.id);
                    table.CheckConstraint("ck_actor_aliases_name", "length(btrim(name)) > 0");
                    table.ForeignKey(
                        name: "fk_actor_aliases_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actor_titles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: true),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_titles", x => x.id);
                    table.CheckConstraint("ck_actor_titles_dates", "\"from\" IS NULL OR \"to\" IS NULL OR \"from\" <= \"to\"");
                    table.CheckConstraint("ck_actor_titles_title", "length(btrim(title)) > 0");
                    table.ForeignKey(
                        name: "fk_actor_titles_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "claim_verdict_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    claim_id = table.Column<long>(type: "bigint", nullable: false),
                    verdict = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_verdict_changes", x => x.id);
                    table.CheckConstraint("ck_claim_verdict_changes_reason", "length(btrim(reason)) > 0");
                    table.CheckConstraint("ck_claim_verdict_changes_verdict", "verdict IN ('Unverified', 'Disputed', 'PartlyTrue', 'Confirmed', 'False')");
                    table.ForeignKey(
                        name: "fk_claim_verdict_changes_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_links",
                columns: table => new
                {
                    from_event_id = table.Column<long>(type: "bigint", nullable: false),
                    to_event_id = table.Column<long>(type: "bigint", nullable: false),
                    relation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_links", x => new { x.from_event_id, x.to_event_id });
                    table.CheckConstraint("ck_event_links_not_self", "from_event_id <> to_event_id");
                    table.ForeignKey(
                        name: "fk_event_links_events_from_event_id",
                        column: x => x.from_event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_links_events_to_event_id",
                        column: x => x.to_event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_participants",
                columns: table => new
                {
                    event_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_participants", x => new { x.event_id, x.actor_id, x.role });
                    table.CheckConstraint("ck_event_participants_role", "role IN ('Party', 'Mediator', 'Host', 'Speaker', 'Claimant', 'Proposer', 'Subject', 'Mentioned')");
                    table.ForeignKey(
                        name: "fk_event_participants_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_event_participants_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exchange_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    exchange_id = table.Column<long>(type: "bigint", nullable: false),
                    from_actor_id = table.Column<int>(type: "integer", nullable: false),
                    to_actor_id = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchange_lines", x => x.id);
                    table.CheckConstraint("ck_exchange_lines_category", "category IN ('PrisonerOfWar', 'Civilian', 'Convict', 'Other')");
                    table.CheckConstraint("ck_exchange_lines_count", "count >= 0");
                    table.CheckConstraint("ck_exchange_lines_sides", "from_actor_id <> to_actor_id");
                    table.ForeignKey(
                        name: "fk_exchange_lines_actors_from_actor_id",
                        column: x => x.from_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_lines_actors_to_actor_id",
                        column: x => x.to_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchange_lines_prisoner_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exchanged_detainees",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    exchange_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    released_by_id = table.Column<int>(type: "integer", nullable: false),
                    released_to_id = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exchanged_detainees", x => x.id);
                    table.CheckConstraint("ck_exchanged_detainees_category", "category IN ('PrisonerOfWar', 'Civilian', 'Convict', 'Other')");
                    table.CheckConstraint("ck_exchanged_detainees_name", "length(btrim(name)) > 0");
                    table.CheckConstraint("ck_exchanged_detainees_sides", "released_by_id <> released_to_id");
                    table.ForeignKey(
                        name: "fk_exchanged_detainees_actors_released_by_id",
                        column: x => x.released_by_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanged_detainees_actors_released_to_id",
                        column: x => x.released_to_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_exchanged_detainees_prisoner_exchanges_exchange_id",
                        column: x => x.exchange_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sources",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<long>(type: "bigint", nullable: false),
                    publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    excerpt = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sources", x => x.id);
                    table.CheckConstraint("ck_sources_publisher", "length(btrim(publisher)) > 0");
                    table.CheckConstraint("ck_sources_url", "url ~* '^https?://[^[:space:]]+$'");
                    table.ForeignKey(
                        name: "fk_sources_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ceasefire_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    proposal_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    response = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    conditions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ceasefire_responses", x => x.id);
                    table.CheckConstraint("ck_ceasefire_responses_conditions", "response <> 'AcceptedWithConditions' OR (conditions IS NOT NULL AND length(btrim(conditions)) > 0)");
                    table.CheckConstraint("ck_ceasefire_responses_response", "response IN ('Accepted', 'AcceptedWithConditions', 'Rejected', 'NoResponse')");
                    table.ForeignKey(
                        name: "fk_ceasefire_responses_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ceasefire_responses_ceasefire_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ceasefire_responses_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "claim_positions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    claim_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_id = table.Column<int>(type: "integer", nullable: false),
                    stance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    stated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_positions", x => x.id);
                    table.CheckConstraint("ck_claim_positions_stance", "stance IN ('Asserts', 'Denies', 'Confirms', 'Disputes', 'DeclinesToComment')");
                    table.ForeignKey(
                        name: "fk_claim_positions_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_claim_positions_claims_claim_id",
                        column: x => x.claim_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_claim_positions_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "violation_allegations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    proposal_id = table.Column<long>(type: "bigint", nullable: false),
                    accuser_id = table.Column<int>(type: "integer", nullable: false),
                    accused_id = table.Column<int>(type: "integer", nullable: false),
                    alleged_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    source_id = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_violation_allegations", x => x.id);
                    table.CheckConstraint("ck_violation_allegations_description", "length(btrim(description)) > 0");
                    table.CheckConstraint("ck_violation_allegations_parties", "accuser_id <> accused_id");
                    table.ForeignKey(
                        name: "fk_violation_allegations_actors_accused_id",
                        column: x => x.accused_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_violation_allegations_actors_accuser_id",
                        column: x => x.accuser_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_violation_allegations_ceasefire_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_violation_allegations_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actor_aliases_actor_id_name",
                table: "actor_aliases",
                columns: new[] { "actor_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_actor_titles_actor_id",
                table: "actor_titles",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_actors_affiliation_id",
                table: "actors",
                column: "affiliation_id");

            migrationBuilder.CreateIndex(
                name: "ix_actors_name",
                table: "actors",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_actors_slug",
                table: "actors",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ceasefire_responses_actor_id",
                table: "ceasefire_responses",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_ceasefire_responses_proposal_id_actor_id",
                table: "ceasefire_responses",
                columns: new[] { "proposal_id", "actor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ceasefire_responses_source_id",
                table: "ceasefire_responses",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_claim_positions_actor_id",
                table: "claim_positions",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_claim_positions_claim_id",
                table: "claim_positions",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_claim_positions_source_id",
                table: "claim_positions",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_claim_verdict_changes_claim_id",
                table: "claim_verdict_changes",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_links_to_event_id",
                table: "event_links",
                column: "to_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_participants_actor_id_event_id",
                table: "event_participants",
                columns: new[] { "actor_id", "event_id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_claim_verdict",
                table: "events",
                column: "claim_verdict");

            migrationBuilder.CreateIndex(
                name: "ix_events_published_kind_timeline",
                table: "events",
                columns: new[] { "kind", "occurred_on", "id" },
                descending: new[] { false, true, true },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_published_timeline",
                table: "events",
                columns: new[] { "occurred_on", "id" },
                descending: new bool[0],
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_events_slug",
                table: "events",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exchange_lines_exchange_id",
                table: "exchange_lines",
                column: "exchange_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_lines_from_actor_id",
                table: "exchange_lines",
                column: "from_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchange_lines_to_actor_id",
                table: "exchange_lines",
                column: "to_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanged_detainees_exchange_id",
                table: "exchanged_detainees",
                column: "exchange_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanged_detainees_released_by_id",
                table: "exchanged_detainees",
                column: "released_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_exchanged_detainees_released_to_id",
                table: "exchanged_detainees",
                column: "released_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_sources_event_id",
                table: "sources",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_violation_allegations_accused_id",
                table: "violation_allegations",
                column: "accused_id");

            migrationBuilder.CreateIndex(
                name: "ix_violation_allegations_accuser_id",
                table: "violation_allegations",
                column: "accuser_id");

            migrationBuilder.CreateIndex(
                name: "ix_violation_allegations_proposal_id",
                table: "violation_allegations",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_violation_allegations_source_id",
                table: "violation_allegations",
                column: "source_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_aliases");

            migrationBuilder.DropTable(
                name: "actor_titles");

            migrationBuilder.DropTable(
                name: "ceasefire_responses");

            migrationBuilder.DropTable(
                name: "claim_positions");

            migrationBuilder.DropTable(
                name: "claim_verdict_changes");

            migrationBuilder.DropTable(
                name: "event_links");

            migrationBuilder.DropTable(
                name: "event_participants");

            migrationBuilder.DropTable(
                name: "exchange_lines");

            migrationBuilder.DropTable(
                name: "exchanged_detainees");

            migrationBuilder.DropTable(
                name: "violation_allegations");

            migrationBuilder.DropTable(
                name: "actors");

            migrationBuilder.DropTable(
                name: "sources");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
