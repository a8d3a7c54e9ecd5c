namespace Samskap.Web.Infrastructure.Email;

/// <summary>What became of the messages handed to <see cref="Mailer"/>.</summary>
public enum EmailStatus
{
    /// <summary>The SMTP server took every message.</summary>
    Sent,

    /// <summary>At least one message was not taken; <see cref="EmailResult.Sent"/> says how many were.</summary>
    Failed,

    /// <summary>No SMTP server is configured, so nothing was tried; show the links to copy instead.</summary>
    NotConfigured,
}

/// <summary>The outcome of a send: counts only, never who, so that it can be shown and logged as it is.</summary>
public sealed record EmailResult(EmailStatus Status, int Sent, int Failed)
{
    public bool Succeeded => Status == EmailStatus.Sent;
}
