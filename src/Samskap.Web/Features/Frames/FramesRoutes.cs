using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Frames;

/// <summary>
/// The frames feature's addresses. The anchors are stable: readiness actions link to them
/// (frames.time → milestones, frames.resources → budget, frames.unpredictability → scope and
/// uncertainties, trust.relations → relation-building milestones).
/// </summary>
public static class FramesRoutes
{
    public const string BudgetAnchor = "budget";
    public const string MilestonesAnchor = "milestones";
    public const string RelationBuildingAnchor = "relation-building";
    public const string ScopeAnchor = "scope";
    public const string UncertaintiesAnchor = "uncertainties";

    public static string Frames(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/frames";
    public static string Budget(Guid projectId) => $"{Frames(projectId)}#{BudgetAnchor}";
    public static string Milestones(Guid projectId) => $"{Frames(projectId)}#{MilestonesAnchor}";

    /// <summary>The milestones, at the words on why time to get to know each other belongs in the plan.</summary>
    public static string RelationBuilding(Guid projectId) => $"{Frames(projectId)}#{RelationBuildingAnchor}";

    public static string Scope(Guid projectId) => $"{Frames(projectId)}#{ScopeAnchor}";
    public static string Uncertainties(Guid projectId) => $"{Frames(projectId)}#{UncertaintiesAnchor}";

    public static string SaveFrames(Guid projectId) => $"{Frames(projectId)}?handler=Frames";
    public static string AddMilestone(Guid projectId) => $"{Frames(projectId)}?handler=AddMilestone";
    public static string AddScopeItem(Guid projectId) => $"{Frames(projectId)}?handler=AddScopeItem";
    public static string AddUncertainty(Guid projectId) => $"{Frames(projectId)}?handler=AddUncertainty";

    public static string Milestone(Guid projectId, Guid milestoneId) => $"{Frames(projectId)}/milestones/{milestoneId}";
    public static string DeleteMilestone(Guid projectId, Guid milestoneId) => $"{Milestone(projectId, milestoneId)}?handler=Delete";
    public static string ScopeItem(Guid projectId, Guid itemId) => $"{Frames(projectId)}/scope/{itemId}";
    public static string DeleteScopeItem(Guid projectId, Guid itemId) => $"{ScopeItem(projectId, itemId)}?handler=Delete";
    public static string Uncertainty(Guid projectId, Guid uncertaintyId) => $"{Frames(projectId)}/uncertainties/{uncertaintyId}";
    public static string DeleteUncertainty(Guid projectId, Guid uncertaintyId) => $"{Uncertainty(projectId, uncertaintyId)}?handler=Delete";

    public static string Phases(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/phases";
    public static string PhasesHandler(Guid projectId, string handler) => $"{Phases(projectId)}?handler={handler}";

    public static string FramesApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/frames";
    public static string MilestonesApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/milestones";
    public static string MilestoneApi(Guid projectId, Guid milestoneId) => $"{MilestonesApi(projectId)}/{milestoneId}";
    public static string ScopeApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/scope";
    public static string ScopeItemApi(Guid projectId, Guid itemId) => $"{ScopeApi(projectId)}/{itemId}";
    public static string UncertaintiesApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/uncertainties";
    public static string UncertaintyApi(Guid projectId, Guid uncertaintyId) => $"{UncertaintiesApi(projectId)}/{uncertaintyId}";
}
