using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BasedOnText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CitizenKnowledgeChanged = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CitizenKnowledgeNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CorrectsId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Decisions_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionContributions",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContributionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionContributions", x => new { x.DecisionId, x.ContributionId });
                    table.ForeignKey(
                        name: "FK_DecisionContributions_Contributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionContributions_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionParticipants",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionParticipants", x => new { x.DecisionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_DecisionParticipants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionParticipants_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DecisionPartners",
                columns: table => new
                {
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionPartners", x => new { x.DecisionId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_DecisionPartners_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DecisionPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionContributions_ContributionId",
                table: "DecisionContributions",
                column: "ContributionId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionParticipants_UserId",
                table: "DecisionParticipants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionPartners_PartnerId",
                table: "DecisionPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CorrectsId",
                table: "Decisions",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_OrganizationId_ProjectId_DecidedOn",
                table: "Decisions",
                columns: new[] { "OrganizationId", "ProjectId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ProjectId",
                table: "Decisions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RecordedByUserId",
                table: "Decisions",
                column: "RecordedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionContributions");

            migrationBuilder.DropTable(
                name: "DecisionParticipants");

            migrationBuilder.DropTable(
                name: "DecisionPartners");

            migrationBuilder.DropTable(
                name: "Decisions");
        }
    }
}
