using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>GET /language?culture=nn&amp;returnUrl=/projects — the switcher's links work without JavaScript.</summary>
public static class LanguageSwitch
{
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (!Cultures.IsSupported(culture))
            {
                return Results.BadRequest();
            }

            Cultures.Remember(context.Response, culture!.ToLowerInvariant());
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The switcher's link: choose <paramref name="culture"/>, then come back to <paramref name="returnUrl"/>.</summary>
    public static string Url(string culture, string returnUrl) => $"/language?culture={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The current page's address without any ?culture=, for the switcher to come back to.</summary>
    public static string ReturnUrl(HttpRequest request)
    {
        // On a replayed error page, come back to the address the reader asked for, not to /status/404.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } original)
        {
            return original.OriginalPathBase + original.OriginalPath + WithoutCulture(new QueryCollection(QueryHelpers.ParseQuery(original.OriginalQueryString)));
        }

        return request.PathBase + request.Path + WithoutCulture(request.Query);
    }

    private static string WithoutCulture(IQueryCollection queryCollection)
    {
        var query = new QueryBuilder(queryCollection
            .Where(pair => !pair.Key.Equals("culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value ?? ""))));
        return query.ToQueryString().ToString();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
