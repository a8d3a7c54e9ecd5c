using Samskap.Web.Features.Competence;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// Where the product helps with a point that is below green. Each action's text is
/// "Action.{pointId}" in ReadinessText; the link is where the team can act on it.
/// </summary>
public static class ReadinessActions
{
    /// <summary>The plain-language checker, for the point about the language we use.</summary>
    public const string KlarsprakPath = Klarsprak.KlarsprakRoutes.Index;

    public static string LinkFor(string pointId) => pointId switch
    {
        "competence.what" => CompetenceRoutes.CoreElements,
        "competence.whenWhy" => CompetenceRoutes.Knowledge,
        "trust.language" => KlarsprakPath,
        _ => CompetenceRoutes.Point(ReadinessViews.CompetenceAnchor(pointId)),
    };

    /// <summary>
    /// Where a project's team acts on the point: the frames points and relations lead to the project's
    /// own frames (milestones, budget, scope and uncertainties, relation-building milestones), the venue
    /// to the organisation's venues and their checklist; the others
    /// to reading matter and tools.
    /// </summary>
    public static string LinkFor(string pointId, Guid projectId) => pointId switch
    {
        "frames.time" => Frames.FramesRoutes.Milestones(projectId),
        "frames.resources" => Frames.FramesRoutes.Budget(projectId),
        "frames.unpredictability" => Frames.FramesRoutes.Scope(projectId),
        "trust.relations" => Frames.FramesRoutes.RelationBuilding(projectId),
        "facilitation.venue" => Venues.VenuesRoutes.Index,
        _ => LinkFor(pointId),
    };

    /// <summary>
    /// Whether the link leads to the point's own section on the competence page; such a link names
    /// the point ("Action.ReadAboutPoint"), any other carries its own text ("Action.{pointId}.Link").
    /// </summary>
    public static bool LinksToPoint(string pointId) =>
        LinkFor(pointId, Guid.Empty) == CompetenceRoutes.Point(ReadinessViews.CompetenceAnchor(pointId));

    /// <summary>Points below green, plus those the team could not judge ("unknown"), in model order.</summary>
    public static IEnumerable<PointScore> Needed(ReadinessResult result) =>
        result.Points.Where(point => point.Status != ReadinessStatus.Green);
}
