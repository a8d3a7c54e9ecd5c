using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

public enum ProjectStatus
{
    Idea = 0,
    Planning = 1,
    Active = 2,
    Completed = 3,
}

public class Project : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int TitleMaxLength = 200;
    public const int ChallengeMaxLength = 10_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The challenge the project takes on, in a few paragraphs.</summary>
    public string Challenge { get; set; } = "";

    public string OwnerUserId { get; set; } = "";
    public AppUser? Owner { get; set; }
    public ProjectStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The project's first day, set with its frames; a Norwegian calendar date.</summary>
    public DateOnly? StartsOn { get; set; }

    /// <summary>The project's last day. Retention (partner contacts, live contributions) counts from it.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>Archived projects are kept, read-only and out of the default list.</summary>
    public DateTime? ArchivedAt { get; set; }

    /// <summary>Rises with every saved change to the project's rows; see <see cref="ProjectDataVersion"/>.</summary>
    public long DataVersion { get; set; }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.ToTable("Projects");
        project.HasIndex(p => new { p.OrganizationId, p.ArchivedAt, p.Title });
        project.Property(p => p.Title).HasMaxLength(Project.TitleMaxLength);
        project.Property(p => p.Challenge).HasMaxLength(Project.ChallengeMaxLength);
        project.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        project.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The projects feature's table, declared here rather than on AppDbContext.</summary>
public static class ProjectTables
{
    extension(AppDbContext db)
    {
        public DbSet<Project> Projects => db.Set<Project>();
    }
}
