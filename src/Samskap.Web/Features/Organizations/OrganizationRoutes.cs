namespace Samskap.Web.Features.Organizations;

/// <summary>The organisation feature's addresses.</summary>
public static class OrganizationRoutes
{
    public const string Members = "/organizations/members";
}
