using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Readiness;

/// <summary>Readiness's one registration pair.</summary>
public static class ReadinessFeature
{
    public static IServiceCollection AddReadiness(this IServiceCollection services) =>
        services
            .AddScoped<RoundInvitations>()
            .AddProjectSection<ReadinessSectionViewComponent>(ProjectSectionOrder.Readiness);

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapReadinessApi();
}
