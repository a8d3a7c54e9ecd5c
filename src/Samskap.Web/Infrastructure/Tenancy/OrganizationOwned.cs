namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>
/// A row that belongs to one organisation. AppDbContext gives every such entity the tenant query
/// filter, in one loop; a guard test fails for an entity with an OrganizationId that is neither
/// this nor marked <see cref="CrossOrganizationAttribute"/>.
/// </summary>
public interface IOrganizationOwned
{
    Guid OrganizationId { get; }
}

/// <summary>
/// An entity that carries an OrganizationId but is deliberately read across organisations. The
/// reason is required, and is the comment a reviewer reads.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CrossOrganizationAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
