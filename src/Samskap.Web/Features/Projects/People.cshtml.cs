using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Email;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// The project's people: the organisation's members with a project role, and external partners,
/// who come in through a single-use project invitation. Everyone of the organisation sees the list;
/// the project's leaders change it.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class PeopleModel(
    ProjectScope scope, AppDbContext db, TenantContext tenant, InvitationService invitations, OneTimeForms once, Mailer mailer, TimeProvider clock,
    IStringLocalizer<ProjectsText> projectsText) : PageModel
{
    /// <summary>More people than this in one project is a list, not a partnership; the limit keeps the page and its queries small.</summary>
    public const int MaxPeople = 200;

    public const int NoteMaxLength = 200;

    public ProjectScope Scope => scope;

    /// <summary>Changing the people: the project's leaders, while the project is not archived.</summary>
    public bool CanChange => scope.CanLead && scope.CanEdit;

    public bool SendsEmail => mailer.IsConfigured;

    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Addable { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Partners { get; private set; } = [];
    public IReadOnlyList<OpenInvitation> Invitations { get; private set; } = [];

    [BindProperty]
    public AddInput Add { get; set; } = new();

    [BindProperty]
    public InviteInput Invite { get; set; } = new() { Language = Cultures.Current };

    /// <summary>The link just made, shown once after the redirect (TempData is an encrypted cookie, never a URL).</summary>
    [TempData]
    public string? NewInvitationLink { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    [TempData]
    public bool MailFailed { get; set; }

    public int InvitationDays => (int)Invitation.Lifetime.TotalDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        // A second click of the same form: the person is in the project already, which is what was asked.
        if (Add.UserId is not null && await db.ProjectPeople.AnyAsync(p => p.ProjectId == scope.Id && p.UserId == Add.UserId, cancellationToken))
        {
            return Redirect(ProjectRoutes.People(scope.Id));
        }

        await LoadAsync(cancellationToken);
        if (!Addable.Any(member => member.Id == Add.UserId))
        {
            ModelState.AddModelError("Add.UserId", projectsText["People.Error.PickMember"]);
        }

        if (!ProjectRoles.TryParse(Add.Role, out var role))
        {
            ModelState.AddModelError("Add.Role", projectsText["People.Error.Role"]);
        }

        if (People.Count >= MaxPeople)
        {
            return this.Refuse(StatusCodes.Status409Conflict, projectsText["People.Error.TooMany", NumberText.Of(MaxPeople)]);
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        db.ProjectPeople.Add(new ProjectPerson { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id, UserId = Add.UserId!, Role = role });
        await SaveIgnoringDuplicateAsync(cancellationToken);

        StatusMessage = projectsText["People.Added", Addable.First(member => member.Id == Add.UserId).Name, projectsText[$"Role.{ProjectRoles.Word(role)}"]];
        return Redirect(ProjectRoutes.People(scope.Id));
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid personId, string? role, CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        var person = await db.ProjectPeople.Include(p => p.User).FirstOrDefaultAsync(p => p.Id == personId && p.ProjectId == scope.Id, cancellationToken);
        if (person is null || !ProjectRoles.TryParse(role, out var newRole))
        {
            return NotFound();
        }

        person.Role = newRole;
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = projectsText["People.RoleSaved", person.User?.DisplayName ?? "", projectsText[$"Role.{ProjectRoles.Word(newRole)}"]];
        return Redirect(ProjectRoutes.People(scope.Id));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid personId, CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        // Already gone (a second click): the page shows who is left either way. What they added stays in the project.
        await db.ProjectPeople.Where(p => p.Id == personId && p.ProjectId == scope.Id).DeleteInProjectAsync(db, scope.Id, cancellationToken);
        StatusMessage = projectsText["People.Removed"];
        return Redirect(ProjectRoutes.People(scope.Id));
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        await LoadAsync(cancellationToken);
        var note = (Invite.Note ?? "").Trim();
        if (note.Length == 0)
        {
            ModelState.AddModelError("Invite.Note", projectsText["People.Error.NoteRequired"]);
        }
        else if (note.Length > NoteMaxLength)
        {
            ModelState.AddModelError("Invite.Note", projectsText["People.Error.NoteTooLong", NumberText.Of(NoteMaxLength)]);
        }

        var email = string.IsNullOrWhiteSpace(Invite.Email) ? null : Invite.Email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            ModelState.AddModelError("Invite.Email", projectsText["People.Error.Email"]);
        }

        Guid? partnerId = null;
        if (!string.IsNullOrEmpty(Invite.PartnerId))
        {
            if (Guid.TryParse(Invite.PartnerId, out var parsed) && Partners.Any(p => p.Id == parsed))
            {
                partnerId = parsed;
            }
            else
            {
                ModelState.AddModelError("Invite.PartnerId", projectsText["People.Error.Partner"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        var language = Cultures.IsSupported(Invite.Language) ? Invite.Language!.ToLowerInvariant() : Cultures.Current;
        var (_, token) = invitations.Add(new Invitation
        {
            OrganizationId = tenant.OrganizationId,
            Role = OrganizationRole.ExternalPartner,
            Note = note,
            Email = email,
            ProjectId = scope.Id,
            PartnerId = partnerId,
            LandingPath = ProjectRoutes.Details(scope.Id),
            LandingProject = scope.Title,
            CreatedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier)!,
        });
        once.Record(ProjectRoutes.People(scope.Id));
        if (await once.SaveAsync(cancellationToken) is { } raced)
        {
            return Redirect(raced);
        }

        var site = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        NewInvitationLink = site + AccountRoutes.Invitation(token);
        StatusMessage = null;
        if (email is not null && mailer.IsConfigured)
        {
            var inviter = User.FindFirstValue(DisplayNameClaims.ClaimType) ?? User.Identity?.Name ?? "";
            var partnerName = Partners.FirstOrDefault(p => p.Id == partnerId).Name;
            var sent = await mailer.SendAsync(
                ProjectInvitationMail.Compose(email, language, inviter, tenant.OrganizationName, scope.Title, partnerName, new Uri(site + AccountRoutes.Invitation(token, language))),
                cancellationToken);
            // The link is shown either way, so a failed e-mail still leaves a way to send the invitation.
            StatusMessage = sent.Succeeded ? projectsText["People.EmailSent", email] : projectsText["People.EmailFailed"];
            MailFailed = !sent.Succeeded;
        }

        return Redirect(ProjectRoutes.People(scope.Id));
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        if (Refusal() is { } refused)
        {
            return refused;
        }

        var invitation = await db.Invitations.FirstOrDefaultAsync(
            i => i.Id == invitationId && i.OrganizationId == tenant.OrganizationId && i.ProjectId == scope.Id, cancellationToken);
        if (invitation is null)
        {
            return NotFound();
        }

        invitation.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = projectsText["People.Revoked"];
        return Redirect(ProjectRoutes.People(scope.Id));
    }

    private IActionResult? Refusal() => !scope.CanEdit ? NotFound() : !scope.CanLead ? Forbid() : null;

    private async Task SaveIgnoringDuplicateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the unique index let the first one in; the person is in the project either way.
            db.ChangeTracker.Clear();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var owner = scope.Project.OwnerUserId;
        // The extension property cannot stand inside the expression tree; the set itself can.
        var memberships = db.Memberships;
        var added = await db.ProjectPeople.AsNoTracking()
            .Where(p => p.ProjectId == scope.Id && p.UserId != owner)
            .OrderBy(p => p.User!.DisplayName)
            .Select(p => new
            {
                p.Id,
                p.UserId,
                p.User!.DisplayName,
                p.Role,
                p.PartnerId,
                External = memberships.Any(m => m.OrganizationId == p.OrganizationId && m.UserId == p.UserId && m.Role == OrganizationRole.ExternalPartner),
            })
            .ToListAsync(cancellationToken);
        Partners = (await db.Partners.AsNoTracking().Where(p => p.ProjectId == scope.Id).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
        var partnerNames = Partners.ToDictionary(p => p.Id, p => p.Name);
        People =
        [
            new PersonRow(null, scope.Project.OwnerName, ProjectRole.Leader, External: false, Partner: null, IsOwner: true),
            .. added.Select(p => new PersonRow(
                p.Id, p.DisplayName, p.Role, p.External,
                p.PartnerId is { } partnerId ? partnerNames.GetValueOrDefault(partnerId) : null, IsOwner: false)),
        ];
        var inProject = added.Select(p => p.UserId).Append(owner).ToHashSet();
        Addable = (await db.Memberships.AsNoTracking()
                .Where(m => m.OrganizationId == tenant.OrganizationId && m.Role != OrganizationRole.ExternalPartner)
                .OrderBy(m => m.User!.DisplayName)
                .Select(m => new { m.UserId, m.User!.DisplayName })
                .ToListAsync(cancellationToken))
            .Where(m => !inProject.Contains(m.UserId))
            .Select(m => (m.UserId, m.DisplayName))
            .ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        Invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.OrganizationId == tenant.OrganizationId && i.ProjectId == scope.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new OpenInvitation(i.Id, i.Note, i.Email, i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One person as the page lists them; <c>Id</c> is null for the owner, who leads without a row.</summary>
    public sealed record PersonRow(Guid? Id, string Name, ProjectRole Role, bool External, string? Partner, bool IsOwner);

    public sealed record OpenInvitation(Guid Id, string Note, string? Email, DateTime ExpiresAt);

    public sealed class AddInput
    {
        public string? UserId { get; set; }
        public string? Role { get; set; } = "facilitator";
    }

    public sealed class InviteInput
    {
        public string? Note { get; set; }
        public string? Email { get; set; }
        public string? PartnerId { get; set; }
        public string? Language { get; set; }
    }
}
