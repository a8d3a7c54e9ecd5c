using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListsAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Id lists: text arrays, split in place.
            migrationBuilder.Sql("""
                ALTER TABLE "ApproachDecisions"
                    ALTER COLUMN "Rules" TYPE text[] USING string_to_array("Rules", ';'),
                    ALTER COLUMN "Blockers" TYPE text[] USING string_to_array("Blockers", ';'),
                    ALTER COLUMN "Suggestions" TYPE text[] USING string_to_array("Suggestions", ';');
                """);

            // Answers: jsonb objects. PostgreSQL allows no subquery in ALTER … USING, so each goes through a new column.
            migrationBuilder.Sql("""
                ALTER TABLE "ApproachDecisions" ADD COLUMN "AnswersJson" jsonb NOT NULL DEFAULT '{}';
                UPDATE "ApproachDecisions" SET "AnswersJson" = COALESCE(
                    (SELECT jsonb_object_agg(split_part(pair, '=', 1), split_part(pair, '=', 2))
                     FROM unnest(string_to_array("Answers", ';')) AS pair WHERE pair <> ''),
                    '{}');
                ALTER TABLE "ApproachDecisions" DROP COLUMN "Answers";
                ALTER TABLE "ApproachDecisions" RENAME COLUMN "AnswersJson" TO "Answers";
                ALTER TABLE "ApproachDecisions" ALTER COLUMN "Answers" DROP DEFAULT;

                ALTER TABLE "ReadinessResponses" ADD COLUMN "AnswersJson" jsonb NOT NULL DEFAULT '{}';
                UPDATE "ReadinessResponses" SET "AnswersJson" = COALESCE(
                    (SELECT jsonb_object_agg(
                        split_part(pair, '=', 1),
                        CASE split_part(pair, '=', 2) WHEN '?' THEN 'null'::jsonb ELSE to_jsonb(split_part(pair, '=', 2)::integer) END)
                     FROM unnest(string_to_array("Answers", ';')) AS pair WHERE pair <> ''),
                    '{}');
                ALTER TABLE "ReadinessResponses" DROP COLUMN "Answers";
                ALTER TABLE "ReadinessResponses" RENAME COLUMN "AnswersJson" TO "Answers";
                ALTER TABLE "ReadinessResponses" ALTER COLUMN "Answers" DROP DEFAULT;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "ApproachDecisions"
                    ALTER COLUMN "Rules" TYPE character varying(500) USING array_to_string("Rules", ';'),
                    ALTER COLUMN "Blockers" TYPE character varying(500) USING array_to_string("Blockers", ';'),
                    ALTER COLUMN "Suggestions" TYPE character varying(500) USING array_to_string("Suggestions", ';');

                ALTER TABLE "ApproachDecisions" ADD COLUMN "AnswersText" character varying(1000) NOT NULL DEFAULT '';
                UPDATE "ApproachDecisions" SET "AnswersText" = COALESCE(
                    (SELECT string_agg(key || '=' || value, ';') FROM jsonb_each_text("Answers")), '');
                ALTER TABLE "ApproachDecisions" DROP COLUMN "Answers";
                ALTER TABLE "ApproachDecisions" RENAME COLUMN "AnswersText" TO "Answers";
                ALTER TABLE "ApproachDecisions" ALTER COLUMN "Answers" DROP DEFAULT;

                ALTER TABLE "ReadinessResponses" ADD COLUMN "AnswersText" character varying(1000) NOT NULL DEFAULT '';
                UPDATE "ReadinessResponses" SET "AnswersText" = COALESCE(
                    (SELECT string_agg(key || '=' || COALESCE(value, '?'), ';') FROM jsonb_each_text("Answers")), '');
                ALTER TABLE "ReadinessResponses" DROP COLUMN "Answers";
                ALTER TABLE "ReadinessResponses" RENAME COLUMN "AnswersText" TO "Answers";
                ALTER TABLE "ReadinessResponses" ALTER COLUMN "Answers" DROP DEFAULT;
                """);
        }
    }
}
