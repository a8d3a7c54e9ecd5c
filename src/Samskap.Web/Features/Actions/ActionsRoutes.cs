using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Actions;

/// <summary>The shared actions' addresses.</summary>
public static class ActionsRoutes
{
    public const string Mine = "/actions/mine";
    public static string Index(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/actions";
    public static string Added(Guid projectId) => $"{Index(projectId)}?added=true";

    /// <summary>The add form, filled in from a readiness result's suggestion for this point.</summary>
    public static string FromReadiness(Guid projectId, string point) => $"{Index(projectId)}?point={Uri.EscapeDataString(point)}#add-action";
    public static string Api(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/actions";
    public static string Api(Guid projectId, Guid actionId) => $"{Api(projectId)}/{actionId}";
}
