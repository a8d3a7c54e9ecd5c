using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

/// <summary>What a person does in one project. The wire names are a contract: leader, facilitator, partner, viewer.</summary>
public enum ProjectRole
{
    Leader = 0,
    Facilitator = 1,
    Partner = 2,
    Viewer = 3,
}

/// <summary>
/// A person of a project with their project role. The project's owner is its leader without a row;
/// organisation members and external partners are added here.
/// </summary>
public class ProjectPerson : IOrganizationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public ProjectRole Role { get; set; }

    /// <summary>The partner this person takes part for: an external partner adds contributions for it.</summary>
    public Guid? PartnerId { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class ProjectPersonConfiguration : IEntityTypeConfiguration<ProjectPerson>
{
    public void Configure(EntityTypeBuilder<ProjectPerson> person)
    {
        person.ToTable("ProjectPeople");
        person.HasIndex(p => new { p.ProjectId, p.UserId }).IsUnique();
        person.HasIndex(p => new { p.OrganizationId, p.UserId });
        person.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        person.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        person.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class ProjectPersonTables
{
    extension(AppDbContext db)
    {
        public DbSet<ProjectPerson> ProjectPeople => db.Set<ProjectPerson>();
    }
}

/// <summary>One person of a project as the pages and the API list them.</summary>
public sealed record ProjectPersonView(string Id, string Name, ProjectRole Role);

public static class ProjectRoles
{
    public static readonly IReadOnlyList<ProjectRole> All = Enum.GetValues<ProjectRole>();

    public static string Word(ProjectRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? word, out ProjectRole role)
    {
        role = All.FirstOrDefault(r => Word(r) == word);
        return word is not null && All.Any(r => Word(r) == word);
    }
}

/// <summary>The people of a project: its owner as leader, then everyone added with a role.</summary>
public static class ProjectPeople
{
    public static async Task<IReadOnlyList<ProjectPersonView>> ListAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var owner = new ProjectPersonView(scope.Project.OwnerUserId, scope.Project.OwnerName, ProjectRole.Leader);
        var added = await db.ProjectPeople.AsNoTracking()
            .Where(p => p.ProjectId == scope.Id && p.UserId != scope.Project.OwnerUserId)
            .OrderBy(p => p.User!.DisplayName)
            .Select(p => new ProjectPersonView(p.UserId, p.User!.DisplayName, p.Role))
            .ToListAsync(cancellationToken);
        return [owner, .. added];
    }

    /// <summary>True for the owner and anyone added to the project: who may own an action or follow up an uncertainty.</summary>
    public static async Task<bool> IncludesAsync(AppDbContext db, ProjectScope scope, string? userId, CancellationToken cancellationToken) =>
        userId is not null
        && (userId == scope.Project.OwnerUserId
            || await db.ProjectPeople.AnyAsync(p => p.ProjectId == scope.Id && p.UserId == userId, cancellationToken));
}
