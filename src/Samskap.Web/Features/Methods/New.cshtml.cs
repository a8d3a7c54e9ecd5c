using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Methods;

/// <summary>Writes a method of the organisation's own, from scratch or as a copy of another (?copy=id).</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class NewModel(AppDbContext db, TenantContext tenant, OneTimeForms once, IStringLocalizer<MethodsText> methodsText) : PageModel
{
    [BindProperty]
    public MethodInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Copy { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Copy is not null)
        {
            var original = await MethodCatalog.FindAsync(db, Copy, Cultures.Current, cancellationToken);
            if (original is null)
            {
                return NotFound();
            }

            Input = MethodInput.From(original);
            Input.Hidden = false;
        }
        else
        {
            Input = new MethodInput { Minutes = "30", GroupMin = "2", GroupMax = "30" };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await once.PreviousResultAsync(cancellationToken) is { } added)
        {
            return Redirect(added);
        }

        var (errors, method) = MethodRules.Check(Input, Frames.Phases.DefaultKeys, [.. ReadinessScoring.PointIds]);
        if (method is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, methodsText);
            return this.InvalidForm();
        }

        if (await db.OrganizationMethods.CountAsync(cancellationToken) >= OrganizationMethod.MaxPerOrganization)
        {
            return this.Refuse(StatusCodes.Status409Conflict, methodsText["Method.Error.TooMany", NumberText.Of(OrganizationMethod.MaxPerOrganization)]);
        }

        var stored = new OrganizationMethod { OrganizationId = tenant.OrganizationId, CopiedFrom = Copy is not null && MethodLibrary.IsBuiltIn(Copy) ? Copy : null };
        MethodRules.Apply(method with { Hidden = false }, stored);
        db.OrganizationMethods.Add(stored);
        once.Record(MethodsRoutes.Method(stored.Id.ToString()));
        return Redirect(await once.SaveAsync(cancellationToken) ?? $"{MethodsRoutes.Method(stored.Id.ToString())}?saved=true");
    }
}
