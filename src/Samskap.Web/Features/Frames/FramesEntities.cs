using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Frames;

/// <summary>The project's planned and used hours and money; one row per project, made when first saved.</summary>
public class ProjectBudget : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public long? PlannedHours { get; set; }
    public long? UsedHours { get; set; }
    public long? PlannedNok { get; set; }
    public long? UsedNok { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A dated point in the project's time; relation-building ones are time set aside to get to know each other.</summary>
public class Milestone : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly Date { get; set; }
    public bool RelationBuilding { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One line of the scope declaration: open to the partnership's influence, or fixed and why.</summary>
public class ScopeItem : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int TextMaxLength = 500;
    public const int ReasonMaxLength = 300;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Text { get; set; } = "";
    public bool Open { get; set; }
    public string Reason { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>Low, medium or high: the wire words are a contract.</summary>
public enum Level
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>Open or closed: the wire words are a contract.</summary>
public enum UncertaintyStatus
{
    Open = 0,
    Closed = 1,
}

/// <summary>Something that could happen, how likely and how bad, what we do about it and who follows it up.</summary>
public class Uncertainty : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int TextMaxLength = 500;
    public const int ResponseMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string Text { get; set; } = "";
    public Level Likelihood { get; set; }
    public Level Consequence { get; set; }
    public string Response { get; set; } = "";
    public string OwnerUserId { get; set; } = "";
    public AppUser? Owner { get; set; }
    public UncertaintyStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One phase of a project that has changed its phases. A project that never has keeps no rows and
/// follows the six default phases; the first change writes the six, so their keys (and so their
/// API ids) stay the same. Name is null while a default phase keeps its default name in each language.
/// </summary>
public class ProjectPhase : IOrganizationOwned, IHasCreatedAt, IHasUpdatedAt
{
    public const int NameMaxLength = 100;
    public const int KeyMaxLength = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>The default phase this row stands for ("exploration"), or null for a phase the project added.</summary>
    public string? Key { get; set; }

    public string? Name { get; set; }
    public int Position { get; set; }
    public bool Skipped { get; set; }
    public bool Current { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class ProjectBudgetConfiguration : IEntityTypeConfiguration<ProjectBudget>
{
    public void Configure(EntityTypeBuilder<ProjectBudget> budget)
    {
        budget.ToTable("ProjectBudgets");
        budget.HasIndex(b => b.ProjectId).IsUnique();
        budget.HasIndex(b => b.OrganizationId);
        budget.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.ToTable("Milestones");
        milestone.HasIndex(m => new { m.ProjectId, m.Date });
        milestone.HasIndex(m => m.OrganizationId);
        milestone.Property(m => m.Title).HasMaxLength(Milestone.TitleMaxLength);
        milestone.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScopeItemConfiguration : IEntityTypeConfiguration<ScopeItem>
{
    public void Configure(EntityTypeBuilder<ScopeItem> item)
    {
        item.ToTable("ScopeItems");
        item.HasIndex(i => new { i.ProjectId, i.CreatedAt });
        item.HasIndex(i => i.OrganizationId);
        item.Property(i => i.Text).HasMaxLength(ScopeItem.TextMaxLength);
        item.Property(i => i.Reason).HasMaxLength(ScopeItem.ReasonMaxLength);
        item.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UncertaintyConfiguration : IEntityTypeConfiguration<Uncertainty>
{
    public void Configure(EntityTypeBuilder<Uncertainty> uncertainty)
    {
        uncertainty.ToTable("Uncertainties");
        uncertainty.HasIndex(u => new { u.ProjectId, u.Status });
        uncertainty.HasIndex(u => u.OrganizationId);
        uncertainty.Property(u => u.Text).HasMaxLength(Uncertainty.TextMaxLength);
        uncertainty.Property(u => u.Response).HasMaxLength(Uncertainty.ResponseMaxLength);
        uncertainty.Property(u => u.Likelihood).HasConversion<string>().HasMaxLength(10);
        uncertainty.Property(u => u.Consequence).HasConversion<string>().HasMaxLength(10);
        uncertainty.Property(u => u.Status).HasConversion<string>().HasMaxLength(10);
        // Who follows it up stays on record; a person is not deleted from under the log.
        uncertainty.HasOne(u => u.Owner).WithMany().HasForeignKey(u => u.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        uncertainty.HasOne<Project>().WithMany().HasForeignKey(u => u.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectPhaseConfiguration : IEntityTypeConfiguration<ProjectPhase>
{
    public void Configure(EntityTypeBuilder<ProjectPhase> phase)
    {
        phase.ToTable("ProjectPhases");
        // Two leaders writing the defaults at once: the second insert fails here instead of doubling them.
        phase.HasIndex(p => new { p.ProjectId, p.Key }).IsUnique();
        phase.HasIndex(p => new { p.ProjectId, p.Position });
        phase.HasIndex(p => p.OrganizationId);
        phase.Property(p => p.Key).HasMaxLength(ProjectPhase.KeyMaxLength);
        phase.Property(p => p.Name).HasMaxLength(ProjectPhase.NameMaxLength);
        phase.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The frames feature's tables, declared here rather than on AppDbContext.</summary>
public static class FramesTables
{
    extension(AppDbContext db)
    {
        public DbSet<ProjectBudget> ProjectBudgets => db.Set<ProjectBudget>();
        public DbSet<Milestone> Milestones => db.Set<Milestone>();
        public DbSet<ScopeItem> ScopeItems => db.Set<ScopeItem>();
        public DbSet<Uncertainty> Uncertainties => db.Set<Uncertainty>();
        public DbSet<ProjectPhase> ProjectPhases => db.Set<ProjectPhase>();
    }
}
