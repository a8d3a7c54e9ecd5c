using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Forms;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// Copies a session with its agenda to a new date, in this project or another of the organisation's
/// that the person may plan in. What does not fit the other project (its phases, its people) is left empty.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class CopyModel(ProjectScope scope, AppDbContext db, TenantContext tenant, OneTimeForms once, IStringLocalizer<SessionsText> sessionsText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Date")]
    public string? Date { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Copy.Project")]
    public Guid? TargetProjectId { get; set; }

    public string SessionTitle { get; private set; } = "";

    public IReadOnlyList<Choice> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        SessionTitle = session.Title;
        Date = session.Date.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        TargetProjectId = scope.Id;
        Projects = await PlannableProjectsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        if (await once.PreviousResultAsync(cancellationToken) is { } copied)
        {
            return Redirect(copied);
        }

        SessionTitle = session.Title;
        Projects = await PlannableProjectsAsync(cancellationToken);
        var target = TargetProjectId ?? scope.Id;
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError(nameof(Date), sessionsText[string.IsNullOrWhiteSpace(Date) ? "Session.Error.DateRequired" : "Session.Error.Date"]);
        }

        // Another organisation's project, or one the person may not plan in, is not among the choices.
        if (Projects.All(p => p.Value != target.ToString()))
        {
            ModelState.AddModelError(nameof(TargetProjectId), sessionsText["Copy.Error.Project"]);
        }

        if (!ModelState.IsValid)
        {
            return this.InvalidForm();
        }

        if (await db.Sessions.CountAsync(s => s.ProjectId == target, cancellationToken) >= Session.MaxPerProject)
        {
            return this.Refuse(StatusCodes.Status409Conflict, sessionsText["Session.Error.TooMany", NumberText.Of(Session.MaxPerProject)]);
        }

        var blocks = await SessionData.BlocksAsync(db, session.Id, cancellationToken);
        var phases = (await ProjectFrames.PhasesAsync(db, target, cancellationToken)).Select(p => p.Id).ToHashSet();
        var people = await PeopleOfAsync(target, cancellationToken);
        var copy = SessionCopy.Of(session, blocks, target, date, phases, people);
        db.Sessions.Add(copy.Session);
        db.AgendaBlocks.AddRange(copy.Blocks);
        once.Record(SessionsRoutes.Session(target, copy.Session.Id));
        return Redirect(await once.SaveAsync(cancellationToken) ?? SessionsRoutes.Saved(target, copy.Session.Id));
    }

    /// <summary>The organisation's projects the person may plan sessions in, this one first.</summary>
    private async Task<IReadOnlyList<Choice>> PlannableProjectsAsync(CancellationToken cancellationToken)
    {
        var userId = tenant.UserId;
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.ArchivedAt == null)
            .OrderBy(p => p.Title)
            .Select(p => new
            {
                p.Id,
                p.Title,
                p.OwnerUserId,
                Role = db.Set<ProjectPerson>().Where(person => person.ProjectId == p.Id && person.UserId == userId).Select(person => (ProjectRole?)person.Role).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. projects
            .Where(p => ProjectPermissions.For(new ProjectCaller(tenant.IsAdministrator, tenant.IsExternalPartner, userId, p.Role), p.OwnerUserId, archived: false).Edit)
            .OrderBy(p => p.Id != scope.Id)
            .Select(p => new Choice(p.Id.ToString(), p.Title))];
    }

    private async Task<HashSet<string>> PeopleOfAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var owner = await db.Projects.Where(p => p.Id == projectId).Select(p => p.OwnerUserId).FirstAsync(cancellationToken);
        var added = await db.ProjectPeople.Where(p => p.ProjectId == projectId).Select(p => p.UserId).ToListAsync(cancellationToken);
        return [owner, .. added];
    }
}

/// <summary>A copy of a session and its agenda, fitted to the project it goes to.</summary>
public sealed record SessionCopy(Session Session, IReadOnlyList<AgendaBlock> Blocks)
{
    public static SessionCopy Of(Session original, IReadOnlyList<AgendaBlock> blocks, Guid projectId, DateOnly date, IReadOnlySet<string> phases, IReadOnlySet<string> people)
    {
        string? Person(string? id) => id is not null && people.Contains(id) ? id : null;
        var session = new Session
        {
            OrganizationId = original.OrganizationId,
            ProjectId = projectId,
            Title = original.Title,
            Purpose = original.Purpose,
            Kind = original.Kind,
            Phase = original.Phase is { } phase && phases.Contains(phase) ? phase : null,
            Date = date,
            Start = original.Start,
            End = original.End,
            VenueId = original.VenueId,
            FacilitatorUserId = Person(original.FacilitatorUserId),
            HostUserId = Person(original.HostUserId),
            Expected = new Dictionary<string, int>(original.Expected),
            Status = SessionStatus.Planned,
            RelationBuilding = original.RelationBuilding,
        };
        return new SessionCopy(session, [.. blocks.Select(b => new AgendaBlock
        {
            OrganizationId = original.OrganizationId,
            ProjectId = projectId,
            SessionId = session.Id,
            Position = b.Position,
            Title = b.Title,
            MethodId = b.MethodId,
            Purpose = b.Purpose,
            Minutes = b.Minutes,
            LeadUserId = Person(b.LeadUserId),
            Materials = b.Materials,
            IsBreak = b.IsBreak,
            RelationBuilding = b.RelationBuilding,
        })]);
    }
}
