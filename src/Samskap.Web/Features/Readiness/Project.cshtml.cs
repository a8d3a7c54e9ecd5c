using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Readiness;

/// <summary>A project's readiness rounds and the trend of its four prerequisites across them.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectModel(ProjectScope scope, AppDbContext db, TimeProvider clock) : PageModel
{
    public ProjectScope Scope => scope;
    public bool ProjectArchived => scope.IsArchived;
    public bool CanLead => scope.CanLead;
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];

    /// <summary>A new round can start only when no other round is open or waiting to open.</summary>
    public bool CanStartRound => CanLead && !ProjectArchived && Rounds.All(r => r.State == RoundState.Closed);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Rounds = await ProjectReadiness.RoundsAsync(db, scope.Id, NorwegianTime.Today(clock), cancellationToken);
        return Page();
    }
}
