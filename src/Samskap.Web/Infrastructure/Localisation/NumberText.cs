using System.Globalization;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>
/// The one way pages write whole numbers such as limits: in groups of three, "10 000" in bokmål
/// and nynorsk (a no-break space, so the number never wraps) and "10,000" in English.
/// </summary>
public static class NumberText
{
    private static readonly NumberFormatInfo _norwegian = new() { NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3] };

    public static string Of(long number) =>
        number.ToString("N0", Cultures.Current == Cultures.English ? CultureInfo.GetCultureInfo("en") : _norwegian);
}
