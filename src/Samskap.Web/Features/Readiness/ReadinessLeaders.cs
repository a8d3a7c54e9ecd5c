using System.Security.Claims;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

/// <summary>Who leads a project's readiness rounds: the project's owner and the organisation's administrators.</summary>
public static class ReadinessLeaders
{
    public static bool CanLead(TenantContext tenant, ClaimsPrincipal user, string projectOwnerUserId) =>
        tenant.IsAdministrator || user.FindFirstValue(ClaimTypes.NameIdentifier) == projectOwnerUserId;
}
