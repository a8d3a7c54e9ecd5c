using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Methods;

/// <summary>Changes or hides one of the organisation's own methods. The built-in ones cannot be changed, only copied.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class EditModel(AppDbContext db, IStringLocalizer<MethodsText> methodsText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid MethodId { get; set; }

    [BindProperty]
    public MethodInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } method)
        {
            return NotFound();
        }

        Input = MethodInput.From(MethodView.From(method));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var (errors, method) = MethodRules.Check(Input, Frames.Phases.DefaultKeys, [.. ReadinessScoring.PointIds]);
        if (method is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, methodsText);
            return this.InvalidForm();
        }

        MethodRules.Apply(method, stored);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{MethodsRoutes.Method(stored.Id.ToString())}?saved=true");
    }

    private async Task<OrganizationMethod?> FindAsync(CancellationToken cancellationToken)
    {
        var method = await db.OrganizationMethods.FirstOrDefaultAsync(m => m.Id == MethodId, cancellationToken);
        Name = method?.Name ?? "";
        return method;
    }
}
