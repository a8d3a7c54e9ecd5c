using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Tests.Infrastructure.Email;

/// <summary>The mailer against a real SMTP server on loopback: what arrives, and what happens when nothing can.</summary>
public sealed class MailerTests : IAsyncLifetime
{
    private static readonly Uri _link = new("https://samskap.test/invitations/0123abcd");

    private readonly CapturingLoggerProvider _log = new();
    private readonly ILoggerFactory _loggers;
    private LoopbackSmtpServer _server = null!;

    public MailerTests() => _loggers = LoggerFactory.Create(logging => logging.AddProvider(_log).SetMinimumLevel(LogLevel.Trace));

    public async ValueTask InitializeAsync() => _server = await LoopbackSmtpServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _loggers.Dispose();
    }

    [Fact]
    public async Task A_message_arrives_with_its_recipient_subject_language_and_both_parts()
    {
        var to = Address();
        var message = new EmailBody().Paragraph("Hei!").Link(_link).ToMessage(to, "nn", "Ei helsing");

        var result = await Mailer(_server).SendAsync(message, TestContext.Current.CancellationToken);
        var received = await _server.WaitForMessageToAsync(to);

        Assert.Equal(new EmailResult(EmailStatus.Sent, 1, 0), result);
        Assert.Equal(to, received.To.Mailboxes.Single().Address);
        Assert.Equal("samskap@samskap.test", received.From.Mailboxes.Single().Address);
        Assert.Equal("Samskap", received.From.Mailboxes.Single().Name);
        Assert.Equal("Ei helsing", received.Subject);
        Assert.Equal("nn", received.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("Content-Language: nn", received.ToString().ReplaceLineEndings("\n").Split("\n\n")[0].Split('\n'));
        Assert.Equal("multipart/alternative", received.Body!.ContentType.MimeType);
        Assert.Equal($"Hei!\n\n{_link.AbsoluteUri}", received.TextBody!.ReplaceLineEndings("\n"));
        Assert.Contains($"<a href=\"{_link.AbsoluteUri}\">", received.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nn\">", received.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_without_html_is_plain_text_only_and_keeps_its_letters()
    {
        var to = Address();

        await Mailer(_server).SendAsync(new EmailMessage(to, "nb", "Blåbær og «sitater»", "Ærlig talt: øl, ål og ære."), TestContext.Current.CancellationToken);
        var received = await _server.WaitForMessageToAsync(to);

        Assert.Equal("text/plain", received.Body!.ContentType.MimeType);
        Assert.Equal("utf-8", received.Body!.ContentType.Charset, ignoreCase: true);
        Assert.Equal("Blåbær og «sitater»", received.Subject);
        Assert.Equal("Ærlig talt: øl, ål og ære.", received.TextBody!.ReplaceLineEndings("\n"));
        Assert.Null(received.HtmlBody);
    }

    [Fact]
    public async Task Names_and_titles_are_escaped_in_the_html_part()
    {
        var to = Address();
        var message = new EmailBody().Paragraph("<script>alert(1)</script> & «Prosjekt»").ToMessage(to, "nb", "Emne");

        await Mailer(_server).SendAsync(message, TestContext.Current.CancellationToken);
        var received = await _server.WaitForMessageToAsync(to);

        Assert.DoesNotContain("<script>", received.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «Prosjekt»", received.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_date_and_message_id_come_from_the_apps_clock_and_sender()
    {
        var to = Address();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero));

        await Mailer(_server, clock: clock).SendAsync(new EmailMessage(to, "en", "Subject", "Text"), TestContext.Current.CancellationToken);
        var received = await _server.WaitForMessageToAsync(to);

        Assert.Equal(clock.GetUtcNow(), received.Date);
        Assert.EndsWith("@samskap.test", received.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_goes_over_one_connection_and_each_arrives()
    {
        var addresses = Enumerable.Range(0, 3).Select(_ => Address()).ToList();

        var result = await Mailer(_server).SendAllAsync([.. addresses.Select(to => new EmailMessage(to, "nb", "Påminnelse", "Tekst"))], TestContext.Current.CancellationToken);
        var received = await _server.WaitForAsync(3, message => addresses.Contains(message.To.Mailboxes.Single().Address));

        Assert.Equal(new EmailResult(EmailStatus.Sent, 3, 0), result);
        Assert.Equal(addresses, received.Select(message => message.To.Mailboxes.Single().Address));
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_is_counted_the_rest_still_go_and_the_log_names_no_address()
    {
        var refused = Address();
        var accepted = Address();
        await using var server = await LoopbackSmtpServer.StartAsync(refusedRecipients: [refused]);

        var result = await Mailer(server).SendAllAsync([new EmailMessage(refused, "nb", "Emne", "Tekst"), new EmailMessage(accepted, "nb", "Emne", "Tekst")], TestContext.Current.CancellationToken);

        Assert.Equal(new EmailResult(EmailStatus.Failed, 1, 1), result);
        Assert.False(result.Succeeded);
        Assert.Equal(accepted, (await server.WaitForMessageToAsync(accepted)).To.Mailboxes.Single().Address);
        Assert.Contains(_log.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("was not sent: the server refused it", StringComparison.Ordinal));
        AssertLogHoldsNoAddress(refused, accepted);
    }

    [Fact]
    public async Task With_a_username_the_mailer_signs_in_and_the_server_takes_the_message()
    {
        await using var server = await LoopbackSmtpServer.StartAsync(username: "samskap", password: "et langt passord");
        var to = Address();

        var result = await Mailer(server, username: "samskap", password: "et langt passord").SendAsync(new EmailMessage(to, "nb", "Emne", "Tekst"), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal(to, (await server.WaitForMessageToAsync(to)).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_server_that_requires_sign_in_refuses_a_mailer_without_one()
    {
        await using var server = await LoopbackSmtpServer.StartAsync(username: "samskap", password: "et langt passord");
        var to = Address();

        var result = await Mailer(server).SendAsync(new EmailMessage(to, "nb", "Emne", "Tekst"), TestContext.Current.CancellationToken);

        Assert.Equal(new EmailResult(EmailStatus.Failed, 0, 1), result);
        Assert.Empty(server.Received);
        AssertLogHoldsNoAddress(to);
    }

    [Fact]
    public async Task A_wrong_password_fails_and_the_log_names_neither_the_address_nor_the_password()
    {
        await using var server = await LoopbackSmtpServer.StartAsync(username: "samskap", password: "et langt passord");
        var to = Address();

        var result = await Mailer(server, username: "samskap", password: "feil passord her").SendAsync(new EmailMessage(to, "nb", "Emne", "Tekst"), TestContext.Current.CancellationToken);

        Assert.Equal(EmailStatus.Failed, result.Status);
        Assert.Empty(server.Received);
        Assert.Contains(_log.Entries, entry => entry.Message.Contains("the server refused Smtp:Username and Smtp:Password", StringComparison.Ordinal));
        AssertLogHoldsNoAddress(to);
        Assert.DoesNotContain("feil passord", _log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_listening_on_the_port_gives_a_failed_result_and_the_log_names_no_address()
    {
        var port = FreePort();
        var to = Address();
        var other = Address();

        var result = await Mailer(host: LoopbackSmtpServer.Host, port: port).SendAllAsync([new EmailMessage(to, "nb", "Emne", "Tekst"), new EmailMessage(other, "nb", "Emne", "Tekst")], TestContext.Current.CancellationToken);

        Assert.Equal(new EmailResult(EmailStatus.Failed, 0, 2), result);
        Assert.Contains(_log.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains($"127.0.0.1:{port}: network error (ConnectionRefused)", StringComparison.Ordinal));
        Assert.Contains(_log.Entries, entry => entry.Message == "2 of 2 e-mail message(s) were not sent.");
        AssertLogHoldsNoAddress(to, other);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_within_the_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var started = TimeProvider.System.GetTimestamp();

        var result = await Mailer(host: LoopbackSmtpServer.Host, port: port, timeout: TimeSpan.FromSeconds(1)).SendAsync(new EmailMessage(Address(), "nb", "Emne", "Tekst"), TestContext.Current.CancellationToken);

        Assert.Equal(EmailStatus.Failed, result.Status);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10));
        Assert.Contains(_log.Entries, entry => entry.Message.Contains("no answer in time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_server_is_disposed_nothing_listens_on_its_port()
    {
        var server = await LoopbackSmtpServer.StartAsync();
        var port = server.Port;
        await server.DisposeAsync();

        var result = await Mailer(host: LoopbackSmtpServer.Host, port: port).SendAsync(new EmailMessage(Address(), "nb", "Emne", "Tekst"), TestContext.Current.CancellationToken);

        Assert.Equal(EmailStatus.Failed, result.Status);
    }

    [Fact]
    public async Task Without_a_host_the_mailer_is_not_configured_and_tries_nothing()
    {
        var mailer = new Mailer(Options.Create(new SmtpOptions { From = "samskap@samskap.test" }), TimeProvider.System, _loggers.CreateLogger<Mailer>());

        var result = await mailer.SendAsync(new EmailMessage(Address(), "nb", "Emne", "Tekst"), TestContext.Current.CancellationToken);

        Assert.False(mailer.IsConfigured);
        Assert.Equal(new EmailResult(EmailStatus.NotConfigured, 0, 1), result);
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public async Task Cancelling_the_request_still_cancels_the_send()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Mailer(_server).SendAsync(new EmailMessage(Address(), "nb", "Emne", "Tekst"), cancelled.Token));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Kari <kari@kommune.no>")]
    [InlineData("kari@kommune.no\r\nBcc: alle@kommune.no")]
    [InlineData("kari@localhost")]
    public void A_message_to_something_that_is_not_a_bare_address_is_refused(string to)
    {
        Assert.False(EmailAddresses.IsValid(to));
        Assert.Throws<ArgumentException>(() => new EmailMessage(to, "nb", "Emne", "Tekst"));
    }

    [Fact]
    public void A_message_in_another_language_than_ours_is_refused_and_a_subject_stays_on_one_line()
    {
        Assert.Throws<ArgumentException>(() => new EmailMessage("kari@kommune.no", "sv", "Emne", "Tekst"));
        Assert.Equal("Første linje andre linje", new EmailMessage("kari@kommune.no", "NB", "Første linje\r\n  andre linje", "Tekst").Subject);
    }

    private static string Address() => $"person-{Guid.NewGuid():N}@kommune.test";

    /// <summary>A port that was free a moment ago and is closed again: nothing listens there.</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private Mailer Mailer(LoopbackSmtpServer server, string? username = null, string? password = null, TimeProvider? clock = null) =>
        Mailer(LoopbackSmtpServer.Host, server.Port, username, password, clock);

    private Mailer Mailer(string host, int port, string? username = null, string? password = null, TimeProvider? clock = null, TimeSpan? timeout = null) =>
        new(
            Options.Create(new SmtpOptions
            {
                Host = host,
                Port = port,
                From = LoopbackSmtpServer.Sender,
                Security = "None",
                Username = username,
                Password = password,
                Timeout = timeout ?? TimeSpan.FromSeconds(15),
            }),
            clock ?? TimeProvider.System,
            _loggers.CreateLogger<Mailer>());

    private void AssertLogHoldsNoAddress(params string[] addresses)
    {
        var log = _log.AllText;
        Assert.NotEmpty(_log.Entries);
        Assert.All(addresses, address =>
        {
            Assert.DoesNotContain(address, log, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(address.Split('@')[0], log, StringComparison.OrdinalIgnoreCase);
        });
    }
}
