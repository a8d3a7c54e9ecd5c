using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Organizations;

/// <summary>A tenant: a municipality or a county council. Its own row is not filtered; it is the filter's key.</summary>
public class Organization : IHasCreatedAt
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";

    /// <summary>The written standard the organisation uses towards the public: nb or nn.</summary>
    public string WrittenStandard { get; set; } = "nb";

    public DateTime CreatedAt { get; set; }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> org)
    {
        org.ToTable("Organizations");
        org.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
        org.Property(o => o.WrittenStandard).HasMaxLength(8);
    }
}
