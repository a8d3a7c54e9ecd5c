using System.Buffers;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Server = SmtpServer.SmtpServer;

namespace Samskap.TestSupport;

/// <summary>
/// A real SMTP server on 127.0.0.1, on a port of its own, inside the test process. It keeps every
/// message it is given, parsed, so a test can read what arrived. With a username and password it
/// refuses mail from anyone who does not sign in with them.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    /// <summary>A sender address the app can be configured with.</summary>
    public const string Sender = "Samskap <samskap@samskap.test>";

    /// <summary>Where it listens: loopback only.</summary>
    public const string Host = "127.0.0.1";

    private static readonly TimeSpan _defaultWait = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly List<MimeMessage> _received = [];
    private readonly HashSet<string> _refused;
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _arrived = NewSignal();
    private Server? _server;
    private Task _running = Task.CompletedTask;

    private LoopbackSmtpServer(string? username, string? password, IEnumerable<string> refusedRecipients)
    {
        Username = username;
        Password = password;
        _refused = new HashSet<string>(refusedRecipients, StringComparer.OrdinalIgnoreCase);
    }

    public int Port { get; private set; }

    /// <summary>When set, the server only takes mail after AUTH with this username and <see cref="Password"/>.</summary>
    public string? Username { get; }

    public string? Password { get; }

    /// <summary>What has arrived so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts a server on a free loopback port and returns once it listens.</summary>
    /// <param name="username">With <paramref name="password"/>: the only sign-in the server accepts, and then requires.</param>
    /// <param name="password">The password that goes with <paramref name="username"/>.</param>
    /// <param name="refusedRecipients">Addresses the server answers "mailbox unavailable" for, as a real server does for an unknown one.</param>
    public static async Task<LoopbackSmtpServer> StartAsync(string? username = null, string? password = null, IEnumerable<string>? refusedRecipients = null)
    {
        var server = new LoopbackSmtpServer(username, password, refusedRecipients ?? []);
        await server.ListenAsync();
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages (that match, when a filter is given) have arrived, and returns them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, Func<MimeMessage, bool>? matching = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? _defaultWait);
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                var found = _received.Where(matching ?? (_ => true)).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                arrived = _arrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await Completes(arrived, left))
            {
                throw new TimeoutException($"Waited for {count} message(s); {Received.Count(matching ?? (_ => true))} arrived.");
            }
        }
    }

    /// <summary>Waits for the one message to <paramref name="address"/>.</summary>
    public async Task<MimeMessage> WaitForMessageToAsync(string address, TimeSpan? timeout = null) =>
        (await WaitForAsync(1, message => message.To.Mailboxes.Any(to => to.Address.Equals(address, StringComparison.OrdinalIgnoreCase)), timeout)).Single();

    public async ValueTask DisposeAsync()
    {
        _server?.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Cancelling is how the listener is told to stop; it ends with this.
        }

        _stop.Dispose();
    }

    private async Task ListenAsync()
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, args) => started.TrySetResult(((IPEndPoint)args.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("samskap.test")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0));
                if (Username is not null)
                {
                    // Loopback only, so AUTH without TLS exposes nothing; the mailer's TLS modes are MailKit's own.
                    endpoint.AllowUnsecureAuthentication(true).AuthenticationRequired(true);
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(this));
        services.Add(new DelegatingMailboxFilter(
            (_, _) => true,
            (_, to, _) => !_refused.Contains(to.AsAddress())));
        services.Add(new DelegatingUserAuthenticator((user, password) => user == Username && password == Password));
        _server = new Server(options, services);
        _running = _server.StartAsync(_stop.Token);
        Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private void Add(MimeMessage message)
    {
        TaskCompletionSource arrived;
        lock (_lock)
        {
            _received.Add(message);
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<bool> Completes(Task task, TimeSpan within)
    {
        try
        {
            await task.WaitAsync(within);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Parses each message as it arrives; the server has already undone the SMTP dot-stuffing.</summary>
    private sealed class Store(LoopbackSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            server.Add(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
