namespace Samskap.Web.Features.Projects;

/// <summary>
/// One feature's part of <c>GET /api/v1/projects/{id}</c>: the properties it adds to the project
/// (partners, milestones, warnings…). The projects API knows no feature; each adds its own, as it
/// adds its section to the overview.
/// </summary>
public interface IProjectApiPart
{
    /// <summary>Adds this feature's properties, camelCase names as the contract writes them, to the project in scope.</summary>
    Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken);
}

public static class ProjectApiPartRegistration
{
    /// <summary>Adds a feature's properties to the project API's one-project answer.</summary>
    public static IServiceCollection AddProjectApiPart<TPart>(this IServiceCollection services)
        where TPart : class, IProjectApiPart =>
        services.AddScoped<IProjectApiPart, TPart>();
}
