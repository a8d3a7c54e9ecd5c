using System.Globalization;
using Samskap.Web.Features.Shared;

namespace Samskap.Web.Features.Frames;

/// <summary>The project's dates and budget as entered, before they are saved. Hours are whole hours and money whole kroner.</summary>
public sealed record FrameValues(DateOnly? Start, DateOnly? End, long? PlannedHours, long? UsedHours, long? PlannedNok, long? UsedNok)
{
    /// <summary>Larger amounts are typing mistakes.</summary>
    public const long MaxAmount = 1_000_000_000;

    public Budget Budget => new(PlannedHours, UsedHours, PlannedNok, UsedNok);

    /// <summary>The errors of values that were read: the end before the start, a negative or too large amount. Fields are named in PascalCase; the API writes them camelCase.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var errors = new List<FieldError>();
        if (Start is { } start && End is { } end && end < start)
        {
            errors.Add(new FieldError(nameof(End), "Frames.Error.EndBeforeStart"));
        }

        CheckAmount(errors, nameof(PlannedHours), PlannedHours);
        CheckAmount(errors, nameof(UsedHours), UsedHours);
        CheckAmount(errors, nameof(PlannedNok), PlannedNok);
        CheckAmount(errors, nameof(UsedNok), UsedNok);
        return errors;
    }

    private static void CheckAmount(List<FieldError> errors, string field, long? amount)
    {
        if (amount < 0)
        {
            errors.Add(new FieldError(field, $"Frames.Error.{field}.Negative"));
        }
        else if (amount > MaxAmount)
        {
            errors.Add(new FieldError(field, $"Frames.Error.{field}.TooLarge"));
        }
    }
}

/// <summary>How dates and amounts are typed: yyyy-MM-dd from a date field, and whole numbers with or without spaces between the thousands.</summary>
public static class FrameText
{
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An empty field is no date; anything else must be a date.</summary>
    public static bool TryParseOptionalDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (TryParseDate(text, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } value ? Format(value) : "";

    /// <summary>"1 500" and "1500" read as 1500, "-3" as -3 (refused later, by name); an empty field is no amount.</summary>
    public static bool TryParseAmount(string? text, out long? amount)
    {
        amount = null;
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 0)
        {
            return true;
        }

        if (long.TryParse(compact, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            amount = parsed;
            return true;
        }

        return false;
    }

    /// <summary>An amount as a form field shows it again.</summary>
    public static string Format(long? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "";
}
