using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>Dates as a letter writes them, in the recipient's language: 3. desember 2026, 3 December 2026.</summary>
public static class EmailDates
{
    public static string Format(DateOnly date, string language) => DateText.LongDate(date, language);
}
