using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Warnings;

/// <summary>The warnings' registration: first on the overview, and in the project API.</summary>
public static class WarningsFeature
{
    public static IServiceCollection AddWarnings(this IServiceCollection services) =>
        services
            .AddProjectSection<WarningsSectionViewComponent>(ProjectSectionOrder.Warnings)
            .AddProjectApiPart<WarningsApiPart>();
}
