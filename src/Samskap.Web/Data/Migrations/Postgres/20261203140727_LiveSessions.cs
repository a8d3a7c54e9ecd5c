using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Options = table.Column<List<string>>(type: "text[]", nullable: false),
                    Categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Dots = table.Column<int>(type: "integer", nullable: true),
                    SourceActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    BlockId = table.Column<Guid>(type: "uuid", nullable: true),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ResultsRevealed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveActivities_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientOperationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ResultId = table.Column<Guid>(type: "uuid", nullable: false),
                    Held = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveOperations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveOperations_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveRooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    PresenterTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PresenterTokenProtected = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    StartedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveRooms_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    JoinKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveParticipants_LiveRooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "LiveRooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Words = table.Column<List<string>>(type: "text[]", nullable: false),
                    Values = table.Column<string>(type: "jsonb", nullable: false),
                    ParticipantKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Held = table.Column<bool>(type: "boolean", nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    Pinned = table.Column<bool>(type: "boolean", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveContributions_LiveActivities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "LiveActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveContributions_LiveParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "LiveParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveUpvotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContributionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveUpvotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiveUpvotes_LiveContributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "LiveContributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiveUpvotes_LiveParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "LiveParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiveActivities_OrganizationId_SessionId_Position",
                table: "LiveActivities",
                columns: new[] { "OrganizationId", "SessionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveActivities_ProjectId",
                table: "LiveActivities",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveActivities_SessionId",
                table: "LiveActivities",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveContributions_ActivityId_ParticipantId",
                table: "LiveContributions",
                columns: new[] { "ActivityId", "ParticipantId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveContributions_OrganizationId_SessionId_ActivityId",
                table: "LiveContributions",
                columns: new[] { "OrganizationId", "SessionId", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveContributions_ParticipantId",
                table: "LiveContributions",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveOperations_OrganizationId",
                table: "LiveOperations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveOperations_SessionId_ClientOperationId",
                table: "LiveOperations",
                columns: new[] { "SessionId", "ClientOperationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveParticipants_OrganizationId_SessionId",
                table: "LiveParticipants",
                columns: new[] { "OrganizationId", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveParticipants_RoomId_JoinKey",
                table: "LiveParticipants",
                columns: new[] { "RoomId", "JoinKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveParticipants_TokenHash",
                table: "LiveParticipants",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveRooms_Code",
                table: "LiveRooms",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveRooms_OrganizationId_SessionId",
                table: "LiveRooms",
                columns: new[] { "OrganizationId", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveRooms_PresenterTokenHash",
                table: "LiveRooms",
                column: "PresenterTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveRooms_SessionId",
                table: "LiveRooms",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_LiveUpvotes_ContributionId_ParticipantId",
                table: "LiveUpvotes",
                columns: new[] { "ContributionId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiveUpvotes_OrganizationId_SessionId",
                table: "LiveUpvotes",
                columns: new[] { "OrganizationId", "SessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveUpvotes_ParticipantId",
                table: "LiveUpvotes",
                column: "ParticipantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiveOperations");

            migrationBuilder.DropTable(
                name: "LiveUpvotes");

            migrationBuilder.DropTable(
                name: "LiveContributions");

            migrationBuilder.DropTable(
                name: "LiveActivities");

            migrationBuilder.DropTable(
                name: "LiveParticipants");

            migrationBuilder.DropTable(
                name: "LiveRooms");
        }
    }
}
