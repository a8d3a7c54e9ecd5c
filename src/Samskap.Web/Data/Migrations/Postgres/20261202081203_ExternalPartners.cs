using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExternalPartners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartnerId",
                table: "ProjectPeople",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartnerId",
                table: "Invitations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProjectId",
                table: "Invitations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPeople_PartnerId",
                table: "ProjectPeople",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_ProjectId",
                table: "Invitations",
                column: "ProjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_ProjectPeople_Partners_PartnerId",
                table: "ProjectPeople",
                column: "PartnerId",
                principalTable: "Partners",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProjectPeople_Partners_PartnerId",
                table: "ProjectPeople");

            migrationBuilder.DropIndex(
                name: "IX_ProjectPeople_PartnerId",
                table: "ProjectPeople");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_ProjectId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "ProjectPeople");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "ProjectId",
                table: "Invitations");
        }
    }
}
