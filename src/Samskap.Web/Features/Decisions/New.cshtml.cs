using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Decisions;

/// <summary>Records a decision, or a correction of one: the log has no edit and no delete.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class NewModel(ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, TimeProvider clock, IStringLocalizer<DecisionsText> decisionsText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public DecisionLog Log { get; private set; } = null!;

    /// <summary>The ideas from the project's live sessions the decision may cite.</summary>
    public IReadOnlyList<LiveIdeaView> CitableIdeas { get; private set; } = [];

    /// <summary>The entry this one corrects, when it is a correction.</summary>
    public DecisionEntry? Corrected { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? corrects, CancellationToken cancellationToken)
    {
        if (!scope.CanContribute)
        {
            return NotFound();
        }

        Log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        CitableIdeas = await DecisionLog.CitableLiveIdeasAsync(db, scope, cancellationToken);
        Input.DecidedOn = NorwegianTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (corrects is { } id)
        {
            Corrected = Log.Entry(id);
            if (Corrected is null)
            {
                return NotFound();
            }

            Input.Corrects = id.ToString();
            Input.Title = Corrected.Title;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanContribute)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } recorded)
        {
            return Redirect(recorded);
        }

        Log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        CitableIdeas = await DecisionLog.CitableLiveIdeasAsync(db, scope, cancellationToken);
        Corrected = Guid.TryParse(Input.Corrects, out var correctsId) ? Log.Entry(correctsId) : null;
        var (errors, decision) = DecisionRules.Check(Input, Log.Context(NorwegianTime.Today(clock), CitableIdeas.Select(i => i.Id).ToHashSet()));
        if (decision is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, decisionsText);
            return this.InvalidForm();
        }

        if (await db.Decisions.CountAsync(d => d.ProjectId == scope.Id, cancellationToken) >= DecisionEntry.MaxPerProject)
        {
            return this.Refuse(StatusCodes.Status409Conflict, decisionsText["Error.TooMany", NumberText.Of(DecisionEntry.MaxPerProject)]);
        }

        var entry = DecisionWrites.Create(decision, tenant.OrganizationId, scope.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        db.Decisions.Add(entry);
        var landing = DecisionsRoutes.Recorded(scope.Id, entry.Id);
        once.Record(landing);
        return Redirect(await once.SaveAsync(cancellationToken) ?? landing);
    }
}
