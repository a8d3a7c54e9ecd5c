using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Partnership;

/// <summary>The partnership's one registration pair.</summary>
public static class PartnershipFeature
{
    public static IServiceCollection AddPartnership(this IServiceCollection services) =>
        services
            .AddProjectSection<PartnershipSectionViewComponent>(ProjectSectionOrder.Partnership)
            .AddProjectApiPart<PartnershipApiPart>();

    public static IEndpointRouteBuilder MapPartnership(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPartnershipApi();
}
