using System.Globalization;

namespace Samskap.Tests.Support;

/// <summary>Runs work as a request in another language would, to show that a message does not follow it.</summary>
public static class InCulture
{
    public static T Run<T>(string culture, Func<T> work)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
