using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>
/// Resolves which organisation a signed-in user acts in: the one named by the switcher's cookie if
/// the user is a member of it, else their first membership.
/// </summary>
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

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, MembershipCache cache)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            var memberships = await cache.GetAsync(
                userId,
                cancellationToken => context.RequestServices.GetRequiredService<AppDbContext>().Memberships
                    .AsNoTracking()
                    .Where(m => m.UserId == userId)
                    .OrderBy(m => m.Organization!.Name)
                    .Select(m => new MembershipSummary(m.OrganizationId, m.Organization!.Name, m.Role))
                    .ToListAsync(cancellationToken),
                context.RequestAborted);
            _ = Guid.TryParse(context.Request.Cookies[CookieName], out var chosen);
            tenant.Set(memberships, chosen);
        }

        await next(context);
    }
}
