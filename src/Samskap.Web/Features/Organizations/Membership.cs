using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Organizations;

public enum OrganizationRole
{
    Member = 0,
    Administrator = 1,

    /// <summary>
    /// Someone from outside the organisation who takes part in one or more of its projects. They
    /// join through a project's invitation and see only the projects they are a person of.
    /// </summary>
    ExternalPartner = 2,
}

public static class OrganizationRoles
{
    /// <summary>What an administrator can give a member on the members page; external partners come in through a project.</summary>
    public static readonly IReadOnlyList<OrganizationRole> Assignable = [OrganizationRole.Member, OrganizationRole.Administrator];
}

/// <summary>A user's place in one organisation. A user may hold several.</summary>
[CrossOrganization("A person's memberships in all their organisations are read to decide which one they act in (the tenant itself) and to offer the switcher; queries name the user or the organisation explicitly.")]
public class Membership : IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public OrganizationRole Role { get; set; }
    public DateTime JoinedAt { get; set; }

    DateTime IHasCreatedAt.CreatedAt { get => JoinedAt; set => JoinedAt = value; }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("Memberships");
        membership.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique();
        membership.HasIndex(m => m.UserId);
        membership.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
