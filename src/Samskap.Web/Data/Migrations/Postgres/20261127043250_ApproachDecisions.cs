using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApproachDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApproachDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Answers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Approach = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Rules = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Blockers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Suggestions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "text", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApproachDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApproachDecisions_AspNetUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApproachDecisions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApproachDecisions_DecidedByUserId",
                table: "ApproachDecisions",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ApproachDecisions_OrganizationId_ProjectId_DecidedAt",
                table: "ApproachDecisions",
                columns: new[] { "OrganizationId", "ProjectId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ApproachDecisions_ProjectId",
                table: "ApproachDecisions",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApproachDecisions");
        }
    }
}
