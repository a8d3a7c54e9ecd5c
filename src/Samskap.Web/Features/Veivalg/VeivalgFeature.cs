using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Veivalg;

/// <summary>Veivalg's one registration pair.</summary>
public static class VeivalgFeature
{
    public static IServiceCollection AddVeivalg(this IServiceCollection services) =>
        services.AddProjectSection<VeivalgSectionViewComponent>(ProjectSectionOrder.Veivalg);

    public static IEndpointRouteBuilder MapVeivalg(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapVeivalgApi();
}
