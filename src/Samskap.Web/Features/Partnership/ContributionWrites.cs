namespace Samskap.Web.Features.Partnership;

public static class ContributionWrites
{
    public static Contribution Create(CheckedContribution contribution, Guid organizationId, Guid projectId, string userId) => new()
    {
        OrganizationId = organizationId,
        ProjectId = projectId,
        PartnerId = contribution.PartnerId,
        Kind = contribution.Kind,
        Description = contribution.Description,
        Hours = contribution.Hours,
        Nok = contribution.Nok,
        CreatedByUserId = userId,
    };

    public static void Apply(CheckedContribution contribution, Contribution stored)
    {
        stored.PartnerId = contribution.PartnerId;
        stored.Kind = contribution.Kind;
        stored.Description = contribution.Description;
        stored.Hours = contribution.Hours;
        stored.Nok = contribution.Nok;
    }
}
