using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Evaluation;

/// <summary>
/// The project's evaluation: where the parties see the project differently comes first, then the
/// rounds, the pulse over the sessions and whose knowledge shaped what was decided.
/// </summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class IndexModel(ProjectScope scope, AppDbContext db, EvaluationCache evaluations) : PageModel
{
    public ProjectScope Scope => scope;
    public EvaluationView View { get; private set; } = null!;

    public bool CanStartRound => scope.CanLead && !scope.IsArchived && View.Rounds.All(r => r.State == RoundState.Closed);

    /// <summary>The kinds that have at least one figure shown in some session, for the trend's split.</summary>
    public IReadOnlyList<string> KindsShown =>
        [.. ProjectEvaluation.ParticipantKinds.Append(Provenance.NotSaid)
            .Where(kind => View.Pulse.Any(p => p.Pulse.ByKind[kind].Any(f => f.Mean is not null)))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!EvaluationAccess.CanSee(scope))
        {
            return Forbid();
        }

        View = await evaluations.GetAsync(db, scope, cancellationToken);
        return Page();
    }
}
