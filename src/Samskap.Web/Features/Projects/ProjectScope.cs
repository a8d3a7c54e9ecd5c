using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

/// <summary>What every project page needs to know about its project, read once per request.</summary>
public sealed record ProjectFacts(
    Guid Id,
    string Title,
    string Challenge,
    ProjectStatus Status,
    string OwnerUserId,
    string OwnerName,
    DateTime UpdatedAt,
    DateTime? ArchivedAt,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null);

/// <summary>
/// The project of a request under /projects/{id:guid} or /api/v1/projects/{id:guid}. It is loaded
/// once, by <see cref="ProjectScopeMiddleware"/>, before any page or endpoint runs; an unknown id,
/// or one of another organisation, has already been answered 404 by then. Pages and view
/// components take it from DI instead of loading the project again.
/// </summary>
public sealed class ProjectScope
{
    private ProjectFacts? _project;

    public bool IsLoaded => _project is not null;

    public ProjectFacts Project => _project
        ?? throw new InvalidOperationException("No project in scope: the route is not under /projects/{id:guid}.");

    public Guid Id => Project.Id;
    public string Title => Project.Title;
    public bool IsArchived => Project.ArchivedAt is not null;

    /// <summary>May see the project and its features: every member of its organisation.</summary>
    public bool CanView { get; private set; }

    /// <summary>May change the project and add to its features: a member, while the project is not archived.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>May lead it (start and close rounds, later run sessions): its owner and the organisation's administrators.</summary>
    public bool CanLead { get; private set; }

    /// <summary>Loads the project from the current organisation; false when there is none with that id.</summary>
    internal async Task<bool> LoadAsync(Guid id, AppDbContext db, TenantContext tenant, CancellationToken cancellationToken)
    {
        _project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ProjectFacts(p.Id, p.Title, p.Challenge, p.Status, p.OwnerUserId, p.Owner!.DisplayName, p.UpdatedAt, p.ArchivedAt, p.StartsOn, p.EndsOn))
            .FirstOrDefaultAsync(cancellationToken);
        if (_project is null)
        {
            return false;
        }

        var permissions = ProjectPermissions.For(tenant.IsAdministrator, tenant.UserId, _project.OwnerUserId, IsArchived);
        CanView = permissions.View;
        CanEdit = permissions.Edit;
        CanLead = permissions.Lead;
        return true;
    }
}

/// <summary>Who may do what on a project, as a plain rule.</summary>
public readonly record struct ProjectPermissions(bool View, bool Edit, bool Lead)
{
    /// <summary>
    /// The caller is already known to belong to the project's organisation (the tenant filter found
    /// the project). Leading does not depend on archiving: a leader may still close a round or read results.
    /// </summary>
    public static ProjectPermissions For(bool isAdministrator, string? userId, string ownerUserId, bool archived) =>
        new(View: true, Edit: !archived, Lead: isAdministrator || (userId is not null && userId == ownerUserId));
}
