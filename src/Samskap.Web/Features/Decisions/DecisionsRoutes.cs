using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Decisions;

/// <summary>The decision log's addresses.</summary>
public static class DecisionsRoutes
{
    public static string Index(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/decisions";
    public static string Recorded(Guid projectId, Guid decisionId) => $"{Index(projectId)}?recorded=true#decision-{decisionId}";
    public static string New(Guid projectId) => $"{Index(projectId)}/new";
    public static string Correct(Guid projectId, Guid decisionId) => $"{New(projectId)}?corrects={decisionId}";
    public static string Anchor(Guid decisionId) => $"decision-{decisionId}";
    public static string Api(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/decisions";
    public static string Api(Guid projectId, Guid decisionId) => $"{Api(projectId)}/{decisionId}";
}
