using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishedTrackIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_events_published_track",
                table: "events",
                column: "track_id",
                filter: "status = 'Published' AND track_id IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "kind", "occurred_on", "ends_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_published_track",
                table: "events");
        }
    }
}
