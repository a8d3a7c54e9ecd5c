using Microsoft.Extensions.Options;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>How the connection to the SMTP server is secured (configuration key <c>Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP, no TLS; for a relay on the same host or network. Default port 25.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS before anything is sent; the default. Default port 587.</summary>
    StartTls,

    /// <summary>TLS from the first byte ("implicit TLS", SMTPS). Default port 465.</summary>
    Tls,
}

/// <summary>
/// The SMTP server Samskap sends e-mail through, bound from the configuration section <c>Smtp</c>
/// (environment variables <c>Smtp__Host</c>, <c>Smtp__Port</c>, …). Without a host, no e-mail is
/// sent and pages show the links to copy instead.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The server's host name; empty means that e-mail is not configured.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port; when left out, the usual one for <see cref="Security"/> (25, 587 or 465).</summary>
    public int? Port { get; set; }

    /// <summary>The sender, as an address (<c>samskap@kommune.no</c>) or with a name (<c>Samskap &lt;samskap@kommune.no&gt;</c>).</summary>
    public string? From { get; set; }

    /// <summary>Signs in to the server when given; otherwise sends without signing in.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// None, StartTls or Tls (any case); StartTls when left out. Kept as text so that an unknown value
    /// is refused at start with a message that names the key, instead of a binder error.
    /// </summary>
    public string? Security { get; set; }

    /// <summary>Bounds each step of talking to the server (connecting, signing in, sending). Not a configuration key.</summary>
    internal TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The parsed <see cref="Security"/>; only read after start-up validation has accepted it.</summary>
    public SmtpSecurity SecurityMode => TryParseSecurity(Security, out var mode)
        ? mode
        : throw new InvalidOperationException($"Smtp:Security is '{Security}'. Use 'None', 'StartTls' or 'Tls'.");

    /// <summary>The configured port, or the usual one for the security mode.</summary>
    public int EffectivePort => Port ?? DefaultPort(SecurityMode);

    public static int DefaultPort(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => 25,
        SmtpSecurity.StartTls => 587,
        SmtpSecurity.Tls => 465,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };

    internal static bool TryParseSecurity(string? value, out SmtpSecurity security)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            security = SmtpSecurity.StartTls;
            return true;
        }

        // Enum.TryParse would also take "1" or "None, Tls"; only the three names are meant.
        foreach (var name in Enum.GetNames<SmtpSecurity>())
        {
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                security = Enum.Parse<SmtpSecurity>(name);
                return true;
            }
        }

        security = default;
        return false;
    }
}

/// <summary>Refuses, at start-up, an SMTP configuration that could never send; each message names its key.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.From))
        {
            failures.Add("Smtp:From is empty, but Smtp:Host is set. Give the sender's address, such as samskap@kommune.no.");
        }
        else if (!EmailAddresses.TryParseSender(options.From, out _))
        {
            failures.Add($"Smtp:From is '{options.From}', which is not an e-mail address. Give one such as samskap@kommune.no or 'Samskap <samskap@kommune.no>'.");
        }

        if (options.Port is { } port && (port < 1 || port > 65535))
        {
            failures.Add($"Smtp:Port is {port}. Use a port from 1 to 65535, or leave it out for the usual port of Smtp:Security (25, 587 or 465).");
        }

        if (!SmtpOptions.TryParseSecurity(options.Security, out _))
        {
            failures.Add($"Smtp:Security is '{options.Security}'. Use 'None', 'StartTls' or 'Tls'.");
        }

        if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrWhiteSpace(options.Username))
        {
            failures.Add("Smtp:Password is set, but Smtp:Username is empty. Give both to sign in, or neither.");
        }

        // One message of whole sentences: OptionsValidationException would join several with "; ".
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(' ', failures));
    }
}
