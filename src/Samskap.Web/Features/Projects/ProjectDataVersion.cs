using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// A row of the organisation, not of a project, that project pages show (a venue, the organisation's
/// own methods): a change to one raises the data version of every project in its organisation, so a
/// page cached under the version shows it on the next visit. Such rows change seldom.
/// </summary>
public interface IShownInProjects : Infrastructure.Tenancy.IOrganizationOwned;

/// <summary>
/// A project's data version: a number on the project's row that rises with every saved change to a
/// row of the project (any entity with a <c>ProjectId</c>, and the project itself). The overview's
/// sections cache what they count under it, so a change made on any node is seen on the next visit
/// everywhere, because every node reads the version from the database with the project.
/// </summary>
public static class ProjectDataVersion
{
    public const string ProjectIdProperty = "ProjectId";

    /// <summary>
    /// The given projects, for <see cref="RaiseAsync(IQueryable{Project}, CancellationToken)"/>. Writes
    /// that bypass <c>SaveChanges</c> (<c>ExecuteDelete</c>, <c>ExecuteUpdate</c>) on a project's rows raise them themselves.
    /// </summary>
    public static IQueryable<Project> Projects(AppDbContext db, IReadOnlyCollection<Guid> projectIds) =>
        // The ids come from rows this context has just written for its own tenant, so the filter adds nothing here.
        db.Projects.IgnoreQueryFilters().Where(p => projectIds.Contains(p.Id));

    /// <summary>
    /// Every project in the organisations of people whose name changed: the overview shows who owns
    /// an action or made a decision. Names change seldom, so all are raised.
    /// </summary>
    public static IQueryable<Project> ProjectsOfPeople(AppDbContext db, IReadOnlyCollection<string> userIds) =>
        // A person's name shows in every organisation they belong to, across tenants on purpose.
        db.Projects.IgnoreQueryFilters()
            .Where(p => db.Set<Organizations.Membership>().IgnoreQueryFilters().Any(m => m.OrganizationId == p.OrganizationId && userIds.Contains(m.UserId)));

    /// <summary>Every project of the given organisations: a row they all may show has changed.</summary>
    public static IQueryable<Project> ProjectsOfOrganizations(AppDbContext db, IReadOnlyCollection<Guid> organizationIds) =>
        // The ids come from rows this context has just written for its own tenant, so the filter adds nothing here.
        db.Projects.IgnoreQueryFilters().Where(p => organizationIds.Contains(p.OrganizationId));

    public static Task RaiseAsync(this IQueryable<Project> projects, CancellationToken cancellationToken) =>
        projects.ExecuteUpdateAsync(set => set.SetProperty(p => p.DataVersion, p => p.DataVersion + 1), cancellationToken);

    /// <summary>For a synchronous <c>SaveChanges</c>, which should not wait on a task.</summary>
    public static void Raise(this IQueryable<Project> projects) =>
        projects.ExecuteUpdate(set => set.SetProperty(p => p.DataVersion, p => p.DataVersion + 1));

    public static Task RaiseAsync(AppDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        Projects(db, [projectId]).RaiseAsync(cancellationToken);

    /// <summary>Deletes a project's rows in one statement and raises its version when any went.</summary>
    public static async Task<int> DeleteInProjectAsync<T>(this IQueryable<T> rows, AppDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var deleted = await rows.ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            await RaiseAsync(db, projectId, cancellationToken);
        }

        return deleted;
    }
}

/// <summary>
/// Raises <see cref="ProjectDataVersion"/> for every project whose rows a <c>SaveChanges</c> wrote,
/// whichever feature wrote them. A changed project row raises its own version in the same statement;
/// the others are raised right after the save, inside its transaction when there is one. A reader
/// reads the version before the rows, so it can at worst cache new rows under an old version, never
/// old rows under a new one.
/// </summary>
public sealed class ProjectDataVersionInterceptor : SaveChangesInterceptor
{
    // After saving, the change tracker no longer says what was deleted, so the projects are noted before.
    private static readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    private sealed record Pending(HashSet<Guid> ProjectIds, HashSet<string> RenamedUserIds, HashSet<Guid> ShownOrganizationIds);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } pending)
        {
            foreach (var projects in Stale(pending.Db, pending.Changes))
            {
                projects.Raise();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } pending)
        {
            foreach (var projects in Stale(pending.Db, pending.Changes))
            {
                await projects.RaiseAsync(cancellationToken);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The projects a save has made stale: those whose rows it wrote, those that name a renamed person,
    /// and all of an organisation whose venues or own methods changed.
    /// </summary>
    private static IEnumerable<IQueryable<Project>> Stale(AppDbContext db, Pending changes)
    {
        if (changes.ProjectIds.Count > 0)
        {
            yield return ProjectDataVersion.Projects(db, changes.ProjectIds);
        }

        if (changes.RenamedUserIds.Count > 0)
        {
            yield return ProjectDataVersion.ProjectsOfPeople(db, changes.RenamedUserIds);
        }

        if (changes.ShownOrganizationIds.Count > 0)
        {
            yield return ProjectDataVersion.ProjectsOfOrganizations(db, changes.ShownOrganizationIds);
        }
    }

    private static void Note(DbContext? context)
    {
        if (context is not AppDbContext)
        {
            return;
        }

        var ids = new HashSet<Guid>();
        var renamed = new HashSet<string>();
        var shown = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is Project project)
            {
                if (entry.State == EntityState.Modified)
                {
                    project.DataVersion++;
                }

                continue;
            }

            if (entry.Entity is Account.AppUser user)
            {
                if (entry.State == EntityState.Modified && entry.Property(nameof(Account.AppUser.DisplayName)).IsModified)
                {
                    renamed.Add(user.Id);
                }

                continue;
            }

            if (entry.Entity is IShownInProjects row)
            {
                shown.Add(row.OrganizationId);
                continue;
            }

            if (entry.Metadata.FindProperty(ProjectDataVersion.ProjectIdProperty) is { } property && property.ClrType == typeof(Guid))
            {
                var projectId = entry.Property(property.Name);
                ids.Add((Guid)projectId.CurrentValue!);
                if (entry.State == EntityState.Modified && projectId.IsModified)
                {
                    ids.Add((Guid)projectId.OriginalValue!);
                }
            }
        }

        if (ids.Count > 0 || renamed.Count > 0 || shown.Count > 0)
        {
            _pending.AddOrUpdate(context, new Pending(ids, renamed, shown));
        }
    }

    private static (AppDbContext Db, Pending Changes)? Take(DbContext? context) =>
        context is AppDbContext db && _pending.TryGetValue(db, out var changes) && _pending.Remove(db) ? (db, changes) : null;
}

/// <summary>
/// What the overview's sections count, cached per project under its data version and the Norwegian
/// day (rules about overdue actions and the next milestone change at midnight). Only culture-free
/// facts are cached; each visit still words and renders them for its own person and language.
/// </summary>
public sealed class ProjectSectionCache(IMemoryCache cache)
{
    /// <summary>An old version is never asked for again, so an entry only has to outlive a busy period.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    public async Task<T> GetOrLoadAsync<T>(ProjectScope scope, string section, DateOnly today, Func<Task<T>> load)
        where T : class
    {
        var key = (nameof(ProjectSectionCache), section, scope.Id, scope.DataVersion, today);
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var loaded = await load();
        cache.Set(key, loaded, new MemoryCacheEntryOptions { SlidingExpiration = Idle, Size = 1 });
        return loaded;
    }
}
