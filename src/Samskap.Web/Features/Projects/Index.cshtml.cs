using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Projects;

/// <summary>The organisation's projects, by title, a page of <see cref="PageSize"/> at a time.</summary>
/// <remarks>Members only: external partners see the one project they take part in, through its overview.</remarks>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Samskap.Web.Infrastructure.Security.Policies.OrganizationMember)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Enough to scan at a glance; a large organisation pages through the rest.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "archived")]
    public bool ShowArchived { get; set; }

    /// <summary>"p" in the address: Razor Pages keeps "page" for itself (the page's own path).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;
    public int LastShown => Math.Min(Total, PageNumber * PageSize);

    /// <summary>The address of another page of the same list.</summary>
    public string PageUrl(int page) => ProjectRoutes.ListPage(page, ShowArchived);

    private sealed record ListQueries(
        Func<AppDbContext, bool, int, IAsyncEnumerable<ProjectRow>> Page,
        Func<AppDbContext, bool, Task<int>> Count);

    /// <summary>
    /// Compiled once per model (one per database provider): the list is the app's busiest page, and
    /// this skips translating its queries on every request.
    /// </summary>
    private static readonly ConcurrentDictionary<IModel, ListQueries> _queries = new();

    private static ListQueries Compile(IModel model) => new(
        EF.CompileAsyncQuery((AppDbContext db, bool archived, int skip) => db.Set<Project>()
            .AsNoTracking()
            .Where(p => archived ? p.ArchivedAt != null : p.ArchivedAt == null)
            .OrderBy(p => p.Title)
            .ThenBy(p => p.Id)
            .Skip(skip)
            .Take(PageSize)
            .Select(p => new ProjectRow(p.Id, p.Title, p.Status, p.Owner!.DisplayName, p.UpdatedAt))),
        EF.CompileAsyncQuery((AppDbContext db, bool archived) => db.Set<Project>()
            .Count(p => archived ? p.ArchivedAt != null : p.ArchivedAt == null)));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var queries = _queries.GetOrAdd(db.Model, Compile);
        Total = await queries.Count(db, ShowArchived);
        if (!ModelState.IsValid || PageNumber < 1 || PageNumber > PageCount)
        {
            // A page number that is not a number, or past the end: the list starts again from the top.
            return Redirect(PageUrl(1));
        }

        var projects = new List<ProjectRow>(PageSize);
        await foreach (var project in queries.Page(db, ShowArchived, (PageNumber - 1) * PageSize).WithCancellation(cancellationToken))
        {
            projects.Add(project);
        }

        Projects = projects;
        return Page();
    }

    public sealed record ProjectRow(Guid Id, string Title, ProjectStatus Status, string OwnerName, DateTime UpdatedAt);
}
