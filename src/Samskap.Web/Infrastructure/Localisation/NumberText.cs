using System.Globalization;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>
/// The one way pages write whole numbers such as limits: in groups of three, "10 000" in bokmål
/// and nynorsk (a no-break space, so the number never wraps) and "10,000" in English.
/// </summary>
public static class NumberText
{
    private static readonly NumberFormatInfo _norwegian = new() { NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3] };

    private static readonly NumberFormatInfo _norwegianDecimal = new() { NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3], NumberDecimalSeparator = "," };

    public static string Of(long number) =>
        number.ToString("N0", Cultures.Current == Cultures.English ? CultureInfo.GetCultureInfo("en") : _norwegian);

    /// <summary>An amount such as hours or kroner: grouped as whole numbers are, with decimals only where it has them ("7,5", "15 000").</summary>
    public static string Of(decimal amount) =>
        amount.ToString("#,0.##", Cultures.Current == Cultures.English ? CultureInfo.GetCultureInfo("en") : _norwegianDecimal);
}
