using Samskap.Web.Data;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>Gives each request its tenant, through <see cref="TenantResolver"/> like every other caller.</summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public const string CookieName = "samskap.org";

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
            await resolver.ResolveAsync(
                tenant,
                new TenantCaller.Person(context.User, context.Request.Cookies[CookieName]),
                context.RequestServices.GetRequiredService<AppDbContext>(),
                context.RequestAborted);
        }

        await next(context);
    }
}
