using System.Globalization;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>Dates as a letter writes them, in the recipient's language: 3. desember 2026, 3 December 2026.</summary>
public static class EmailDates
{
    public static string Format(DateOnly date, string language) => language switch
    {
        Cultures.English => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(Cultures.English)),
        Cultures.Nynorsk => date.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo(Cultures.Nynorsk)),
        _ => date.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo(Cultures.Bokmal)),
    };
}
