using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Data;

public sealed class MigrationTests(Apps apps)
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_model_has_no_changes_that_the_providers_migrations_lack(DatabaseProvider provider)
    {
        var app = apps.For(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration. Run: tools/add-migration.sh <Name>");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Sqlite_runs_in_write_ahead_logging_mode()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync();

        Assert.Equal("wal", mode);
    }
}
