using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Decisions;

/// <summary>The decision log's one registration pair.</summary>
public static class DecisionsFeature
{
    public static IServiceCollection AddDecisions(this IServiceCollection services) =>
        services
            .AddProjectSection<DecisionsSectionViewComponent>(ProjectSectionOrder.Decisions)
            .AddProjectApiPart<DecisionsApiPart>();

    public static IEndpointRouteBuilder MapDecisions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapDecisionsApi();
}
