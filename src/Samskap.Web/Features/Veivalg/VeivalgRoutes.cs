using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Veivalg;

/// <summary>Veivalg's addresses: the anonymous try and the per-project pages.</summary>
public static class VeivalgRoutes
{
    public const string Try = "/veivalg";
    public const string TryResult = "/veivalg/result";

    public static string TryAgain(string answersQuery) => $"{Try}?{answersQuery}";

    public static string Project(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/veivalg";
    public static string Saved(Guid projectId) => $"{Project(projectId)}?saved=true";
    public static string Questions(Guid projectId) => $"{Project(projectId)}/questions";
    public static string Questions(Guid projectId, string answersQuery) => $"{Questions(projectId)}?{answersQuery}";
    public static string Result(Guid projectId) => $"{Project(projectId)}/result";
    public static string Decision(Guid projectId, Guid decisionId) => $"{Project(projectId)}/decisions/{decisionId}";
    public static string DecisionsApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/approach-decisions";
}
