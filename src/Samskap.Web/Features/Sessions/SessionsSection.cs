using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>The sessions on the overview: how many, how many held, and the next one with its agenda's warnings.</summary>
public sealed class SessionsSectionViewComponent(ProjectScope scope, AppDbContext db, TimeProvider clock, ProjectSectionCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var today = NorwegianTime.Today(clock);
        var cancellationToken = HttpContext.RequestAborted;
        var counted = await cache.GetOrLoadAsync(scope, nameof(SessionsSection), today, async () =>
        {
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.ProjectId == scope.Id)
                .Select(s => new { s.Id, s.Title, s.Date, s.Start, s.Status })
                .ToListAsync(cancellationToken);
            var next = sessions.Where(s => s.Status == SessionStatus.Planned && s.Date >= today).OrderBy(s => s.Date).ThenBy(s => s.Start).FirstOrDefault();
            var warnings = 0;
            if (next is not null)
            {
                var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == next.Id, cancellationToken);
                var blocks = await SessionData.ReadBlocksAsync(db, session.Id, cancellationToken);
                var venue = session.VenueId is { } venueId ? await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken) : null;
                warnings = SessionData.Warnings(session, SessionData.Plan(session, blocks), venue).Count;
            }

            return new SessionsSection(
                scope.Id,
                sessions.Count,
                sessions.Count(s => s.Status == SessionStatus.Held),
                next is null ? null : new NextSession(next.Id, next.Title, next.Date, next.Start),
                warnings);
        });
        return View("/Features/Sessions/_SessionsSection.cshtml", counted);
    }
}

public sealed record NextSession(Guid Id, string Title, DateOnly Date, TimeOnly Start);

/// <summary>
/// What the overview shows of the sessions. Cached under the project's data version: a venue is the
/// organisation's, so a change to it shows here when the project's data next changes or the day turns.
/// </summary>
public sealed record SessionsSection(Guid ProjectId, int Count, int Held, NextSession? Next, int NextWarnings);
