using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Venues;

/// <summary>
/// A place the organisation holds sessions in, with how many it takes and how well it suits
/// co-creation: each criterion of <see cref="VenueChecklist"/> is met, not met, or not yet checked.
/// </summary>
public class Venue : IShownInProjects, IHasCreatedAt, IHasUpdatedAt
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;
    public const int MaxCapacity = 100_000;
    public const int MaxPerOrganization = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public int Capacity { get; set; }

    /// <summary>Criterion id → met (true), not met (false); a criterion not checked yet is left out.</summary>
    public Dictionary<string, bool> Checklist { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> venue)
    {
        venue.ToTable("Venues");
        venue.HasIndex(v => new { v.OrganizationId, v.Name });
        venue.Property(v => v.Name).HasMaxLength(Venue.NameMaxLength);
        venue.Property(v => v.Address).HasMaxLength(Venue.AddressMaxLength);
        venue.Property(v => v.Version).IsConcurrencyToken();
        venue.HasOne<Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        venue.Property(v => v.Checklist)
            .IsJsonColumn();
    }
}

public static class VenueTables
{
    extension(AppDbContext db)
    {
        public DbSet<Venue> Venues => db.Set<Venue>();
    }
}
