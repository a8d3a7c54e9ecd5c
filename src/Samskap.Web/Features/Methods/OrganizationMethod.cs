using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Methods;

/// <summary>
/// A method the organisation wrote itself, or copied from the library and changed. It is written in
/// one language, the organisation's own, and can be hidden from the library without breaking the
/// agendas that use it.
/// </summary>
public class OrganizationMethod : IShownInProjects, IHasCreatedAt, IHasUpdatedAt
{
    public const int NameMaxLength = 120;
    public const int PurposeMaxLength = 1000;
    public const int StepMaxLength = 500;
    public const int MaxSteps = 12;
    public const int MaterialsMaxLength = 1000;
    public const int SourceMaxLength = 300;
    public const int MaxGroup = 10_000;
    public const int MaxPerOrganization = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public string Name { get; set; } = "";
    public string Purpose { get; set; } = "";
    public List<string> Steps { get; set; } = [];
    public string Materials { get; set; } = "";
    public int Minutes { get; set; }
    public int GroupMin { get; set; }
    public int GroupMax { get; set; }
    public List<string> Phases { get; set; } = [];
    public bool RelationBuilding { get; set; }
    public List<string> Points { get; set; } = [];

    /// <summary>Where the method comes from, in the organisation's words; a copy keeps the original's credit.</summary>
    public string Source { get; set; } = "";

    /// <summary>The built-in method this was copied from, if any.</summary>
    public string? CopiedFrom { get; set; }

    public bool Hidden { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class OrganizationMethodConfiguration : IEntityTypeConfiguration<OrganizationMethod>
{
    public void Configure(EntityTypeBuilder<OrganizationMethod> method)
    {
        method.ToTable("OrganizationMethods");
        method.HasIndex(m => new { m.OrganizationId, m.Name });
        method.Property(m => m.Name).HasMaxLength(OrganizationMethod.NameMaxLength);
        method.Property(m => m.Purpose).HasMaxLength(OrganizationMethod.PurposeMaxLength);
        method.Property(m => m.Materials).HasMaxLength(OrganizationMethod.MaterialsMaxLength);
        method.Property(m => m.Source).HasMaxLength(OrganizationMethod.SourceMaxLength);
        method.Property(m => m.CopiedFrom).HasMaxLength(80);
        method.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class MethodTables
{
    extension(AppDbContext db)
    {
        public DbSet<OrganizationMethod> OrganizationMethods => db.Set<OrganizationMethod>();
    }
}
