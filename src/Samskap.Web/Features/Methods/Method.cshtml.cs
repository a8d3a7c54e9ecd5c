using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Methods;

/// <summary>One method: its purpose, steps, materials and source; copied, changed, or added to a session from here.</summary>
[AllowAnonymous]
public sealed class MethodModel(AppDbContext db, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string MethodId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public MethodView Method { get; private set; } = null!;

    public MethodTarget? Target { get; private set; }

    public bool IsMember => tenant.IsMember;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // An anonymous reader sees only the built-in methods: the tenant filter finds no organisation's own.
        var method = MethodLibrary.Find(MethodId) is { } builtIn
            ? MethodView.From(builtIn, Cultures.Current)
            : tenant.IsMember ? await MethodCatalog.FindAsync(db, MethodId, Cultures.Current, cancellationToken) : null;
        if (method is null)
        {
            return NotFound();
        }

        Method = method;
        Target = tenant.IsMember && Session is { } sessionId ? await MethodTarget.FindAsync(db, sessionId, cancellationToken) : null;
        return Page();
    }
}
