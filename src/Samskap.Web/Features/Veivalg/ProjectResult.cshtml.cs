using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Veivalg;

/// <summary>The result for a project, and saving it as a new decision with the team's rationale.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectResultModel(AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<VeivalgText> veivalgText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Rationale { get; set; }

    public string ProjectTitle { get; private set; } = "";
    public AnswerSheet Sheet { get; private set; } = AnswerSheet.Read([], ignoreUnknownQuestions: true);
    public ApproachRecommendation? Recommendation { get; private set; }

    /// <summary>The project's latest readiness result; a red prerequisite stops co-creation.</summary>
    public LatestReadiness? Readiness { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        Sheet = VeivalgQuery.Read(Request);
        return Evaluate() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProjectAsync(cancellationToken))
        {
            return NotFound();
        }

        // Answers come back as hidden fields; the recommendation is worked out again here, never taken from the client.
        Sheet = AnswerSheet.Read(Request.Form.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value.ToString())), ignoreUnknownQuestions: true);
        if (Evaluate() is { } invalid)
        {
            return invalid;
        }

        var rationale = (Rationale ?? "").Trim();
        if (rationale.Length > ApproachDecision.RationaleMaxLength)
        {
            ModelState.AddModelError(nameof(Rationale), veivalgText["Save.RationaleHint", ApproachDecision.RationaleMaxLength]);
            return this.InvalidForm();
        }

        var recommendation = Recommendation!;
        db.ApproachDecisions.Add(new ApproachDecision
        {
            OrganizationId = tenant.OrganizationId,
            ProjectId = Id,
            Answers = ApproachDecision.JoinAnswers(Sheet.Answers),
            Approach = recommendation.Approach,
            Status = recommendation.Status,
            Rules = ApproachDecision.Join(recommendation.Rules),
            Blockers = ApproachDecision.Join(recommendation.Blockers),
            Suggestions = ApproachDecision.Join(recommendation.Suggestions),
            Rationale = rationale,
            DecidedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/projects/{Id}/veivalg?saved=true");
    }

    private async Task<bool> LoadProjectAsync(CancellationToken cancellationToken)
    {
        var title = await ProjectDecisions.ProjectTitleAsync(db, Id, activeOnly: true, cancellationToken);
        ProjectTitle = title ?? "";
        Readiness = title is null ? null : await ProjectReadiness.LatestAsync(db, Id, clock, cancellationToken);
        return title is not null;
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
