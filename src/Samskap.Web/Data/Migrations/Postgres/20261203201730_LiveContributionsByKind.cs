using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveContributionsByKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LiveContributions_OrganizationId_Kind_SessionId_MergedIntoI~",
                table: "LiveContributions",
                columns: new[] { "OrganizationId", "Kind", "SessionId", "MergedIntoId", "ParticipantKind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LiveContributions_OrganizationId_Kind_SessionId_MergedIntoI~",
                table: "LiveContributions");
        }
    }
}
