using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Partnership;

/// <summary>Who a partner is. The wire words are a contract: citizen, civil-society, public, business, research, other.</summary>
public enum PartnerKind
{
    Citizen = 0,
    CivilSociety = 1,
    Public = 2,
    Business = 3,
    Research = 4,
    Other = 5,
}

/// <summary>
/// A party to the project's partnership: an organisation, a group or a person. Contact details are
/// personal data: kept only with a stated basis and until a deletion date.
/// </summary>
public class Partner : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 500;
    public const int ContactNameMaxLength = 200;
    public const int ContactEmailMaxLength = 256;
    public const int ContactPhoneMaxLength = 40;
    public const int KeepBasisMaxLength = 500;

    /// <summary>A project's partners are listed on one page; more than this is not a partnership anyone can lead.</summary>
    public const int MaxPerProject = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Name { get; set; } = "";
    public PartnerKind Kind { get; set; }

    /// <summary>Their role in the project, in their own words.</summary>
    public string Role { get; set; } = "";

    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    /// <summary>Why the contact details may be kept (consent, the task in law…); required with them.</summary>
    public string? KeepBasis { get; set; }

    /// <summary>When the contact details are to be deleted; required with them.</summary>
    public DateOnly? DeleteContactOn { get; set; }

    /// <summary>Changes with every save, so that two people editing at once cannot overwrite each other unseen.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool HasContactDetails => ContactName is not null || ContactEmail is not null || ContactPhone is not null;
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> partner)
    {
        partner.ToTable("Partners");
        partner.HasIndex(p => new { p.OrganizationId, p.ProjectId, p.Name });
        partner.Property(p => p.Name).HasMaxLength(Partner.NameMaxLength);
        partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        partner.Property(p => p.Role).HasMaxLength(Partner.RoleMaxLength);
        partner.Property(p => p.ContactName).HasMaxLength(Partner.ContactNameMaxLength);
        partner.Property(p => p.ContactEmail).HasMaxLength(Partner.ContactEmailMaxLength);
        partner.Property(p => p.ContactPhone).HasMaxLength(Partner.ContactPhoneMaxLength);
        partner.Property(p => p.KeepBasis).HasMaxLength(Partner.KeepBasisMaxLength);
        partner.Property(p => p.Version).IsConcurrencyToken();
        partner.Ignore(p => p.HasContactDetails);
        partner.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);

        // A person who took part for a partner stays a person of the project when the partner goes.
        partner.HasMany<ProjectPerson>().WithOne().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>What a partner brings. The wire words are a contract: knowledge, time, premises, money, equipment, network, other.</summary>
public enum ContributionKind
{
    Knowledge = 0,
    Time = 1,
    Premises = 2,
    Money = 3,
    Equipment = 4,
    Network = 5,
    Other = 6,
}

/// <summary>One thing a partner brings to the project; knowledge counts even without hours or money.</summary>
public class Contribution : IOrganizationOwned, IHasCreatedAt
{
    public const int DescriptionMaxLength = 1000;
    public const int MaxPerProject = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid PartnerId { get; set; }
    public ContributionKind Kind { get; set; }
    public string Description { get; set; } = "";
    public decimal? Hours { get; set; }
    public decimal? Nok { get; set; }
    public string CreatedByUserId { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> contribution)
    {
        contribution.ToTable("Contributions");
        contribution.HasIndex(c => new { c.OrganizationId, c.ProjectId, c.PartnerId });
        contribution.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        contribution.Property(c => c.Description).HasMaxLength(Contribution.DescriptionMaxLength);
        contribution.Property(c => c.Hours).HasPrecision(10, 1);
        contribution.Property(c => c.Nok).HasPrecision(14, 2);
        contribution.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // A partner with contributions cannot be deleted: the ledger and the decision log keep their provenance.
        contribution.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public static class PartnershipTables
{
    extension(AppDbContext db)
    {
        public DbSet<Partner> Partners => db.Set<Partner>();
        public DbSet<Contribution> Contributions => db.Set<Contribution>();
    }
}
