using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

/// <summary>A project's readiness rounds and the trend of its four prerequisites across them.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectModel(AppDbContext db, TenantContext tenant, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string ProjectTitle { get; private set; } = "";
    public bool ProjectArchived { get; private set; }
    public bool CanLead { get; private set; }
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];

    /// <summary>A new round can start only when no other round is open or waiting to open.</summary>
    public bool CanStartRound => CanLead && !ProjectArchived && Rounds.All(r => r.State == RoundState.Closed);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == Id)
            .Select(p => new { p.Title, p.OwnerUserId, p.ArchivedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return NotFound();
        }

        ProjectTitle = project.Title;
        ProjectArchived = project.ArchivedAt is not null;
        CanLead = ReadinessLeaders.CanLead(tenant, User, project.OwnerUserId);
        Rounds = await ProjectReadiness.RoundsAsync(db, Id, NorwegianTime.Today(clock), cancellationToken);
        return Page();
    }
}
