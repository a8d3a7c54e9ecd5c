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

    /// <summary>May see the project and its features: every member of its organisation, and its own external partners.</summary>
    public bool CanView { get; private set; }

    /// <summary>May change the project and its features: a member who is not only a viewer of it, while the project is not archived.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>
    /// May add what every person of the project adds (contributions, decisions, taking and completing actions):
    /// everyone who may edit, and the project's external partners, while the project is not archived.
    /// </summary>
    public bool CanContribute { get; private set; }

    /// <summary>May lead it (start and close rounds, add people, later run sessions): its owner, a person added as leader, and the organisation's administrators.</summary>
    public bool CanLead { get; private set; }

    /// <summary>The caller is an external partner of this project: they see it, and nothing else of the organisation.</summary>
    public bool IsExternalPartner { get; private set; }

    /// <summary>The caller's project role, or null for a member who has not been added to the project.</summary>
    public ProjectRole? Role { get; private set; }

    /// <summary>The partner the caller takes part for, if they were added as one (an external partner, usually).</summary>
    public Guid? OwnPartnerId { get; private set; }

    /// <summary>Loads the project from the current organisation; false when there is none with that id, or the caller may not see it.</summary>
    /// <summary>The project's data version, read with it; see <see cref="ProjectDataVersion"/>.</summary>
    public long DataVersion { get; private set; }

    /// <summary>Compiled, because every project request asks it first.</summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, string?, CancellationToken, Task<ScopeRow?>>> _load = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, Guid id, string? userId, CancellationToken cancellationToken) => db.Set<Project>().AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ScopeRow(
                new ProjectFacts(p.Id, p.Title, p.Challenge, p.Status, p.OwnerUserId, p.Owner!.DisplayName, p.UpdatedAt, p.ArchivedAt, p.StartsOn, p.EndsOn),
                p.DataVersion,
                db.Set<ProjectPerson>().Where(person => person.ProjectId == p.Id && person.UserId == userId)
                    .Select(person => new ScopePerson(person.Role, person.PartnerId))
                    .FirstOrDefault()))
            .FirstOrDefault()));

    private sealed record ScopeRow(ProjectFacts Facts, long DataVersion, ScopePerson? Person);

    private sealed record ScopePerson(ProjectRole Role, Guid? PartnerId);

    internal async Task<bool> LoadAsync(Guid id, AppDbContext db, TenantContext tenant, CancellationToken cancellationToken)
    {
        var userId = tenant.UserId;
        var loaded = await _load.For(db)(db, id, userId, cancellationToken);
        var permissions = loaded is null
            ? ProjectPermissions.None
            : ProjectPermissions.For(new ProjectCaller(tenant.IsAdministrator, tenant.IsExternalPartner, userId, loaded.Person?.Role), loaded.Facts.OwnerUserId, loaded.Facts.ArchivedAt is not null);
        if (loaded is null || !permissions.View)
        {
            return false;
        }

        _project = loaded.Facts;
        DataVersion = loaded.DataVersion;
        CanView = permissions.View;
        CanEdit = permissions.Edit;
        CanContribute = permissions.Contribute;
        CanLead = permissions.Lead;
        IsExternalPartner = tenant.IsExternalPartner;
        Role = userId == loaded.Facts.OwnerUserId ? ProjectRole.Leader : loaded.Person?.Role;
        OwnPartnerId = loaded.Person?.PartnerId;
        return true;
    }
}

/// <summary>Who asks, as far as a project's permissions care; <c>ProjectRole</c> is null for someone not added to the project.</summary>
public readonly record struct ProjectCaller(bool IsAdministrator, bool IsExternalPartner, string? UserId, ProjectRole? ProjectRole);

/// <summary>Who may do what on a project, as a plain rule.</summary>
public readonly record struct ProjectPermissions(bool View, bool Edit, bool Contribute, bool Lead)
{
    public static readonly ProjectPermissions None = new(View: false, Edit: false, Contribute: false, Lead: false);

    /// <summary>
    /// The caller is already known to belong to the project's organisation (the tenant filter found
    /// the project). An external partner sees only a project they were added to, and never edits its
    /// frames or partners. A member added as viewer reads only. Leading does not depend on archiving:
    /// a leader may still close a round or read results.
    /// </summary>
    public static ProjectPermissions For(ProjectCaller caller, string ownerUserId, bool archived)
    {
        var isOwner = caller.UserId is not null && caller.UserId == ownerUserId;
        if (caller.IsExternalPartner)
        {
            return caller.ProjectRole is null
                ? None
                : new(View: true, Edit: false, Contribute: !archived && caller.ProjectRole != ProjectRole.Viewer, Lead: false);
        }

        var lead = caller.IsAdministrator || isOwner || caller.ProjectRole == ProjectRole.Leader;
        var edit = !archived && (lead || caller.ProjectRole != ProjectRole.Viewer);
        return new(View: true, Edit: edit, Contribute: edit, Lead: lead);
    }
}
