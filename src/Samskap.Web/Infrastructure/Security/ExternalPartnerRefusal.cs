using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Infrastructure.Security;

/// <summary>
/// An external partner who asks for anything outside their project is told it is not there (404),
/// not that it is forbidden: a 403 would tell them which organisation pages and projects exist.
/// Everyone else gets the usual answers.
/// </summary>
public sealed class ExternalPartnerRefusal : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.RequestServices.GetRequiredService<TenantContext>().IsExternalPartner)
        {
            // No body: the status-code pages give the localised 404 page, or problem details under /api.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
