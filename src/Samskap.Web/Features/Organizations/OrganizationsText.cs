namespace Samskap.Web.Features.Organizations;

/// <summary>Marker for the organisation feature's texts: members, roles and invitation links.</summary>
public sealed class OrganizationsText;
