using Microsoft.AspNetCore.Localization;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>Makes a ?culture= choice stick: a link such as /competence?culture=nn also sets the cookie.</summary>
public sealed class CultureCookieMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var requested = context.Request.Query["culture"].ToString();
        if (Cultures.IsSupported(requested))
        {
            var current = context.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
            var wanted = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(requested.ToLowerInvariant()));
            if (current != wanted)
            {
                Cultures.Remember(context.Response, requested.ToLowerInvariant());
            }
        }

        return next(context);
    }
}
