using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>A session in the project's list: enough to find it and see whether it is ready.</summary>
public sealed record SessionListItem(Guid Id, string Title, SessionKind Kind, SessionStatus Status, DateOnly Date, TimeOnly Start, TimeOnly End, bool RelationBuilding, int Blocks, string? VenueName);

/// <summary>The project's sessions, the next one first.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class IndexModel(ProjectScope scope, AppDbContext db, TimeProvider clock) : PageModel
{
    public ProjectScope Scope => scope;

    public IReadOnlyList<SessionListItem> Sessions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = NorwegianTime.Today(clock);
        var sessions = await SessionList.ForProjectAsync(db, scope.Id, cancellationToken);
        Sessions = SessionRules.NextFirst(sessions, s => s.Date, Today);
        return Page();
    }
}

/// <summary>The project's sessions in one query, with their block counts and venue names.</summary>
public static class SessionList
{
    public static Task<List<SessionListItem>> ForProjectAsync(AppDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking()
            .Where(s => s.ProjectId == projectId)
            .OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new SessionListItem(
                s.Id, s.Title, s.Kind, s.Status, s.Date, s.Start, s.End, s.RelationBuilding,
                db.Set<AgendaBlock>().Count(b => b.SessionId == s.Id),
                db.Set<Venue>().Where(v => v.Id == s.VenueId).Select(v => v.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
