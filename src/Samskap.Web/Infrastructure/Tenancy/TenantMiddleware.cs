using Samskap.Web.Data;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>Gives each request its tenant, through <see cref="TenantResolver"/> like every other caller.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public const string CookieName = "samskap.org";

    /// <summary>
    /// Carried by a sign-in that acts in one organisation only (a personal access token): that
    /// organisation is the chosen one, whatever the switcher's cookie says, and no other stands in for it.
    /// </summary>
    public const string OrganizationClaim = "samskap:organization";

    /// <summary>Remembers the organisation the user chose to act in.</summary>
    public static void Remember(HttpResponse response, Guid organizationId) =>
        response.Cookies.Append(CookieName, organizationId.ToString(), new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, TenantResolver resolver)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var pinned = context.User.FindFirst(OrganizationClaim)?.Value;
            await resolver.ResolveAsync(
                tenant,
                pinned is not null
                    ? new TenantCaller.Person(context.User, pinned, OnlyChosen: true)
                    : new TenantCaller.Person(context.User, context.Request.Cookies[CookieName]),
                context.RequestServices.GetRequiredService<AppDbContext>(),
                context.RequestAborted);
        }

        await next(context);
    }
}
