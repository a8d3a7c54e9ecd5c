using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Readiness;

/// <summary>The rules for a round's opening and closing dates, as the leader types them (yyyy-MM-dd from a date field).</summary>
public static class RoundDates
{
    /// <summary>A round can be planned at most this far ahead.</summary>
    public const int MaxDaysAhead = 365;

    /// <summary>A round is closed once closed early or after its closing date, scheduled before its opening date, and open between (the dates in Norwegian time).</summary>
    public static RoundState StateOn(DateOnly opensOn, DateOnly closesOn, DateTime? closedAt, DateOnly today) =>
        closedAt is not null || today > closesOn ? RoundState.Closed
        : today < opensOn ? RoundState.Scheduled
        : RoundState.Open;

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<FieldError> Check(string? opensOn, string? closesOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        var opensValid = TryParse(opensOn, out var opens);
        var closesValid = TryParse(closesOn, out var closes);
        if (!opensValid)
        {
            errors.Add(new FieldError("OpensOn", "Round.Error.OpensOnInvalid"));
        }
        else if (opens < today)
        {
            errors.Add(new FieldError("OpensOn", "Round.Error.OpensInPast"));
        }
        else if (opens > today.AddDays(MaxDaysAhead))
        {
            errors.Add(new FieldError("OpensOn", "Round.Error.OpensTooLate", NumberText.Of(MaxDaysAhead)));
        }

        if (!closesValid)
        {
            errors.Add(new FieldError("ClosesOn", "Round.Error.ClosesOnInvalid"));
        }
        else if (opensValid && closes < opens)
        {
            errors.Add(new FieldError("ClosesOn", "Round.Error.ClosesBeforeOpens"));
        }
        else if (opensValid && closes.DayNumber - opens.DayNumber > ReadinessRound.MaxLengthInDays)
        {
            errors.Add(new FieldError("ClosesOn", "Round.Error.TooLong", NumberText.Of(ReadinessRound.MaxLengthInDays)));
        }

        return errors;
    }
}
