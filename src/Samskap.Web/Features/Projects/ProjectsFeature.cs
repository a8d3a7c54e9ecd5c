using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Projects;

/// <summary>The projects feature's one registration pair; it also carries the project scope every project feature uses.</summary>
public static class ProjectsFeature
{
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddScoped<ProjectScope>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Projects", Policies.ProjectPerson));
        return services;
    }

    /// <summary>Loads the project of every /projects/{id:guid} route once; goes right after authorisation.</summary>
    public static IApplicationBuilder UseProjectScope(this IApplicationBuilder app) =>
        app.UseMiddleware<ProjectScopeMiddleware>();

    public static IEndpointRouteBuilder MapProjects(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapProjectsApi();
}
