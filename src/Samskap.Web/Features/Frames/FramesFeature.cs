using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Frames;

/// <summary>The frames feature's one registration pair: dates, budget, milestones, scope, uncertainties and phases.</summary>
public static class FramesFeature
{
    public static IServiceCollection AddFrames(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Frames", Policies.ProjectPerson));
        services.AddProjectApiPart<FramesApiPart>();
        return services.AddProjectSection<FramesSectionViewComponent>(ProjectSectionOrder.Frames);
    }

    public static IEndpointRouteBuilder MapFrames(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFramesApi();
}
