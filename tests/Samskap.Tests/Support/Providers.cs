using Samskap.Web.Data;

namespace Samskap.Tests.Support;

/// <summary>Theory data: every integration test runs against SQLite and PostgreSQL.</summary>
public sealed class Providers : TheoryData<DatabaseProvider>
{
    public Providers()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}

/// <summary>
/// One app per database provider, shared by the tests of the whole assembly (each test arranges
/// its own organisations and users, so they do not see each other's data).
/// </summary>
public sealed class Apps : IAsyncDisposable
{
    private readonly Lazy<SamskapFactory> _sqlite = new(() => Started(DatabaseProvider.Sqlite));
    private readonly Lazy<SamskapFactory> _postgres = new(() => Started(DatabaseProvider.Postgres));

    public SamskapFactory For(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? _sqlite.Value : _postgres.Value;

    private static SamskapFactory Started(DatabaseProvider provider)
    {
        var factory = new SamskapFactory(provider);
        _ = factory.Server;
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlite.IsValueCreated)
        {
            await _sqlite.Value.DisposeAsync();
        }

        if (_postgres.IsValueCreated)
        {
            await _postgres.Value.DisposeAsync();
        }
    }
}
