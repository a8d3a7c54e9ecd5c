using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseRegistration
{
    /// <summary>Configuration key (contract): Sqlite (default) or Postgres.</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>Connection string name (contract): ConnectionStrings__Samskap.</summary>
    public const string ConnectionStringName = "Samskap";

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider is '{value}'. Use 'Sqlite' or 'Postgres'.");
    }

    public static IServiceCollection AddSamskapDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ReadProvider(configuration);
        services.AddMemoryCache(options => options.SizeLimit = 100_000);
        services.AddSingleton<MembershipCache>();
        services.AddSingleton<MembershipChangeInterceptor>();
        services.AddSingleton<TimestampInterceptor>();
        services.AddSingleton<Features.Projects.ProjectDataVersionInterceptor>();
        services.AddSingleton<Features.Projects.ProjectSectionCache>();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres, but ConnectionStrings:Samskap is empty. Set ConnectionStrings__Samskap=Host=…;Database=…;Username=…;Password=….");
            }

            AddPooled<PostgresAppDbContext>(services, (provider, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(Interceptors(provider)));
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, environment);
            AddPooled<SqliteAppDbContext>(services, (provider, options) => options
                .UseSqlite(sqlite)
                .AddInterceptors(Interceptors(provider)));
        }

        return services;
    }

    private static Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors(IServiceProvider provider) =>
    [
        provider.GetRequiredService<TimestampInterceptor>(),
        provider.GetRequiredService<MembershipChangeInterceptor>(),
        provider.GetRequiredService<Features.Projects.ProjectDataVersionInterceptor>(),
    ];

    /// <summary>
    /// Contexts come from a pool, because setting one up was a large share of a small request. Each
    /// request's AppDbContext is leased from it and told the request's tenant; disposing it at the
    /// end of the request returns it.
    /// </summary>
    private static void AddPooled<TContext>(IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : AppDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<AppDbContext>(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.Tenant = provider.GetRequiredService<TenantContext>();
            return db;
        });
    }

    /// <summary>The default is a file in a data folder next to the app, created on first start.</summary>
    private static string SqliteConnectionString(string? configured, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured)
                ? $"Data Source={Path.Combine(environment.ContentRootPath, "data", "samskap.db")}"
                : configured);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// Applies pending migrations. SQLite is also switched to write-ahead logging, which readers
    /// and one writer need to work side by side; the mode is stored in the file.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
