using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Actions;

/// <summary>Wire words: open, done.</summary>
public enum ActionStatus
{
    Open = 0,
    Done = 1,
}

/// <summary>
/// A shared action of the project: someone of the project, an external partner too, takes it on
/// by a date. It may carry out a decision, or address a readiness point (frames.time, say).
/// </summary>
public class ProjectAction : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int TitleMaxLength = 300;
    public const int PointMaxLength = 40;
    public const int MaxPerProject = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Title { get; set; } = "";
    public string OwnerUserId { get; set; } = "";
    public AppUser? Owner { get; set; }
    public DateOnly Due { get; set; }
    public ActionStatus Status { get; set; }
    public Guid? DecisionId { get; set; }

    /// <summary>The readiness point the action addresses, when it came from a readiness result.</summary>
    public string? Point { get; set; }

    public DateTime? DoneAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class ProjectActionConfiguration : IEntityTypeConfiguration<ProjectAction>
{
    public void Configure(EntityTypeBuilder<ProjectAction> action)
    {
        action.ToTable("ProjectActions");
        action.HasIndex(a => new { a.OrganizationId, a.ProjectId, a.Status, a.Due });
        action.HasIndex(a => new { a.OrganizationId, a.OwnerUserId, a.Status });
        action.Property(a => a.Title).HasMaxLength(ProjectAction.TitleMaxLength);
        action.Property(a => a.Point).HasMaxLength(ProjectAction.PointMaxLength);
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        action.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        action.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        action.HasOne<DecisionEntry>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public static class ActionTables
{
    extension(AppDbContext db)
    {
        public DbSet<ProjectAction> ProjectActions => db.Set<ProjectAction>();
    }
}
