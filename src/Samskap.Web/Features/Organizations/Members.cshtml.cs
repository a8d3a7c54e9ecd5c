using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Email;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Organizations;

/// <summary>Administrators see who belongs to the organisation, set roles and hand out invitation links.</summary>
public sealed class MembersModel(AppDbContext db, TenantContext tenant, InvitationService invitations, OneTimeForms once, Mailer mailer, TimeProvider clock, IStringLocalizer<OrganizationsText> organizationText) : PageModel
{
    public const int NoteMaxLength = 200;

    public string OrganizationName => tenant.OrganizationName;
    public int InvitationDays => (int)Invitation.Lifetime.TotalDays;
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<Invitation> OpenInvitations { get; private set; } = [];
    /// <summary>The link just made, shown once after the redirect; kept in the encrypted TempData cookie, never in a URL.</summary>
    [TempData]
    public string? NewInvitationLink { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>How sending the invitation by e-mail went, shown with the link after the redirect.</summary>
    [TempData]
    public string? MailMessage { get; set; }

    [TempData]
    public bool MailFailed { get; set; }

    public bool SendsEmail => mailer.IsConfigured;

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        // Reloading the result, or a second click, must not make a second live link.
        if (await once.PreviousResultAsync(cancellationToken) is { } created)
        {
            return Redirect(created);
        }

        var note = (Invite.Note ?? "").Trim();
        if (note.Length > NoteMaxLength)
        {
            ModelState.AddModelError("Invite.Note", organizationText["Members.NoteTooLong", NumberText.Of(NoteMaxLength)]);
        }

        if (!OrganizationRoles.Assignable.Contains(Invite.Role))
        {
            ModelState.AddModelError("Invite.Role", organizationText["Members.RoleInvalid"]);
        }

        var email = string.IsNullOrWhiteSpace(Invite.Email) ? null : Invite.Email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            ModelState.AddModelError("Invite.Email", organizationText["Members.EmailInvalid"]);
        }

        var language = Cultures.IsSupported(Invite.Language) ? Invite.Language!.ToLowerInvariant() : Cultures.Current;
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return this.InvalidForm();
        }

        var (_, token) = invitations.Add(new Invitation { OrganizationId = tenant.OrganizationId, Role = Invite.Role, Note = note, Email = email, CreatedByUserId = UserId });
        once.Record(OrganizationRoutes.Members);
        if (await once.SaveAsync(cancellationToken) is { } raced)
        {
            return Redirect(raced);
        }

        NewInvitationLink = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{AccountRoutes.Invitation(token)}";
        if (email is not null && mailer.IsConfigured)
        {
            var inviter = User.FindFirstValue(DisplayNameClaims.ClaimType) ?? User.Identity?.Name ?? "";
            var mailedLink = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}{AccountRoutes.Invitation(token, language)}");
            var sent = await mailer.SendAsync(InvitationMail.Compose(email, language, inviter, tenant.OrganizationName, mailedLink), cancellationToken);
            // The link is shown either way, so a failed e-mail still leaves a way to send the invitation.
            MailMessage = sent.Succeeded ? organizationText["Members.EmailSent", email] : organizationText["Members.EmailFailed"];
            MailFailed = !sent.Succeeded;
        }

        return Redirect(OrganizationRoutes.Members);
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid membershipId, OrganizationRole role, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.Include(m => m.User)
            .FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganizationId == tenant.OrganizationId, cancellationToken);
        if (membership is null || !OrganizationRoles.Assignable.Contains(role))
        {
            return NotFound();
        }

        var administrators = await db.Memberships.CountAsync(
            m => m.OrganizationId == tenant.OrganizationId && m.Role == OrganizationRole.Administrator, cancellationToken);
        if (membership.Role == OrganizationRole.Administrator && role != OrganizationRole.Administrator && administrators <= 1)
        {
            ModelState.AddModelError("", organizationText["Members.LastAdministrator"]);
            await LoadAsync(cancellationToken);
            return this.InvalidForm();
        }

        membership.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = organizationText["Members.RoleSaved", membership.User?.DisplayName ?? "", organizationText[$"Role.{role}"]];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(
            i => i.Id == invitationId && i.OrganizationId == tenant.OrganizationId, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        invitation.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = organizationText["Members.Revoked"];
        return RedirectToPage();
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Members = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == tenant.OrganizationId)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new MemberRow(m.Id, m.User!.DisplayName, m.User.Email ?? "", m.Role))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        OpenInvitations = await db.Invitations.AsNoTracking()
            .Where(i => i.OrganizationId == tenant.OrganizationId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.ExpiresAt)
            .ToListAsync(cancellationToken);
    }

    public sealed record MemberRow(Guid MembershipId, string Name, string Email, OrganizationRole Role);

    public sealed class InviteInput
    {
        public string? Note { get; set; }
        public string? Email { get; set; }
        public string? Language { get; set; } = Cultures.Current;

        [FieldLabel(typeof(OrganizationsText), "Members.Role")]
        public OrganizationRole Role { get; set; }
    }
}
