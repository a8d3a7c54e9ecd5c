using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Microsoft.Extensions.Localization;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Email;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Readiness;

/// <summary>One round: the link to share, how many have answered, and the result once enough have.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class RoundModel(ProjectScope scope, AppDbContext db, RoundInvitations roundInvitations, OneTimeForms once, Mailer mailer, TenantContext tenant, TimeProvider clock, IStringLocalizer<ReadinessText> readinessText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Started { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }

    [BindProperty]
    public InviteInput Invite { get; set; } = new() { Language = Cultures.Current };

    /// <summary>Leading the round: the project's owner or an administrator, on a project that is not archived.</summary>
    public bool CanLead => scope.CanLead && scope.CanEdit;

    public RoundSummary Summary { get; private set; } = null!;
    public bool IAnswered { get; private set; }
    public InviteeCounts Invitees { get; private set; } = new(0, 0);

    /// <summary>The round before this one, once this one has a result; null for the first round.</summary>
    public ReadinessRound? PreviousRound { get; private set; }

    /// <summary>Point id → the actions taken on it since the last round, for points that have any.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ProjectAction>> ActionsSince { get; private set; } = new Dictionary<string, IReadOnlyList<ProjectAction>>();

    /// <summary>The people just invited and their links, shown once after the redirect (TempData is an encrypted cookie).</summary>
    [TempData]
    public string? InvitedJson { get; set; }

    public IReadOnlyList<InvitedPerson> JustInvited => Outcome?.People ?? [];

    /// <summary>What the last invite or reminder did, shown once after its redirect.</summary>
    public SendOutcome? Outcome => InvitedJson is { } json ? _outcome ??= JsonSerializer.Deserialize<SendOutcome>(json) : null;

    private SendOutcome? _outcome;

    /// <summary>Whether e-mail goes out from here: without SMTP, the links are shown to copy.</summary>
    public bool SendsEmail => mailer.IsConfigured;

    [BindProperty(SupportsGet = true)]
    public bool Reminded { get; set; }

    /// <summary>The people and links of one invite or reminder, and how the e-mail went (null status: no SMTP).</summary>
    public sealed record SendOutcome(IReadOnlyList<InvitedPerson> People, EmailStatus? Status, int Sent, int Failed)
    {
        /// <summary>The links are shown unless every e-mail went out.</summary>
        public bool ShowLinks => Status != EmailStatus.Sent || Failed > 0;
    }

    private string SiteUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    public string InvitationUrl => SiteUrl + ReadinessRoutes.Answer(Summary.Round.InvitationToken);

    public sealed class InviteInput
    {
        public string? Emails { get; set; }
        public string? Language { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanLead)
        {
            return Forbid();
        }

        var round = await db.ReadinessRounds.FirstAsync(r => r.Id == RoundId, cancellationToken);
        if (round.StateOn(NorwegianTime.Today(clock)) != RoundState.Closed)
        {
            round.ClosedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect(ReadinessRoutes.RoundClosed(scope.Id, RoundId));
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanLead || Summary.State == RoundState.Closed)
        {
            return Forbid();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        var parsed = EmailAddressList.Parse(Invite.Emails);
        var field = $"{nameof(Invite)}.{nameof(InviteInput.Emails)}";
        foreach (var wrong in parsed.Invalid)
        {
            ModelState.AddModelError(field, readinessText["Invite.Error.NotAnAddress", wrong]);
        }

        if (parsed.Invalid.Count == 0 && parsed.Valid.Count == 0)
        {
            ModelState.AddModelError(field, readinessText["Invite.Error.Empty"]);
        }
        else if (parsed.Valid.Count > EmailAddressList.MaxPerInvitation)
        {
            ModelState.AddModelError(field, readinessText["Invite.Error.TooMany", NumberText.Of(EmailAddressList.MaxPerInvitation)]);
        }

        if (!Cultures.IsSupported(Invite.Language))
        {
            ModelState.AddModelError($"{nameof(Invite)}.{nameof(InviteInput.Language)}", readinessText["Invite.Error.Language"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            return this.InvalidForm();
        }

        var round = await db.ReadinessRounds.FirstAsync(r => r.Id == RoundId, cancellationToken);
        var invited = await roundInvitations.InviteAsync(round, scope.Title, parsed.Valid, Invite.Language!, UserId, SiteUrl, cancellationToken);
        var result = ReadinessRoutes.RoundInvited(scope.Id, RoundId);
        once.Record(result);
        if (await once.SaveAsync(cancellationToken) is { } raced)
        {
            return Redirect(raced);
        }

        var sent = mailer.IsConfigured
            ? await mailer.SendAllAsync(RoundInvitations.Invitations(invited, round, scope.Title, DisplayName, tenant.OrganizationName), cancellationToken)
            : null;
        InvitedJson = JsonSerializer.Serialize(new SendOutcome(invited, sent?.Status, sent?.Sent ?? 0, sent?.Failed ?? 0));
        return Redirect(result);
    }

    public async Task<IActionResult> OnPostRemindAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanLead || Summary.State != RoundState.Open || !mailer.IsConfigured)
        {
            return Forbid();
        }

        var result = ReadinessRoutes.RoundReminded(scope.Id, RoundId);
        if (await once.PreviousResultAsync(cancellationToken) is { } done)
        {
            return Redirect(done);
        }

        var round = await db.ReadinessRounds.FirstAsync(r => r.Id == RoundId, cancellationToken);
        var pending = await roundInvitations.RemindAsync(round, SiteUrl, clock.GetUtcNow().UtcDateTime, cancellationToken);
        once.Record(result);
        if (await once.SaveAsync(cancellationToken) is { } raced)
        {
            return Redirect(raced);
        }

        var sent = await mailer.SendAllAsync(RoundInvitations.Reminders(pending, round, scope.Title), cancellationToken);
        InvitedJson = JsonSerializer.Serialize(new SendOutcome(pending, sent.Status, sent.Sent, sent.Failed));
        return Redirect(result);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private string DisplayName => User.FindFirstValue(DisplayNameClaims.ClaimType) ?? User.Identity?.Name ?? "";

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var rounds = await ProjectReadiness.RoundsAsync(db, scope.Id, NorwegianTime.Today(clock), cancellationToken);
        var summary = rounds.FirstOrDefault(r => r.Round.Id == RoundId);
        if (summary is null)
        {
            return NotFound();
        }

        Summary = summary;
        PreviousRound = summary.Tally.Result is null ? null : ActionsSinceLastRound.PreviousOf(summary.Round, rounds.Select(r => r.Round));
        if (PreviousRound is { } previous)
        {
            var actions = await db.ProjectActions.AsNoTracking().Include(a => a.Owner)
                .Where(a => a.ProjectId == scope.Id && a.Point != null)
                .ToListAsync(cancellationToken);
            ActionsSince = ActionsSinceLastRound.ByPoint(summary.Round, previous, actions);
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var mine = await db.ReadinessResponses.AsNoTracking()
            .Where(r => r.RoundId == RoundId && r.RespondentUserId == userId)
            .Select(r => r.Answers)
            .FirstOrDefaultAsync(cancellationToken);
        IAnswered = mine is { Count: > 0 };
        if (CanLead)
        {
            Invitees = await roundInvitations.CountAsync(RoundId, cancellationToken);
        }

        return null;
    }
}
