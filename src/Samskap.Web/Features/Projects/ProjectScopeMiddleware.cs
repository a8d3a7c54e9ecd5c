using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// Loads the project for every endpoint whose route starts with /projects/{id:guid} or
/// /api/v1/projects/{id:guid}, whichever feature it belongs to, and answers 404 itself when the
/// project is not the current organisation's. A page then gets its localised status page from the
/// status-code pages; an API gets localised problem details here. Runs after authorisation, so a signed-out
/// visitor is sent to sign in rather than told whether a project exists.
/// </summary>
public sealed class ProjectScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ProjectScope scope, TenantContext tenant, IProblemDetailsService problems, IStringLocalizer<ProjectsText> projectsText)
    {
        var endpoint = context.GetEndpoint();
        var projectRoute = endpoint is RouteEndpoint route && ProjectRoutes.IsProjectRoute(route.RoutePattern);

        // A method the route does not take (a GET of a POST-only API) finds the 405 endpoint, which has
        // no pattern; an unknown project still answers 404 first, so no route tells a project exists.
        var projectPath = !projectRoute && endpoint is not null and not RouteEndpoint && ProjectRoutes.TryProjectId(context.Request.Path, out _);
        if (projectRoute || projectPath)
        {
            var id = Guid.Empty;
            var found = (projectRoute ? Guid.TryParse(context.Request.RouteValues[ProjectRoutes.IdParameter] as string, out id) : ProjectRoutes.TryProjectId(context.Request.Path, out id))
                && await scope.LoadAsync(id, context.RequestServices.GetRequiredService<AppDbContext>(), tenant, context.RequestAborted);
            if (!found)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await problems.WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = projectsText["NotFound"] },
                    });
                }

                return;
            }
        }

        await next(context);
    }
}
