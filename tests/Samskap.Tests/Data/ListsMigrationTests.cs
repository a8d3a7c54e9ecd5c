using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Tests.Data;

/// <summary>
/// The "key=value;…" columns of approach decisions and readiness responses became JSON in the
/// ListsAsJson migration pair. A database with rows written before it reads the same values after.
/// </summary>
public sealed class ListsMigrationTests
{
    private const string Before = "_ReadinessRounds";
    private const string User = "0B6A2C1E-0000-4000-8000-000000000001";
    private const string Organization = "0B6A2C1E-0000-4000-8000-000000000002";
    private const string Project = "0B6A2C1E-0000-4000-8000-000000000003";
    private const string Decision = "0B6A2C1E-0000-4000-8000-000000000004";
    private const string EmptyDecision = "0B6A2C1E-0000-4000-8000-000000000005";
    private const string Round = "0B6A2C1E-0000-4000-8000-000000000006";
    private const string Response = "0B6A2C1E-0000-4000-8000-000000000007";
    private const string EmptyResponse = "0B6A2C1E-0000-4000-8000-000000000008";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Rows_written_before_the_lists_became_json_read_back_the_same(DatabaseProvider provider)
    {
        await using var database = new ScratchDatabase(provider);
        await using (var db = database.Context())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith(Before, StringComparison.Ordinal)));
            // Rows as the old schema held them; the SQL is built from this test's own constants only.
            var oldRows = $"""
                INSERT INTO "AspNetUsers" ("Id", "DisplayName", "PreferredCulture", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                    VALUES ('{User}', 'Anne', 'nb', FALSE, FALSE, FALSE, TRUE, 0);
                INSERT INTO "Organizations" ("Id", "Name", "WrittenStandard", "CreatedAt") VALUES ('{Organization}', 'Skien', 'nb', '2026-11-20 08:00:00');
                INSERT INTO "Projects" ("Id", "OrganizationId", "Title", "Challenge", "OwnerUserId", "Status", "CreatedAt", "UpdatedAt")
                    VALUES ('{Project}', '{Organization}', 'Ung i Skien', '', '{User}', 0, '2026-11-20 08:00:00', '2026-11-20 08:00:00');
                INSERT INTO "ApproachDecisions" ("Id", "OrganizationId", "ProjectId", "Answers", "Approach", "Status", "Rules", "Blockers", "Suggestions", "Rationale", "DecidedByUserId", "DecidedAt")
                    VALUES ('{Decision}', '{Organization}', '{Project}', 'knowledgeExists=no;newKnowledgeNeeded=yes;mandate=unsure', 'CoCreation', 'NotReady',
                            'candidate;readiness', 'mandate;readiness', 'literature-first', 'Vi må vite mer.', '{User}', '2026-11-21 09:30:00'),
                           ('{EmptyDecision}', '{Organization}', '{Project}', '', 'LiteratureStudy', 'Ready', '', '', '', '', '{User}', '2026-11-22 09:30:00');
                INSERT INTO "ReadinessRounds" ("Id", "OrganizationId", "ProjectId", "Number", "OpensOn", "ClosesOn", "InvitationToken", "CreatedByUserId", "CreatedAt")
                    VALUES ('{Round}', '{Organization}', '{Project}', 1, '2026-11-20', '2026-12-04', '{new string('a', 64)}', '{User}', '2026-11-20 08:00:00');
                INSERT INTO "ReadinessResponses" ("Id", "OrganizationId", "RoundId", "RespondentUserId", "Answers", "UpdatedAt")
                    VALUES ('{Response}', '{Organization}', '{Round}', '{User}', 'competence.what.1=4;trust.language.1=?;frames.time.1=1', '2026-11-21 10:00:00');
                """;
            await db.Database.ExecuteSqlRawAsync(oldRows);
        }

        await using (var db = database.Context())
        {
            await db.Database.MigrateAsync();
            var decisions = await db.Set<ApproachDecision>().IgnoreQueryFilters().OrderBy(d => d.DecidedAt).ToListAsync();
            var response = await db.Set<ReadinessResponse>().IgnoreQueryFilters().SingleAsync();

            Assert.Equal(new Dictionary<string, string> { ["knowledgeExists"] = "no", ["newKnowledgeNeeded"] = "yes", ["mandate"] = "unsure" }, decisions[0].Answers);
            Assert.Equal(["candidate", "readiness"], decisions[0].Rules);
            Assert.Equal(["mandate", "readiness"], decisions[0].Blockers);
            Assert.Equal(["literature-first"], decisions[0].Suggestions);
            Assert.Equal(ApproachStatus.NotReady, decisions[0].Status);
            Assert.Empty(decisions[1].Answers);
            Assert.Empty(decisions[1].Rules);
            Assert.Empty(decisions[1].Suggestions);
            Assert.Equal(new Dictionary<string, int?> { ["competence.what.1"] = 4, ["trust.language.1"] = null, ["frames.time.1"] = 1 }, response.Answers);
        }

        await using (var db = database.Context())
        {
            // And back: the Down migration restores the old text.
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith(Before, StringComparison.Ordinal)));
            var rulesQuery = $"""SELECT "Rules" AS "Value" FROM "ApproachDecisions" WHERE "Id" = '{Decision}'""";
            var answersQuery = $"""SELECT "Answers" AS "Value" FROM "ReadinessResponses" WHERE "Id" = '{Response}'""";
            var rules = await db.Database.SqlQueryRaw<string>(rulesQuery).SingleAsync();
            var answers = await db.Database.SqlQueryRaw<string>(answersQuery).SingleAsync();
            Assert.Equal("candidate;readiness", rules);
            Assert.Equal(["competence.what.1=4", "frames.time.1=1", "trust.language.1=?"], answers.Split(';').Order(StringComparer.Ordinal));
        }
    }

    /// <summary>An empty database of its own, outside any app, so the test can stop at an older migration.</summary>
    private sealed class ScratchDatabase(DatabaseProvider provider) : IAsyncDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("samskap-migration-").FullName;
        private readonly string _postgresDatabase = $"samskap_migration_{Guid.NewGuid():N}";

        public AppDbContext Context() => provider == DatabaseProvider.Sqlite
            ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "old.db")}").Options)
            : new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>()
                .UseNpgsql(new NpgsqlConnectionStringBuilder(SamskapFactory.PostgresServer) { Database = _postgresDatabase }.ToString()).Options);

        public async ValueTask DisposeAsync()
        {
            if (provider == DatabaseProvider.Postgres)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(SamskapFactory.PostgresServer);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
