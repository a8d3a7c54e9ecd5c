using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Shared;
using Samskap.Web.Features.Account;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Setup;

/// <summary>First-run setup: exists only while the database has no user; afterwards it answers 404.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Anonymous)]
public sealed class IndexModel(
    SetupState state,
    AppDbContext db,
    OrganizationSetup setup,
    SignInManager<AppUser> signIn,
    IStringLocalizer<SetupText> setupText,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new() { Language = Cultures.Current };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await state.IsDoneAsync(db, cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await state.IsDoneAsync(db, cancellationToken))
        {
            return NotFound();
        }

        var (user, _, errors) = await setup.CreateAsync(
            new NewOrganization(Input.OrganizationName ?? "", Input.AdminName ?? "", Input.Email ?? "", Input.Password ?? "", Input.Language ?? ""),
            cancellationToken);
        if (user is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, setupText, text);
            return this.InvalidForm();
        }

        Cultures.Remember(Response, user.PreferredCulture);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/projects");
    }

    public sealed class SetupInput
    {
        public string? OrganizationName { get; set; }
        public string? AdminName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Language { get; set; }
    }
}
