using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Partnership;

/// <summary>The partnership at a glance: who takes part, of which kind, and what each brings.</summary>
[Authorize(Policy = Policies.ProjectPerson)]
public sealed class IndexModel(ProjectScope scope, AppDbContext db) : PageModel
{
    public ProjectScope Scope => scope;

    public PartnershipPicture Picture { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Picture = await PartnershipPicture.LoadAsync(db, scope.Id, cancellationToken);
        return Page();
    }
}
