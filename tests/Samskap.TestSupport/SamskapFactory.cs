using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;

namespace Samskap.TestSupport;

/// <summary>
/// The real app over a real, freshly migrated database of its own: a SQLite file in a temporary
/// folder, or a new database on the PostgreSQL server named by SAMSKAP_TEST_POSTGRES (the test
/// script starts one on 127.0.0.1). Runs as Production, so error pages are the ones users see.
/// Without <paramref name="smtp"/> no SMTP server is configured, as on a fresh install; with one,
/// the app sends its e-mail there.
/// </summary>
public sealed class SamskapFactory(DatabaseProvider provider, TimeProvider? clock = null, LoopbackSmtpServer? smtp = null) : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "SAMSKAP_TEST_POSTGRES";
    public const string TestPassword = "en lang og trygg passordsetning";

    private readonly string _folder = Directory.CreateTempSubdirectory("samskap-test-").FullName;
    private readonly string _postgresDatabase = $"samskap_test_{Guid.NewGuid():N}";

    public DatabaseProvider Provider { get; } = provider;

    /// <summary>The app's one clock: the system's, unless the test gave one it can move.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>The SMTP server the app sends to, when the test gave one.</summary>
    public LoopbackSmtpServer? Smtp { get; } = smtp;

    /// <summary>Builders that write test data straight through AppDbContext, without going through forms.</summary>
    public Arrange Arrange => new(this);

    public string ConnectionString => Provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(_folder, "samskap.db")}"
        : new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ToString();

    /// <summary>The PostgreSQL server to test against; the README's test command sets it.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with ./tools/test.sh, which starts PostgreSQL on 127.0.0.1 and sets it.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Samskap", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("RateLimiting:AnonymousPermitPerMinute", "100000");
        // Every test's phones come from the same test server "address"; one test checks the real limit on an app of its own.
        builder.UseSetting("RateLimiting:LiveFailedJoinsPerAddress", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (Smtp is not null)
        {
            builder.UseSetting("Smtp:Host", LoopbackSmtpServer.Host);
            builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Smtp:From", LoopbackSmtpServer.Sender);
            builder.UseSetting("Smtp:Username", Smtp.Username);
            builder.UseSetting("Smtp:Password", Smtp.Password);
        }

        if (!ReferenceEquals(Clock, TimeProvider.System))
        {
            builder.ConfigureServices(services => services.AddSingleton(Clock));
        }
    }

    /// <summary>Creates an organisation with its administrator, as setup does; returns both.</summary>
    public Task<(AppUser Admin, Organization Organization)> CreateOrganizationAsync(string? name = null, string? email = null) =>
        Arrange.OrganizationAsync(name, email);

    /// <summary>Adds a new person to an existing organisation, as accepting an invitation does; returns them.</summary>
    public Task<AppUser> AddMemberAsync(Guid organizationId, OrganizationRole role = OrganizationRole.Member, string? displayName = null) =>
        Arrange.MemberAsync(organizationId, role, displayName);

    /// <summary>Runs work against the database outside any request (arranging and checking data).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
