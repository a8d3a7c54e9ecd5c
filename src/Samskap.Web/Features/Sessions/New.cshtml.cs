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
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Sessions;

/// <summary>Plans a new session of the project; its agenda is built on the session's page.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class NewModel(
    ProjectScope scope,
    AppDbContext db,
    TenantContext tenant,
    OneTimeForms once,
    IStringLocalizer<SessionsText> sessionsText,
    IStringLocalizer<FramesText> framesText,
    IStringLocalizer<PartnershipText> partnershipText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public SessionChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        Input = new SessionInput { Kind = SessionWords.Word(SessionKind.Workshop), Start = "17:00", End = "20:00" };
        Choices = await SessionChoices.LoadAsync(db, scope, framesText, partnershipText, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } added)
        {
            return Redirect(added);
        }

        Choices = await SessionChoices.LoadAsync(db, scope, framesText, partnershipText, cancellationToken);
        var (errors, session) = SessionRules.Check(Input, await SessionData.ContextAsync(db, scope, cancellationToken));
        if (session is null)
        {
            FormErrors.AddTo(ModelState, nameof(Input), errors, sessionsText);
            return this.InvalidForm();
        }

        if (await db.Sessions.CountAsync(s => s.ProjectId == scope.Id, cancellationToken) >= Session.MaxPerProject)
        {
            return this.Refuse(StatusCodes.Status409Conflict, sessionsText["Session.Error.TooMany", NumberText.Of(Session.MaxPerProject)]);
        }

        var stored = new Session { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        SessionRules.Apply(session, stored);
        db.Sessions.Add(stored);
        once.Record(SessionsRoutes.Session(scope.Id, stored.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? SessionsRoutes.Saved(scope.Id, stored.Id));
    }
}
