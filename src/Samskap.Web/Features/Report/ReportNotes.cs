using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Report;

/// <summary>What the leader writes for the report: the lessons of the project. One row per project.</summary>
public class ReportNotes : IOrganizationOwned, IHasUpdatedAt
{
    public const int LessonsMaxLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Lessons { get; set; } = "";

    /// <summary>Changes with every save, so that two leaders editing at once cannot overwrite each other unseen.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAt { get; set; }
}

internal sealed class ReportNotesConfiguration : IEntityTypeConfiguration<ReportNotes>
{
    public void Configure(EntityTypeBuilder<ReportNotes> notes)
    {
        notes.ToTable("ReportNotes");
        notes.HasIndex(n => new { n.OrganizationId, n.ProjectId }).IsUnique();
        notes.Property(n => n.Lessons).HasMaxLength(ReportNotes.LessonsMaxLength);
        notes.Property(n => n.Version).IsConcurrencyToken();
        notes.HasOne<Project>().WithMany().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class ReportTables
{
    extension(AppDbContext db)
    {
        public DbSet<ReportNotes> ReportNotes => db.Set<ReportNotes>();
    }
}
