using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Evaluation;

/// <summary>Who reads the evaluation and who answers a round as whom.</summary>
public static class EvaluationAccess
{
    /// <summary>
    /// The leaders, the administrators and the facilitators see the evaluation, and so do the
    /// partners, external ones included, of their own project. A viewer, or a member not added to
    /// the project, does not: the results are about the people in it.
    /// </summary>
    public static bool CanSee(ProjectScope scope) =>
        scope.CanLead || scope.IsExternalPartner || scope.Role is ProjectRole.Facilitator or ProjectRole.Partner;

    /// <summary>The group a signed-in person answers in: partners for a partner's person, leaders for the leaders and facilitators; none for anyone else.</summary>
    public static EvaluationGroup? GroupOf(ProjectScope scope) =>
        scope.IsExternalPartner || scope.Role == ProjectRole.Partner ? EvaluationGroup.Partners
        : scope.CanLead || scope.Role is ProjectRole.Leader or ProjectRole.Facilitator ? EvaluationGroup.Leaders
        : null;
}
