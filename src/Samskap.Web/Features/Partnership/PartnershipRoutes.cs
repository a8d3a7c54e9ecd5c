using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Partnership;

/// <summary>The partnership's addresses: the partners of a project and what each brings.</summary>
public static class PartnershipRoutes
{
    public static string Index(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/partners";
    public static string New(Guid projectId) => $"{Index(projectId)}/new";
    public static string Partner(Guid projectId, Guid partnerId) => $"{Index(projectId)}/{partnerId}";
    public static string PartnerAdded(Guid projectId, Guid partnerId) => $"{Partner(projectId, partnerId)}?added=true";
    public static string PartnerSaved(Guid projectId, Guid partnerId) => $"{Partner(projectId, partnerId)}?saved=true";
    public static string ContributionAdded(Guid projectId, Guid partnerId) => $"{Partner(projectId, partnerId)}?contributed=true#contributions";
    public static string Edit(Guid projectId, Guid partnerId) => $"{Partner(projectId, partnerId)}/edit";
    public static string DeletePartner(Guid projectId, Guid partnerId) => $"{Partner(projectId, partnerId)}?handler=Delete";
    public static string DeleteContribution(Guid projectId, Guid partnerId, Guid contributionId) =>
        $"{Partner(projectId, partnerId)}?handler=DeleteContribution&contributionId={contributionId}";
    public static string Deleted(Guid projectId) => $"{Index(projectId)}?deleted=true";

    public static string PartnersApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/partners";
    public static string PartnerApi(Guid projectId, Guid partnerId) => $"{PartnersApi(projectId)}/{partnerId}";
    public static string ContributionsApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/contributions";
    public static string ContributionApi(Guid projectId, Guid contributionId) => $"{ContributionsApi(projectId)}/{contributionId}";
}
