using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Actions;

public sealed record MyAction(ProjectAction Action, string ProjectTitle);

/// <summary>"My actions": what the signed-in person has taken on, across the projects of the organisation they act in.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class MineModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyAction> Open { get; private set; } = [];

    public IReadOnlyList<MyAction> Done { get; private set; } = [];

    public DateOnly Today => NorwegianTime.Today(clock);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mine = await db.ProjectActions.AsNoTracking()
            .Where(a => a.OwnerUserId == userId)
            .Join(db.Projects.Where(p => p.ArchivedAt == null), a => a.ProjectId, p => p.Id, (a, p) => new MyAction(a, p.Title))
            .ToListAsync(cancellationToken);
        Open = [.. mine.Where(m => m.Action.Status == ActionStatus.Open).OrderBy(m => m.Action.Due)];
        Done = [.. mine.Where(m => m.Action.Status == ActionStatus.Done).OrderByDescending(m => m.Action.DoneAt).Take(50)];
    }
}
