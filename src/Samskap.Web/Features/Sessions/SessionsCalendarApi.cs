using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>A session's .ics for a signed-in member, and the secret feeds calendar apps subscribe to.</summary>
public static class SessionsCalendarApi
{
    public static IEndpointRouteBuilder MapSessionsCalendar(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{id:guid}/sessions/{sessionId:guid}.ics", DownloadAsync)
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Sessions").WithName("DownloadSessionCalendar").Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        endpoints.MapGet(SessionsRoutes.FeedPattern, FeedAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithTags("Sessions").WithName("SessionsFeed").Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid sessionId, HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.ProjectId == scope.Id, cancellationToken);
        if (session is null)
        {
            return Results.NotFound();
        }

        var items = await ItemsAsync(db.Sessions.AsNoTracking().Where(s => s.Id == session.Id), db, request, cancellationToken);
        var text = SessionCalendar.Write(session.Title, items, (s, blocks) => Description(s, blocks, sessionsText));
        return Results.File(Encoding.UTF8.GetBytes(text), SessionCalendar.ContentType, $"{SessionsRoutes.FileName(session.Title)}.ics");
    }

    /// <summary>
    /// The feed at a secret address. The calendar app is not signed in, so the feed is found by the
    /// hash of its secret, and every read names the feed's organisation; a revoked feed, or one whose
    /// person has left the organisation, is not found.
    /// </summary>
    private static async Task<IResult> FeedAsync(string token, HttpRequest request, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        if (!CalendarFeed.IsWellFormed(token))
        {
            return Results.NotFound();
        }

        var hash = CalendarFeed.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, cancellationToken);
        if (feed is null
            || !await db.Set<Membership>().IgnoreQueryFilters().AnyAsync(
                m => m.OrganizationId == feed.OrganizationId && m.UserId == feed.UserId && m.Role != OrganizationRole.ExternalPartner, cancellationToken))
        {
            return Results.NotFound();
        }

        var sessions = db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(s => s.OrganizationId == feed.OrganizationId);
        string name;
        if (feed.ProjectId is { } projectId)
        {
            name = await db.Projects.IgnoreQueryFilters().Where(p => p.Id == projectId && p.OrganizationId == feed.OrganizationId).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken) ?? "";
            sessions = sessions.Where(s => s.ProjectId == projectId);
        }
        else
        {
            name = sessionsText["Calendar.Mine"];
            var userId = feed.UserId;
            sessions = sessions.Where(s => s.FacilitatorUserId == userId || s.HostUserId == userId
                || db.Set<AgendaBlock>().IgnoreQueryFilters().Any(b => b.SessionId == s.Id && b.LeadUserId == userId));
        }

        var items = await ItemsAsync(sessions.OrderBy(s => s.Date).Take(Session.MaxPerProject), db, request, cancellationToken);
        var text = SessionCalendar.Write(name, items, (s, blocks) => Description(s, blocks, sessionsText));
        return Results.Text(text, SessionCalendar.ContentType);
    }

    private static async Task<List<CalendarSession>> ItemsAsync(IQueryable<Session> query, AppDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        var sessions = await query.ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var blocks = (await db.AgendaBlocks.IgnoreQueryFilters().AsNoTracking().Where(b => ids.Contains(b.SessionId)).OrderBy(b => b.Position).ToListAsync(cancellationToken))
            .ToLookup(b => b.SessionId);
        var venueIds = sessions.Select(s => s.VenueId).OfType<Guid>().Distinct().ToList();
        var venues = await db.Venues.IgnoreQueryFilters().AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return [.. sessions.Select(s => new CalendarSession(
            s,
            [.. blocks[s.Id]],
            s.VenueId is { } v ? venues.GetValueOrDefault(v) : null,
            new Uri(site + SessionsRoutes.Session(s.ProjectId, s.Id))))];
    }

    /// <summary>The entry's description: the session's purpose, then its agenda on the clock.</summary>
    public static string Description(Session session, IReadOnlyList<AgendaBlock> blocks, IStringLocalizer<SessionsText> sessionsText)
    {
        var text = new StringBuilder(session.Purpose);
        if (blocks.Count > 0)
        {
            var plan = SessionData.Plan(session, blocks);
            text.Append(text.Length > 0 ? "\n\n" : "").Append(sessionsText["Calendar.Agenda"]);
            for (var i = 0; i < blocks.Count; i++)
            {
                text.Append('\n').Append(DateText.Time(plan.Blocks[i].Start)).Append('–').Append(DateText.Time(plan.Blocks[i].End)).Append(' ').Append(blocks[i].Title);
            }
        }

        return text.ToString();
    }
}
