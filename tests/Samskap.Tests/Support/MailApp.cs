using Samskap.Web.Data;

namespace Samskap.Tests.Support;

/// <summary>
/// The app on SQLite with its e-mail going to a loopback SMTP server of its own, shared by the tests
/// of one class (each sends to addresses of its own, so they do not see each other's mail).
/// </summary>
public sealed class MailApp : IAsyncLifetime
{
    /// <summary>The address the test client uses; links in e-mails are built on it, as pages build them on the request's.</summary>
    public static readonly Uri BaseAddress = new("https://localhost");

    public SamskapFactory App { get; private set; } = null!;

    public LoopbackSmtpServer Smtp { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = await LoopbackSmtpServer.StartAsync();
        App = new SamskapFactory(DatabaseProvider.Sqlite, smtp: Smtp);
        _ = App.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
