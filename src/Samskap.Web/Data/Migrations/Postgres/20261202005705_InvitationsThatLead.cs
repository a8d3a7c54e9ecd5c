using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvitationsThatLead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Invitations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LandingPath",
                table: "Invitations",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LandingProject",
                table: "Invitations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FormSubmissions",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ResultUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormSubmissions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ReadinessRoundInvitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    InvitationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvitedByUserId = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReadinessRoundInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReadinessRoundInvitees_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReadinessRoundInvitees_ReadinessRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ReadinessRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmissions_CreatedAt",
                table: "FormSubmissions",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessRoundInvitees_InvitationId",
                table: "ReadinessRoundInvitees",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessRoundInvitees_OrganizationId_RoundId_NormalizedEma~",
                table: "ReadinessRoundInvitees",
                columns: new[] { "OrganizationId", "RoundId", "NormalizedEmail" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReadinessRoundInvitees_RoundId",
                table: "ReadinessRoundInvitees",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormSubmissions");

            migrationBuilder.DropTable(
                name: "ReadinessRoundInvitees");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "LandingPath",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "LandingProject",
                table: "Invitations");
        }
    }
}
