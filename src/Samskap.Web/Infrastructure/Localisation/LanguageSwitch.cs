using Microsoft.AspNetCore.Http.Extensions;

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
        }).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The current page's address without any ?culture=, for the switcher to come back to.</summary>
    public static string ReturnUrl(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query
            .Where(pair => !pair.Key.Equals("culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value ?? ""))));
        return request.PathBase + request.Path + query.ToQueryString();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
