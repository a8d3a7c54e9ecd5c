using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Sessions;

/// <summary>The sessions feature's one registration pair.</summary>
public static class SessionsFeature
{
    public static IServiceCollection AddSessions(this IServiceCollection services) =>
        services
            .AddSingleton<AgendaCache>()
            .AddProjectSection<SessionsSectionViewComponent>(ProjectSectionOrder.Sessions)
            .AddProjectApiPart<SessionsApiPart>();

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapSessionsApi().MapSessionsProjectApi().MapSessionsCalendar();
}
