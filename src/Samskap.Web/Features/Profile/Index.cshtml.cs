using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Profile;

/// <summary>
/// The person's own page: their name, e-mail and language, and the access keys other systems use to
/// call the API for them. Each part is a section of its own, so that later ones (sessions, password) fit in.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(
    AppDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    TenantContext tenant,
    OneTimeForms once,
    TimeProvider clock,
    IStringLocalizer<ProfileText> profileText,
    IStringLocalizer<SharedResource> sharedText) : PageModel
{
    /// <summary>The page lists this many keys, newest first; older ended ones drop off the list.</summary>
    public const int ListMax = 100;

    public string Email { get; private set; } = "";
    public IReadOnlyList<MembershipSummary> Organizations => tenant.Memberships;
    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];
    public int ActiveTokens { get; private set; }
    public bool MoreTokens { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>After the person's details were saved; read from the address, so it shows in the language just chosen.</summary>
    public bool Saved => Request.Query["saved"] == "true";

    /// <summary>The key just made, shown once after the redirect; kept in the encrypted TempData cookie, never in a URL or the database.</summary>
    [TempData]
    public string? NewToken { get; set; }

    [TempData]
    public string? NewTokenName { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public AboutInput About { get; set; } = new();

    [BindProperty]
    public TokenInput Token { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        About = new AboutInput { Name = user.DisplayName, Language = user.PreferredCulture };
        Token = new TokenInput
        {
            ExpiresOn = AccessTokenRules.FormatDate(AccessTokenRules.DefaultExpiry(NorwegianTime.Today(clock))),
            OrganizationId = tenant.HasOrganization ? tenant.OrganizationId.ToString() : null,
        };
        await LoadAsync(user, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAboutAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        var name = (About.Name ?? "").Trim();
        if (name.Length == 0)
        {
            ModelState.AddModelError("About.Name", sharedText["Validation.NameRequired"]);
        }
        else if (name.Length > AppUser.DisplayNameMaxLength)
        {
            ModelState.AddModelError("About.Name", sharedText["Validation.NameTooLong", NumberText.Of(AppUser.DisplayNameMaxLength)]);
        }

        if (!Cultures.IsSupported(About.Language))
        {
            ModelState.AddModelError("About.Language", sharedText["Validation.UnknownLanguage"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user, cancellationToken);
            return this.InvalidForm();
        }

        user.DisplayName = name;
        user.PreferredCulture = About.Language!.ToLowerInvariant();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            await LoadAsync(user, cancellationToken);
            return this.Refuse(StatusCodes.Status409Conflict, profileText["About.NotSaved"]);
        }

        // The header greets the person by the name in their sign-in cookie, so the cookie is renewed.
        await signIn.RefreshSignInAsync(user);
        Cultures.Remember(Response, user.PreferredCulture);
        return Redirect(ProfileRoutes.Saved);
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return NotFound();
        }

        // A double click, or Back and submit again, must not make a second key.
        if (await once.PreviousResultAsync(cancellationToken) is { } created)
        {
            return Redirect(created);
        }

        var today = NorwegianTime.Today(clock);
        var errors = AccessTokenRules.CheckNew(Token.Name, Token.ExpiresOn, today, await CountActiveAsync(user.Id, today, cancellationToken)).ToList();
        var organization = Guid.TryParse(Token.OrganizationId, out var chosen)
            ? tenant.Memberships.FirstOrDefault(m => m.OrganizationId == chosen)
            : null;
        if (organization is null)
        {
            errors.Add(new FieldError(nameof(TokenInput.OrganizationId), "Tokens.Error.OrganizationInvalid"));
        }

        if (errors.Count > 0 || organization is null || !AccessTokenRules.TryParseDate(Token.ExpiresOn, out var expiresOn))
        {
            FormErrors.AddTo(ModelState, nameof(Token), errors, profileText, sharedText);
            await LoadAsync(user, cancellationToken);
            return this.InvalidForm();
        }

        var plain = AccessTokenRules.NewToken();
        var name = Token.Name!.Trim();
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            UserId = user.Id,
            OrganizationId = organization.OrganizationId,
            Name = name,
            TokenHash = AccessTokenRules.Hash(plain),
            ExpiresOn = expiresOn,
        });
        once.Record(ProfileRoutes.Tokens);
        if (await once.SaveAsync(cancellationToken) is { } raced)
        {
            return Redirect(raced);
        }

        NewToken = plain;
        NewTokenName = name;
        return Redirect(ProfileRoutes.Tokens);
    }

    private Task<int> CountActiveAsync(string userId, DateOnly today, CancellationToken cancellationToken) =>
        db.PersonalAccessTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresOn >= today, cancellationToken);

    private async Task LoadAsync(AppUser user, CancellationToken cancellationToken)
    {
        Email = user.Email ?? "";
        Today = NorwegianTime.Today(clock);
        ActiveTokens = await CountActiveAsync(user.Id, Today, cancellationToken);
        var rows = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == user.Id)
            .OrderByDescending(t => t.CreatedAt)
            .Take(ListMax + 1)
            .Select(t => new TokenRow(t.Id, t.Name, t.Organization!.Name, t.CreatedAt, t.ExpiresOn, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(cancellationToken);
        MoreTokens = rows.Count > ListMax;
        Tokens = rows.Take(ListMax).ToList();
    }

    public sealed record TokenRow(Guid Id, string Name, string OrganizationName, DateTime CreatedAt, DateOnly ExpiresOn, DateTime? RevokedAt, DateTime? LastUsedAt)
    {
        public AccessTokenState StateOn(DateOnly today) => AccessTokenRules.State(ExpiresOn, RevokedAt, today);
    }

    public sealed class AboutInput
    {
        public string? Name { get; set; }
        public string? Language { get; set; }
    }

    public sealed class TokenInput
    {
        public string? Name { get; set; }
        public string? ExpiresOn { get; set; }
        public string? OrganizationId { get; set; }
    }
}
