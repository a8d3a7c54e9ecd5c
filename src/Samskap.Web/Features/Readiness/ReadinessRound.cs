using System.Security.Cryptography;
using Samskap.Web.Features.Account;

namespace Samskap.Web.Features.Readiness;

public enum RoundState
{
    Scheduled,
    Open,
    Closed,
}

/// <summary>
/// One readiness assessment of a project: the team answers the statements between the opening and
/// the closing date, or until the leader closes it early.
/// </summary>
public class ReadinessRound
{
    /// <summary>A round may run for at most this long, so that a forgotten round does not stay open for years.</summary>
    public const int MaxLengthInDays = 92;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>1 for the project's first round, and so on; shown to people instead of an id.</summary>
    public int Number { get; set; }

    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>Set when the leader closes the round before its closing date.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>
    /// The secret part of the link the leader shares with the team. Stored as given, because the
    /// leader copies the link again while the round runs; it only opens the round for members of
    /// the organisation.
    /// </summary>
    public string InvitationToken { get; set; } = NewToken();

    public string CreatedByUserId { get; set; } = "";
    public AppUser? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public RoundState StateOn(DateOnly today) =>
        ClosedAt is not null || today > ClosesOn ? RoundState.Closed
        : today < OpensOn ? RoundState.Scheduled
        : RoundState.Open;

    /// <summary>256 random bits as lowercase hex: the app lowercases URLs, so the token must survive that.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static bool LooksLikeToken(string? token) =>
        token is { Length: 64 } && token.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c));
}

/// <summary>
/// One person's answers in a round. The person is stored only so that they can come back and change
/// their answers; results never show who answered what.
/// </summary>
public class ReadinessResponse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid RoundId { get; set; }
    public string RespondentUserId { get; set; } = "";

    /// <summary>The answers as "statementId=1…5" or "statementId=?" (don't know), joined by ';'. See <see cref="ReadinessAnswers"/>.</summary>
    public string Answers { get; set; } = "";

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
