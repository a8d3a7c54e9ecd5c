using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Evaluation;

/// <summary>The evaluation's one registration pair.</summary>
public static class EvaluationFeature
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services) =>
        services
            .AddSingleton<EvaluationCache>()
            .AddProjectSection<EvaluationSectionViewComponent>(ProjectSectionOrder.Evaluation);

    public static IEndpointRouteBuilder MapEvaluation(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapEvaluationApi();
}
