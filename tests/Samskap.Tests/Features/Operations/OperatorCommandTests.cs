using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Samskap.Tests.Features.Operations;

/// <summary>The operator commands, run as an operator would: the real program in a process of its own.</summary>
public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("samskap-cli-").FullName;

    private string SqliteFile => $"Data Source={Path.Combine(_folder, "samskap.db")}";

    [Fact]
    public async Task Create_admin_migrates_an_empty_sqlite_file_and_creates_the_organisation()
    {
        var (exitCode, output, _) = await RunAsync(SqliteFile, "create-admin", "--organization", "Skien kommune", "--email", "a@b.no", "--password", "en lang passordsetning", "--name", "Anne Admin");

        Assert.Equal(0, exitCode);
        Assert.Contains("Created organisation \"Skien kommune\" with administrator a@b.no.", output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection(SqliteFile);
        await connection.OpenAsync();
        await using var query = new SqliteCommand(
            "SELECT o.Name, u.DisplayName, m.Role FROM Memberships m JOIN Organizations o ON o.Id = m.OrganizationId JOIN AspNetUsers u ON u.Id = m.UserId", connection);
        await using var reader = await query.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("Skien kommune", reader.GetString(0));
        Assert.Equal("Anne Admin", reader.GetString(1));
        Assert.Equal(1, reader.GetInt32(2));
    }

    [Fact]
    public async Task Create_admin_refuses_a_second_account_with_the_same_email()
    {
        await RunAsync(SqliteFile, "create-admin", "--organization", "Porsgrunn kommune", "--email", "same@b.no", "--password", "en lang passordsetning");

        var (exitCode, _, errors) = await RunAsync(SqliteFile, "create-admin", "--organization", "Bamble kommune", "--email", "same@b.no", "--password", "en annen lang setning");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--email: This e-mail address is already in use.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--email", "Option '--email' is required.", "--organization", "X kommune", "--password", "en lang passordsetning")]
    [InlineData("--password", "--password: The password must have at least 12 characters.", "--organization", "X kommune", "--email", "x@b.no", "--password", "kort")]
    [InlineData("--language", "--language: Choose a language: bokmål, nynorsk or English.", "--organization", "X kommune", "--email", "x@b.no", "--password", "en lang passordsetning", "--language", "sv")]
    public async Task Create_admin_explains_bad_arguments_and_exits_non_zero(string option, string message, params string[] arguments)
    {
        var (exitCode, _, errors) = await RunAsync(SqliteFile, ["create-admin", .. arguments]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(option, errors, StringComparison.Ordinal);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_applies_the_postgres_migrations_and_exits()
    {
        var database = $"samskap_cli_{Guid.NewGuid():N}";
        var connection = new NpgsqlConnectionStringBuilder(SamskapFactory.PostgresServer) { Database = database }.ToString();
        try
        {
            var (exitCode, output, _) = await RunAsync(connection, ["migrate"], provider: "Postgres");

            Assert.Equal(0, exitCode);
            Assert.Contains("Migrations applied (Postgres).", output, StringComparison.Ordinal);
            await using var check = new NpgsqlConnection(connection);
            await check.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", check);
            Assert.True((long)(await query.ExecuteScalarAsync())! >= 1);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var server = new NpgsqlConnection(SamskapFactory.PostgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task An_unknown_database_provider_is_named_in_a_plain_error()
    {
        var (exitCode, _, errors) = await RunAsync(SqliteFile, ["migrate"], provider: "Oracle");

        Assert.Equal(1, exitCode);
        Assert.Contains("error: Database:Provider is 'Oracle'. Use 'Sqlite' or 'Postgres'.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(string connectionString, params string[] arguments) =>
        RunAsync(connectionString, arguments, provider: "Sqlite");

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string connectionString, string[] arguments, string provider)
    {
        var webProject = Repository.WebProject;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(webProject, "bin", configuration, "net10.0", "Samskap.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Samskap"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
