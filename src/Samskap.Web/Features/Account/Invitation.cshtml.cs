using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Setup;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Resources;

namespace Samskap.Web.Features.Account;

/// <summary>
/// An invitation link: a signed-in user joins with one click; a newcomer creates an account.
/// Unknown links answer 404, used, revoked or expired ones 410 — each with a plain explanation.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Anonymous)]
public sealed class InvitationModel(
    InvitationService invitations,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AppDbContext db,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public InvitationProblem Problem { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public OrganizationRole Role { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return ProblemStatus() ?? Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var invitation = await LoadAsync(cancellationToken);
        if (ProblemStatus() is { } problem)
        {
            return problem;
        }

        await invitations.AcceptAsync(invitation!, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        TenantMiddleware.Remember(Response, invitation!.OrganizationId);
        return LocalRedirect("/projects");
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        var invitation = await LoadAsync(cancellationToken);
        if (ProblemStatus() is { } problem)
        {
            return problem;
        }

        ModelState.Clear();
        var errors = OrganizationSetup.Validate(new NewOrganization("-", Input.Name ?? "", Input.Email ?? "", Input.Password ?? "", Cultures.Current))
            .Select(e => e.Field == nameof(NewOrganization.AdminName) ? e with { Field = nameof(RegisterInput.Name) } : e)
            .ToList();
        if (errors.Count == 0 && await users.FindByEmailAsync(Input.Email!.Trim()) is not null)
        {
            errors.Add(new FieldError(nameof(RegisterInput.Email), "Identity.DuplicateEmail"));
        }

        if (errors.Count > 0)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, text);
            return this.InvalidForm();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new AppUser
        {
            UserName = Input.Email!.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.Name!.Trim(),
            PreferredCulture = Cultures.Current,
        };
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return this.InvalidForm();
        }

        await invitations.AcceptAsync(invitation!, user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        TenantMiddleware.Remember(Response, invitation!.OrganizationId);
        return LocalRedirect("/projects");
    }

    private async Task<Invitation?> LoadAsync(CancellationToken cancellationToken)
    {
        var (invitation, problem) = await invitations.FindAsync(Token, cancellationToken);
        Problem = problem;
        OrganizationName = invitation?.Organization?.Name ?? "";
        Role = invitation?.Role ?? OrganizationRole.Member;
        return invitation;
    }

    private PageResult? ProblemStatus()
    {
        if (Problem == InvitationProblem.None)
        {
            return null;
        }

        var page = Page();
        page.StatusCode = Problem == InvitationProblem.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return page;
    }

    public sealed class RegisterInput
    {
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
    }
}
