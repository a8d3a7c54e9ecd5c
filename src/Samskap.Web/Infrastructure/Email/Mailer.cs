using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>
/// Sends e-mail through the SMTP server in <see cref="SmtpOptions"/>, with MailKit. It never throws
/// because the server or the network failed: the result says how many messages were not sent, and
/// the log says why, naming each message by its Message-Id and never by its recipient.
/// </summary>
public sealed partial class Mailer(IOptions<SmtpOptions> options, TimeProvider clock, ILogger<Mailer> logger)
{
    private readonly SmtpOptions _options = options.Value;

    /// <summary>False when no SMTP host is configured; pages then show the links to copy.</summary>
    public bool IsConfigured => _options.IsConfigured;

    /// <summary>Sends one message. Cancelling <paramref name="cancellationToken"/> still throws, as everywhere.</summary>
    public Task<EmailResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAllAsync([message], cancellationToken);
    }

    /// <summary>
    /// Sends the messages over one connection, in order. A message the server refuses is counted and
    /// the rest still go; when the server cannot be reached, none of the rest are tried.
    /// </summary>
    public async Task<EmailResult> SendAllAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (!IsConfigured)
        {
            return new EmailResult(EmailStatus.NotConfigured, 0, messages.Count);
        }

        if (messages.Count == 0)
        {
            return new EmailResult(EmailStatus.Sent, 0, 0);
        }

        if (!EmailAddresses.TryParseSender(_options.From, out var sender))
        {
            // Start-up validation refuses such a configuration; this guards a Mailer built without it.
            throw new InvalidOperationException("Smtp:From is not an e-mail address.");
        }

        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        var sent = 0;
        var failed = 0;
        for (var index = 0; index < messages.Count; index++)
        {
            var mime = Compose(messages[index], sender);
            if (!client.IsConnected && !await TryConnectAsync(client, cancellationToken))
            {
                failed += messages.Count - index;
                break;
            }

            try
            {
                await client.SendAsync(mime, cancellationToken);
                sent++;
            }
            catch (Exception failure) when (!cancellationToken.IsCancellationRequested && IsDeliveryFailure(failure))
            {
                failed++;
                Log.NotSent(logger, mime.MessageId ?? "", Describe(failure));
            }
        }

        await DisconnectQuietlyAsync(client);
        if (failed > 0)
        {
            Log.SomeNotSent(logger, failed, messages.Count);
            return new EmailResult(EmailStatus.Failed, sent, failed);
        }

        Log.Sent(logger, sent);
        return new EmailResult(EmailStatus.Sent, sent, 0);
    }

    private MimeMessage Compose(EmailMessage message, MailboxAddress sender)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
            MessageId = MimeUtils.GenerateMessageId(sender.Domain),
            Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody(),
        };
        mime.From.Add(sender);
        mime.To.Add(MailboxAddress.Parse(message.To));
        // On the body, which is the message's top-level MIME entity: MimeKit keeps Content-* headers there.
        mime.Body.Headers.Add(HeaderId.ContentLanguage, message.Language);
        return mime;
    }

    private async Task<bool> TryConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var security = _options.SecurityMode switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        try
        {
            await client.ConnectAsync(_options.Host!, _options.EffectivePort, security, cancellationToken);
            if (!string.IsNullOrWhiteSpace(_options.Username))
            {
                await client.AuthenticateAsync(_options.Username, _options.Password ?? "", cancellationToken);
            }

            return true;
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested && IsDeliveryFailure(failure))
        {
            Log.Unreachable(logger, _options.Host!, _options.EffectivePort, Describe(failure));
            await DisconnectQuietlyAsync(client);
            return false;
        }
    }

    /// <summary>Says goodbye to the server when still connected; the messages are already sent or counted, so a failure here changes nothing.</summary>
    private static async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception failure) when (IsDeliveryFailure(failure))
        {
            // Nothing to report: QUIT only closes a session whose work is done.
        }
    }

    /// <summary>What goes wrong between us and the server, as opposed to a bug of ours.</summary>
    private static bool IsDeliveryFailure(Exception failure) => failure is
        CommandException or ProtocolException or AuthenticationException or SslHandshakeException
        or ServiceNotConnectedException or ServiceNotAuthenticatedException
        or SocketException or IOException or TimeoutException or OperationCanceledException
        // MailKit's answer when the server lacks STARTTLS or an AUTH mechanism it needs.
        or NotSupportedException;

    /// <summary>
    /// The reason for the log, built from codes only: a server's reply or an exception's message may
    /// quote the recipient's address, so neither is logged.
    /// </summary>
    private static string Describe(Exception failure) => failure switch
    {
        SmtpCommandException command => $"the server refused it ({command.ErrorCode}, SMTP {(int)command.StatusCode})",
        AuthenticationException => "the server refused Smtp:Username and Smtp:Password",
        SslHandshakeException => "the TLS handshake failed",
        SocketException socket => $"network error ({socket.SocketErrorCode})",
        TimeoutException or OperationCanceledException => "no answer in time",
        NotSupportedException => "the server lacks STARTTLS or a way to sign in; check Smtp:Security",
        _ => failure.GetType().Name,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Sent {Count} e-mail message(s).")]
        public static partial void Sent(ILogger logger, int count);

        [LoggerMessage(2, LogLevel.Error, "E-mail {MessageId} was not sent: {Reason}.")]
        public static partial void NotSent(ILogger logger, string messageId, string reason);

        [LoggerMessage(3, LogLevel.Error, "Could not send through the SMTP server {Host}:{Port}: {Reason}.")]
        public static partial void Unreachable(ILogger logger, string host, int port, string reason);

        [LoggerMessage(4, LogLevel.Error, "{Failed} of {Count} e-mail message(s) were not sent.")]
        public static partial void SomeNotSent(ILogger logger, int failed, int count);
    }
}
