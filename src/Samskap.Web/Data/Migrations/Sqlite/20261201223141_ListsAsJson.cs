using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samskap.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListsAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                UPDATE "ApproachDecisions" SET
                    "Answers" = ({Pairs("Answers")} SELECT json_group_object(substr(part, 1, instr(part, '=') - 1), substr(part, instr(part, '=') + 1)) FROM split WHERE part <> ''),
                    "Rules" = ({Pairs("Rules")} SELECT json_group_array(part) FROM split WHERE part <> ''),
                    "Blockers" = ({Pairs("Blockers")} SELECT json_group_array(part) FROM split WHERE part <> ''),
                    "Suggestions" = ({Pairs("Suggestions")} SELECT json_group_array(part) FROM split WHERE part <> '');
                """);
            migrationBuilder.Sql($"""
                UPDATE "ReadinessResponses" SET
                    "Answers" = ({Pairs("Answers")} SELECT json_group_object(
                        substr(part, 1, instr(part, '=') - 1),
                        CASE substr(part, instr(part, '=') + 1) WHEN '?' THEN NULL ELSE CAST(substr(part, instr(part, '=') + 1) AS INTEGER) END)
                        FROM split WHERE part <> '');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "ApproachDecisions" SET
                    "Answers" = COALESCE((SELECT group_concat(key || '=' || value, ';') FROM json_each("Answers")), ''),
                    "Rules" = COALESCE((SELECT group_concat(value, ';') FROM json_each("Rules")), ''),
                    "Blockers" = COALESCE((SELECT group_concat(value, ';') FROM json_each("Blockers")), ''),
                    "Suggestions" = COALESCE((SELECT group_concat(value, ';') FROM json_each("Suggestions")), '');
                UPDATE "ReadinessResponses" SET
                    "Answers" = COALESCE((SELECT group_concat(key || '=' || COALESCE(CAST(value AS TEXT), '?'), ';') FROM json_each("Answers")), '');
                """);
        }

        /// <summary>
        /// The hand-made "key=value;…" and "a;b" columns become JSON: an object for answers, an array for
        /// rule, blocker and suggestion ids. SQLite keeps them as TEXT, so only the rows change.
        /// </summary>
        private static string Pairs(string column) =>
            $"WITH RECURSIVE split(part, rest) AS (SELECT '', \"{column}\" || ';' UNION ALL SELECT substr(rest, 1, instr(rest, ';') - 1), substr(rest, instr(rest, ';') + 1) FROM split WHERE rest <> '')";
    }
}
