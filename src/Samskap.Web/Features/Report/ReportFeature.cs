using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Report;

/// <summary>The report's one registration pair.</summary>
public static class ReportFeature
{
    public static IServiceCollection AddReport(this IServiceCollection services) =>
        services.AddProjectSection<ReportSectionViewComponent>(ProjectSectionOrder.Report);

    public static IEndpointRouteBuilder MapReport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapReportEndpoints();
}
