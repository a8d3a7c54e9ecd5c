using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Actions;

/// <summary>The shared actions' one registration pair.</summary>
public static class ActionsFeature
{
    public static IServiceCollection AddActions(this IServiceCollection services) =>
        services
            .AddProjectSection<ActionsSectionViewComponent>(ProjectSectionOrder.Actions)
            .AddProjectApiPart<ActionsApiPart>();

    public static IEndpointRouteBuilder MapActions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapActionsApi();
}
