using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Dots = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BlockId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ResultsRevealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientOperationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Held = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PresenterTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PresenterTokenProtected = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StartedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    JoinKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Words = table.Column<string>(type: "TEXT", nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    ParticipantKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Held = table.Column<bool>(type: "INTEGER", nullable: false),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContributionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false)
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
