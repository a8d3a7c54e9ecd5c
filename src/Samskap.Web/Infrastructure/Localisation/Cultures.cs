using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Samskap.Web.Infrastructure.Localisation;

public static class Cultures
{
    public const string Bokmal = "nb";
    public const string Nynorsk = "nn";
    public const string English = "en";
    public const string Default = Bokmal;

    /// <summary>Bokmål first: it is the default and the neutral resource language.</summary>
    public static readonly IReadOnlyList<string> Supported = [Bokmal, Nynorsk, English];

    /// <summary>Each supported language with its own name for itself, for language choices.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Named = [(Bokmal, "Bokmål"), (Nynorsk, "Nynorsk"), (English, "English")];

    /// <summary>Written standards an organisation can choose for texts to the public.</summary>
    public static readonly IReadOnlyList<string> WrittenStandards = [Bokmal, Nynorsk];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "nn" => Nynorsk,
        "en" => English,
        _ => Bokmal,
    };

    public static RequestLocalizationOptions CreateOptions()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Default)
            .AddSupportedCultures([.. Supported])
            .AddSupportedUICultures([.. Supported]);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        // Order: ?culture= beats the cookie, which beats the browser's Accept-Language.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>Stores the culture choice for a year; it is a preference, not personal data.</summary>
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                Secure = response.HttpContext.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });
}
