using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddActorMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actor_merges",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    merged_slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    merged_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    survivor_id = table.Column<int>(type: "integer", nullable: false),
                    merged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    merged_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    merged_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_merges", x => x.id);
                    table.CheckConstraint("ck_actor_merges_slug", "merged_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_actor_merges_actors_survivor_id",
                        column: x => x.survivor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actor_merges_merged_slug",
                table: "actor_merges",
                column: "merged_slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_actor_merges_survivor_id",
                table: "actor_merges",
                column: "survivor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_merges");
        }
    }
}
