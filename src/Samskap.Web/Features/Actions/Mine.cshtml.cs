using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Actions;

public sealed record MyAction(ProjectAction Action, string ProjectTitle);

/// <summary>"My actions": what the signed-in person has taken on, across the projects of the organisation they act in.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class MineModel(AppDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    /// <summary>For an external partner: the projects they take part in, since they have no project list.</summary>
    public IReadOnlyList<(Guid Id, string Title)> MyProjects { get; private set; } = [];

    public IReadOnlyList<MyAction> Open { get; private set; } = [];

    public IReadOnlyList<MyAction> Done { get; private set; } = [];

    public DateOnly Today => NorwegianTime.Today(clock);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var projects = db.Projects.Where(p => p.ArchivedAt == null);
        if (tenant.IsExternalPartner)
        {
            // An external partner sees only the projects they are still a person of.
            var people = db.ProjectPeople;
            projects = projects.Where(p => people.Any(person => person.ProjectId == p.Id && person.UserId == userId));
            MyProjects = (await projects.OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken))
                .Select(p => (p.Id, p.Title)).ToList();
        }

        var mine = await db.ProjectActions.AsNoTracking()
            .Where(a => a.OwnerUserId == userId)
            .Join(projects, a => a.ProjectId, p => p.Id, (a, p) => new MyAction(a, p.Title))
            .ToListAsync(cancellationToken);
        Open = [.. mine.Where(m => m.Action.Status == ActionStatus.Open).OrderBy(m => m.Action.Due)];
        Done = [.. mine.Where(m => m.Action.Status == ActionStatus.Done).OrderByDescending(m => m.Action.DoneAt).Take(50)];
    }
}
