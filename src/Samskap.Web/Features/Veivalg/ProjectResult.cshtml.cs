using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Veivalg;

/// <summary>The result for a project, and saving it as a new decision with the team's rationale.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectResultModel(ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, TimeProvider clock, IStringLocalizer<VeivalgText> veivalgText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty]
    public string? Rationale { get; set; }

    public AnswerSheet Sheet { get; private set; } = AnswerSheet.Read([], ignoreUnknownQuestions: true);
    public ApproachRecommendation? Recommendation { get; private set; }

    /// <summary>The project's latest readiness result; a red prerequisite stops co-creation.</summary>
    public LatestReadiness? Readiness { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        Readiness = await ProjectReadiness.LatestAsync(db, scope.Id, clock, cancellationToken);
        Sheet = VeivalgQuery.Read(Request);
        return Evaluate() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } saved)
        {
            return Redirect(saved);
        }

        Readiness = await ProjectReadiness.LatestAsync(db, scope.Id, clock, cancellationToken);

        // Answers come back as hidden fields; the recommendation is worked out again here, never taken from the client.
        Sheet = AnswerSheet.Read(Request.Form.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value.ToString())), ignoreUnknownQuestions: true);
        if (Evaluate() is { } invalid)
        {
            return invalid;
        }

        var rationale = (Rationale ?? "").Trim();
        if (rationale.Length > ApproachDecision.RationaleMaxLength)
        {
            ModelState.AddModelError(nameof(Rationale), veivalgText["Save.RationaleTooLong", NumberText.Of(ApproachDecision.RationaleMaxLength)]);
            return this.InvalidForm();
        }

        var recommendation = Recommendation!;
        db.ApproachDecisions.Add(new ApproachDecision
        {
            OrganizationId = tenant.OrganizationId,
            ProjectId = scope.Id,
            Answers = ApproachDecision.StoredAnswers(Sheet.Answers),
            Approach = recommendation.Approach,
            Status = recommendation.Status,
            Rules = [.. recommendation.Rules],
            Blockers = [.. recommendation.Blockers],
            Suggestions = [.. recommendation.Suggestions],
            Rationale = rationale,
            DecidedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
        });
        once.Record(VeivalgRoutes.Saved(scope.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? VeivalgRoutes.Saved(scope.Id));
    }

    private PageResult? Evaluate()
    {
        if (VeivalgQuery.Refuse(this, Sheet, veivalgText) is { } refused)
        {
            return refused;
        }

        var signal = Readiness switch
        {
            null => ReadinessSignal.None,
            { AnyRedPrerequisite: true } => ReadinessSignal.RedPrerequisite,
            _ => ReadinessSignal.NoRedPrerequisite,
        };
        Recommendation = ApproachRules.Recommend(Sheet.Answers, signal);
        return null;
    }
}
