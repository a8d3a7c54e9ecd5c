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

namespace Samskap.Web.Features.Partnership;

/// <summary>One partner: who they are, how to reach them, and what they bring; contributions are added here.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class PartnerModel(ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, IStringLocalizer<PartnershipText> partnershipText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid PartnerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Added { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Contributed { get; set; }

    [BindProperty]
    public ContributionInput Contribution { get; set; } = new();

    public Partner Partner { get; private set; } = null!;

    public IReadOnlyList<Contribution> Contributions { get; private set; } = [];

    /// <summary>Whether the caller may add and remove this partner's contributions.</summary>
    public bool MayContribute => scope.CanContribute && ContributionRules.MayContributeFor(scope.IsExternalPartner, scope.OwnPartnerId, PartnerId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostContributeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !MayContribute)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } added)
        {
            return Redirect(added);
        }

        Contribution.PartnerId = PartnerId.ToString();
        var (errors, checkedContribution) = ContributionRules.Check(Contribution, [PartnerId]);
        if (checkedContribution is null)
        {
            FormErrors.AddTo(ModelState, nameof(Contribution), errors, partnershipText);
            return this.InvalidForm();
        }

        if (await db.Contributions.CountAsync(c => c.ProjectId == scope.Id, cancellationToken) >= Partnership.Contribution.MaxPerProject)
        {
            return this.Refuse(StatusCodes.Status409Conflict, partnershipText["Contribution.Error.TooMany", NumberText.Of(Partnership.Contribution.MaxPerProject)]);
        }

        db.Contributions.Add(ContributionWrites.Create(checkedContribution, tenant.OrganizationId, scope.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!));
        var landing = PartnershipRoutes.ContributionAdded(scope.Id, PartnerId);
        once.Record(landing);
        return Redirect(await once.SaveAsync(cancellationToken) ?? landing);
    }

    public async Task<IActionResult> OnPostDeleteContributionAsync(Guid contributionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !MayContribute)
        {
            return NotFound();
        }

        try
        {
            // Already gone (a second click): the page shows what is left either way.
            await db.Contributions.Where(c => c.Id == contributionId && c.PartnerId == PartnerId && c.ProjectId == scope.Id).DeleteInProjectAsync(db, scope.Id, cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException)
        {
            // The database keeps what the decision log cites (a restricting foreign key).
            return this.Refuse(StatusCodes.Status409Conflict, partnershipText["Contribution.Error.Cited"]);
        }

        return Redirect(PartnershipRoutes.Partner(scope.Id, PartnerId) + "#contributions");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !scope.CanEdit)
        {
            return NotFound();
        }

        if (Contributions.Count > 0)
        {
            return this.Refuse(StatusCodes.Status409Conflict, partnershipText["Partner.Error.HasContributions", Contributions.Count]);
        }

        try
        {
            await db.Partners.Where(p => p.Id == PartnerId && p.ProjectId == scope.Id).DeleteInProjectAsync(db, scope.Id, cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException)
        {
            // The database keeps what the decision log cites (a restricting foreign key).
            return this.Refuse(StatusCodes.Status409Conflict, partnershipText["Partner.Error.Cited"]);
        }

        return Redirect(PartnershipRoutes.Deleted(scope.Id));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == PartnerId && p.ProjectId == scope.Id, cancellationToken);
        if (partner is null)
        {
            return false;
        }

        Partner = partner;
        Contributions = await db.Contributions.AsNoTracking()
            .Where(c => c.PartnerId == PartnerId && c.ProjectId == scope.Id)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        return true;
    }
}
