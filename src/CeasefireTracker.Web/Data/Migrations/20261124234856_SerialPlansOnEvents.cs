using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SerialPlansOnEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "events")
                .Annotation("Npgsql:StorageParameter:parallel_workers", 0);

            migrationBuilder.AlterTable(
                name: "event_participants")
                .Annotation("Npgsql:StorageParameter:parallel_workers", 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "events")
                .OldAnnotation("Npgsql:StorageParameter:parallel_workers", 0);

            migrationBuilder.AlterTable(
                name: "event_participants")
                .OldAnnotation("Npgsql:StorageParameter:parallel_workers", 0);
        }
    }
}
