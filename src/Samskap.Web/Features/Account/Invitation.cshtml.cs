using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Setup;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
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
    OneTimeForms once,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public InvitationProblem Problem { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public OrganizationRole Role { get; private set; }

    /// <summary>The project whose page the invitation leads to, if it was made from one (a readiness round, say).</summary>
    public string? LandingProject { get; private set; }

    /// <summary>True when the signed-in person is the one who already used this invitation.</summary>
    public bool UsedByMe { get; private set; }

    public string Landing { get; private set; } = ProjectRoutes.List;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var invitation = await LoadAsync(cancellationToken);
        // An invitation sent to an address starts the form with it; the person may still use another.
        Input.Email ??= invitation?.Email;
        return ProblemStatus() ?? Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var invitation = await LoadAsync(cancellationToken);
        if (UsedByMe)
        {
            // The second click of a double click: the first one already let them in.
            return LocalRedirect(Landing);
        }

        if (ProblemStatus() is { } problem)
        {
            return problem;
        }

        await invitations.AcceptAsync(invitation!, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        TenantMiddleware.Remember(Response, invitation!.OrganizationId);
        return LocalRedirect(Landing);
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        // A double click or a resubmit of the form that already made the account: go where the first went.
        if (await once.PreviousResultAsync(cancellationToken) is { } landed)
        {
            return LocalRedirect(landed);
        }

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

        // Claimed before the account is made: of two posts of one form, the second waits for the first and follows it.
        if (await once.ClaimAsync(Landing, cancellationToken) is { } raced)
        {
            return LocalRedirect(raced);
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

            await transaction.RollbackAsync(cancellationToken);
            await once.ReleaseAsync(cancellationToken);
            return this.InvalidForm();
        }

        await invitations.AcceptAsync(invitation!, user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        TenantMiddleware.Remember(Response, invitation!.OrganizationId);
        return LocalRedirect(Landing);
    }

    private async Task<Invitation?> LoadAsync(CancellationToken cancellationToken)
    {
        var (invitation, problem) = await invitations.FindAsync(Token, cancellationToken);
        Problem = problem;
        OrganizationName = invitation?.Organization?.Name ?? "";
        Role = invitation?.Role ?? OrganizationRole.Member;
        LandingProject = invitation?.LandingProject;
        // Only a page of this app: the path was set by a leader, but is checked as if it came from outside.
        Landing = invitation?.LandingPath is { } path && Url.IsLocalUrl(path) ? path : ProjectRoutes.List;
        UsedByMe = problem == InvitationProblem.AlreadyUsed
            && invitation?.AcceptedByUserId is { } acceptedBy
            && acceptedBy == User.FindFirstValue(ClaimTypes.NameIdentifier);
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
