using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Anonymous)]
public sealed class SignInModel(SignInManager<AppUser> signIn, Samskap.Web.Data.AppDbContext db, TenantResolver tenants, IStringLocalizer<SharedResource> text, IStringLocalizer<AccountText> accountText) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Validation.EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Validation.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email!.Trim());
        if (user is null || Input.Password!.Length > Passwords.MaximumLength)
        {
            ModelState.AddModelError("", accountText["Account.WrongCredentials"]);
            return this.InvalidForm();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", accountText["Account.LockedOut"]);
            return this.InvalidForm();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("", accountText["Account.WrongCredentials"]);
            return this.InvalidForm();
        }

        if (!Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName) && Cultures.IsSupported(user.PreferredCulture))
        {
            Cultures.Remember(Response, user.PreferredCulture);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : await LandingAsync(user));
    }

    /// <summary>Where the person starts: this request's tenant was decided while they were signed out, so it is decided again for them, the one way it always is.</summary>
    private async Task<string> LandingAsync(AppUser user)
    {
        var signedIn = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], IdentityConstants.ApplicationScheme));
        var tenant = new TenantContext();
        await tenants.ResolveAsync(tenant, new TenantCaller.Person(signedIn, Request.Cookies[TenantMiddleware.CookieName]), db, HttpContext.RequestAborted);
        var current = tenant.Memberships.FirstOrDefault(m => m.OrganizationId == tenant.OrganizationId);
        return await PersonLanding.ForAsync(db, user.Id, current, HttpContext.RequestAborted);
    }

    public sealed class SignInInput
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
