using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Projects;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "archived")]
    public bool ShowArchived { get; set; }

    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];

    /// <summary>
    /// Compiled once per model (one per database provider): the list is the app's busiest page, and
    /// this skips translating the query on every request.
    /// </summary>
    private static readonly ConcurrentDictionary<IModel, Func<AppDbContext, bool, IAsyncEnumerable<ProjectRow>>> _lists = new();

    private static Func<AppDbContext, bool, IAsyncEnumerable<ProjectRow>> Compile(IModel model) => EF.CompileAsyncQuery(
        (AppDbContext db, bool archived) => db.Projects
            .AsNoTracking()
            .Where(p => archived ? p.ArchivedAt != null : p.ArchivedAt == null)
            .OrderBy(p => p.Title)
            .Select(p => new ProjectRow(p.Id, p.Title, p.Status, p.Owner!.DisplayName, p.UpdatedAt)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var projects = new List<ProjectRow>();
        await foreach (var project in _lists.GetOrAdd(db.Model, Compile)(db, ShowArchived).WithCancellation(cancellationToken))
        {
            projects.Add(project);
        }

        Projects = projects;
    }

    public sealed record ProjectRow(Guid Id, string Title, ProjectStatus Status, string OwnerName, DateTime UpdatedAt);
}
