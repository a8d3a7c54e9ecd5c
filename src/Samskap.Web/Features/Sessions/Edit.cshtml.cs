using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// Changes a session's details, or removes it. The form carries the version it was read at: when
/// someone else saved the session or its agenda in between, the save is refused (409) and the
/// person's own input is shown again beside what is stored now.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class EditModel(
    ProjectScope scope,
    AppDbContext db,
    IStringLocalizer<SessionsText> sessionsText,
    IStringLocalizer<FramesText> framesText,
    IStringLocalizer<PartnershipText> partnershipText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Version")]
    public Guid Version { get; set; }

    public string SessionTitle { get; private set; } = "";

    public SessionChoices Choices { get; private set; } = null!;

    /// <summary>What is stored now, shown when the save met someone else's change.</summary>
    public Session? StoredNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var session = await FindAsync(cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        Input = SessionInput.From(session);
        Version = session.Version;
        Choices = await SessionChoices.LoadAsync(db, scope, framesText, partnershipText, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var session = await FindAsync(cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        Choices = await SessionChoices.LoadAsync(db, scope, framesText, partnershipText, cancellationToken);
        var (errors, input) = SessionRules.Check(Input, await SessionData.ContextAsync(db, scope, cancellationToken));
        if (input is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, sessionsText);
            return this.InvalidForm();
        }

        if (session.Version != Version)
        {
            return Conflict(session);
        }

        // The version read with the form is the one the update must find; a save in between makes it miss.
        db.Entry(session).Property(s => s.Version).OriginalValue = Version;
        SessionRules.Apply(input, session);
        session.Changed();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await FindAsync(cancellationToken);
            return now is null ? NotFound() : Conflict(now);
        }

        return Redirect(SessionsRoutes.Saved(scope.Id, session.Id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit || !await db.Sessions.AnyAsync(s => s.Id == SessionId && s.ProjectId == scope.Id, cancellationToken))
        {
            return NotFound();
        }

        await SessionWrites.DeleteAsync(db, scope.Id, SessionId, cancellationToken);
        return Redirect(SessionsRoutes.Deleted(scope.Id));
    }

    private PageResult Conflict(Session storedNow)
    {
        StoredNow = storedNow;
        // Saving again from here means "keep mine": the form now carries the version just read.
        Version = storedNow.Version;
        ModelState.Remove(nameof(Version));
        return this.Refuse(StatusCodes.Status409Conflict, sessionsText["Session.Error.Conflict"]);
    }

    private async Task<Session?> FindAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        SessionTitle = session?.Title ?? "";
        return session;
    }
}
