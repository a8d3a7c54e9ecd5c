using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OwnerUserId = table.Column<string>(type: "text", nullable: false),
                    Due = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Point = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectActions_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectActions_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectActions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectActions_DecisionId",
                table: "ProjectActions",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectActions_OrganizationId_OwnerUserId_Status",
                table: "ProjectActions",
                columns: new[] { "OrganizationId", "OwnerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectActions_OrganizationId_ProjectId_Status_Due",
                table: "ProjectActions",
                columns: new[] { "OrganizationId", "ProjectId", "Status", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectActions_OwnerUserId",
                table: "ProjectActions",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectActions_ProjectId",
                table: "ProjectActions",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectActions");
        }
    }
}
