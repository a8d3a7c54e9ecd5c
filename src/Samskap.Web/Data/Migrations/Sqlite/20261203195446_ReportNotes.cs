using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportNotes_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportNotes_OrganizationId_ProjectId",
                table: "ReportNotes",
                columns: new[] { "OrganizationId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportNotes_ProjectId",
                table: "ReportNotes",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportNotes");
        }
    }
}
