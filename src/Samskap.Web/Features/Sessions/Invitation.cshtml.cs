using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Klarsprak;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Klarsprak;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Email;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>A partner with an address the invitation can go to.</summary>
public sealed record InvitationRecipient(Guid PartnerId, string Name, string ContactName);

/// <summary>
/// The session's invitation in bokmål or nynorsk: drafted from the session, the venue, the scope
/// declaration and the Veivalg promise, written plainer with the inline Klarspråk check, and sent
/// to chosen partners' contacts, or copied.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class InvitationModel(
    ProjectScope scope, AppDbContext db, Mailer mailer, KlarsprakAnalyzer analyzer, IStringLocalizer<SessionsText> sessionsText, IStringLocalizer<KlarsprakText> klarsprakText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Invitation.Text")]
    public string? Text { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Invitation.SendTitle")]
    public Guid[] PartnerIds { get; set; } = [];

    public string SessionTitle { get; private set; } = "";

    public bool IsDraft { get; private set; }

    public bool CanSend => mailer.IsConfigured;

    public IReadOnlyList<InvitationRecipient> Recipients { get; private set; } = [];

    public KlarsprakCheck Check { get; private set; } = null!;

    public string? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var session = await FindAsync(cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        // The stored language unless another is asked for; a stored text is shown only in its own language.
        var language = InvitationDraft.IsLanguage(Language) ? Language! : session.InvitationLanguage ?? InvitationDraft.Bokmal;
        Language = language;
        IsDraft = session.Invitation is null || session.InvitationLanguage != language;
        Text = IsDraft ? await DraftAsync(session, language, cancellationToken) : session.Invitation;
        Status = saved ? sessionsText["Invitation.Saved"].Value : null;
        await ShowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var session = await FindAsync(cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        if (await RefuseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Save(session);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(SessionsRoutes.InvitationSaved(scope.Id, session.Id, Language!));
    }

    /// <summary>Saves the text and sends it to the chosen partners' contacts, each in the invitation's language.</summary>
    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        var session = await FindAsync(cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        if (PartnerIds.Length == 0)
        {
            ModelState.AddModelError(nameof(PartnerIds), sessionsText["Invitation.Error.NoOne"]);
        }

        if (await RefuseAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var addresses = await db.Partners.AsNoTracking()
            .Where(p => p.ProjectId == scope.Id && PartnerIds.Contains(p.Id) && p.ContactEmail != null)
            .Select(p => p.ContactEmail!)
            .ToListAsync(cancellationToken);
        Save(session);
        await db.SaveChangesAsync(cancellationToken);
        var result = await mailer.SendAllAsync([.. addresses.Distinct().Select(to => InvitationDraft.Mail(to, Language!, session.Title, Text!))], cancellationToken);
        Status = sessionsText["Invitation.Sent", NumberText.Of(result.Sent), NumberText.Of(addresses.Count)];
        await ShowAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> RefuseAsync(CancellationToken cancellationToken)
    {
        if (!InvitationDraft.IsLanguage(Language))
        {
            ModelState.AddModelError(nameof(Language), sessionsText["Invitation.Error.Language"]);
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), sessionsText["Invitation.Error.Empty"]);
        }
        else if (Text.Length > Session.InvitationMaxLength)
        {
            ModelState.AddModelError(nameof(Text), sessionsText["Session.Error.TooLongText", NumberText.Of(Session.InvitationMaxLength)]);
        }

        if (ModelState.IsValid)
        {
            return null;
        }

        Language = InvitationDraft.IsLanguage(Language) ? Language : InvitationDraft.Bokmal;
        await ShowAsync(cancellationToken);
        return this.InvalidForm();
    }

    private void Save(Session session)
    {
        session.Invitation = Text!.Trim();
        session.InvitationLanguage = Language;
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        Recipients = await db.Partners.AsNoTracking()
            .Where(p => p.ProjectId == scope.Id && p.ContactEmail != null)
            .OrderBy(p => p.Name)
            .Select(p => new InvitationRecipient(p.Id, p.Name, p.ContactName ?? ""))
            .ToListAsync(cancellationToken);
        var standard = Language == InvitationDraft.Nynorsk ? WrittenStandard.Nynorsk : WrittenStandard.Bokmal;
        var text = Text ?? "";
        Check = new KlarsprakCheck(
            "Text",
            KlarsprakRequest.Code(standard),
            string.IsNullOrWhiteSpace(text) || text.Length > KlarsprakRequest.MaxLength ? null : KlarsprakView.Create(text, standard, analyzer.Analyze(text, standard), klarsprakText));
    }

    private async Task<string> DraftAsync(Session session, string language, CancellationToken cancellationToken)
    {
        var venue = session.VenueId is { } venueId ? await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken) : null;
        var scopeItems = await db.Set<ScopeItem>().AsNoTracking().Where(i => i.ProjectId == scope.Id).OrderBy(i => i.CreatedAt).Select(i => new { i.Text, i.Open }).ToListAsync(cancellationToken);
        var approach = await db.Set<ApproachDecision>().AsNoTracking().Where(d => d.ProjectId == scope.Id).OrderByDescending(d => d.DecidedAt).Select(d => (Approach?)d.Approach).FirstOrDefaultAsync(cancellationToken);
        return InvitationDraft.Write(
            new InvitationFacts(
                session.Title, session.Purpose, session.Date, session.Start, session.End, venue?.Name, venue?.Address, venue?.Checklist,
                [.. scopeItems.Where(i => i.Open).Select(i => i.Text)], [.. scopeItems.Where(i => !i.Open).Select(i => i.Text)], approach),
            language);
    }

    private async Task<Session?> FindAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        SessionTitle = session?.Title ?? "";
        return session;
    }
}
