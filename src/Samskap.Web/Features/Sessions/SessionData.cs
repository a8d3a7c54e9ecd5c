using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>One block on the clock, with the names the agenda shows beside it.</summary>
public sealed record AgendaBlockView(AgendaBlock Block, int Number, DateTimeOffset Start, DateTimeOffset End, string? MethodName, string? LeadName);

/// <summary>
/// A session's agenda as the page, its live updates and the script show it: each block's clock
/// times, the total against the session's length, and the warnings, worded.
/// </summary>
public sealed record AgendaView(
    Guid ProjectId,
    Session Session,
    IReadOnlyList<AgendaBlockView> Blocks,
    AgendaPlan Plan,
    IReadOnlyList<PlanWarningDto> Warnings,
    Venue? Venue,
    IReadOnlyDictionary<string, string> People,
    IReadOnlyList<Choice> PersonChoices,
    bool CanEdit)
{
    /// <summary>Said through the live region after a change: "«Pause» is now number 3 of 8".</summary>
    public string? Announcement { get; init; }

    /// <summary>The refusal when someone else changed the agenda first.</summary>
    public string? Conflict { get; init; }
}

/// <summary>
/// What an agenda is shown from: the session, its blocks in order and the project's people, with the
/// session's venue and the organisation's own methods (which raise the project's data version too).
/// </summary>
public sealed record AgendaRows(
    Session Session,
    IReadOnlyList<AgendaBlock> Blocks,
    IReadOnlyList<ProjectPersonView> People,
    Venue? Venue,
    IReadOnlyList<OrganizationMethod> OwnMethods);

/// <summary>Reads a session, its agenda and what it may refer to.</summary>
public static class SessionData
{
    public static async Task<SessionContext> ContextAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var phases = await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken);
        var people = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        var venues = await db.Venues.AsNoTracking().Select(v => v.Id).ToListAsync(cancellationToken);
        return new SessionContext(
            phases.Select(p => p.Id).ToHashSet(),
            people.Select(p => p.Id).ToHashSet(),
            venues.ToHashSet(),
            [.. PartnershipWords.PartnerKinds.Select(PartnershipWords.Word)]);
    }

    public static async Task<BlockContext> BlockContextAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var people = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        var own = await MethodCatalog.OwnIdsAsync(db, cancellationToken);
        return new BlockContext(id => MethodLibrary.IsBuiltIn(id) || own.Contains(id), people.Select(p => p.Id).ToHashSet());
    }

    /// <summary>The project's session, tracked, for a change to it.</summary>
    public static Task<Session?> FindAsync(AppDbContext db, Guid projectId, Guid sessionId, CancellationToken cancellationToken) =>
        InProject(db.Sessions, projectId, sessionId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The project's session, only to be shown: not tracked.</summary>
    public static Task<Session?> ReadAsync(AppDbContext db, Guid projectId, Guid sessionId, CancellationToken cancellationToken) =>
        InProject(db.Sessions.AsNoTracking(), projectId, sessionId).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<Session> InProject(IQueryable<Session> sessions, Guid projectId, Guid sessionId) =>
        sessions.Where(s => s.Id == sessionId && s.ProjectId == projectId);

    /// <summary>The blocks in order, tracked, for a change to them.</summary>
    public static Task<List<AgendaBlock>> BlocksAsync(AppDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.AgendaBlocks.Where(b => b.SessionId == sessionId).OrderBy(b => b.Position).ToListAsync(cancellationToken);

    /// <summary>The blocks in order, only to be shown: not tracked, which a sixty-block agenda notices.</summary>
    public static Task<List<AgendaBlock>> ReadBlocksAsync(AppDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.AgendaBlocks.AsNoTracking().Where(b => b.SessionId == sessionId).OrderBy(b => b.Position).ToListAsync(cancellationToken);

    /// <summary>The agenda laid out on the clock, checked by the agenda and venue rules.</summary>
    public static AgendaPlan Plan(Session session, IReadOnlyList<AgendaBlock> blocks) =>
        AgendaRules.Plan(session.Date, session.Start, session.End, [.. blocks.Select(b => new AgendaBlockTiming(b.Minutes, b.IsBreak, b.RelationBuilding))]);

    public static IReadOnlyList<AgendaWarning> Warnings(Session session, AgendaPlan plan, Venue? venue) =>
        SessionWarnings.For(plan, SessionRules.ExpectedTotal(session.Expected), venue is null ? null : new VenueFacts(venue.Capacity, VenueChecklist.IsFullyChecked(venue.Checklist)));

    public static async Task<AgendaRows> RowsAsync(AppDbContext db, ProjectScope scope, Session session, CancellationToken cancellationToken) =>
        new(
            session,
            await ReadBlocksAsync(db, session.Id, cancellationToken),
            await ProjectPeople.ListAsync(db, scope, cancellationToken),
            session.VenueId is { } venueId ? await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken) : null,
            await MethodCatalog.OwnAsync(db, cancellationToken));

    public static async Task<AgendaView> AgendaAsync(
        AppDbContext db, ProjectScope scope, Session session, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken) =>
        Agenda(scope, await RowsAsync(db, scope, session, cancellationToken), sessionsText);

    /// <summary>The agenda laid out, checked and worded from its rows.</summary>
    public static AgendaView Agenda(ProjectScope scope, AgendaRows rows, IStringLocalizer<SessionsText> sessionsText)
    {
        var (session, blocks, persons, venue, own) = rows;
        var people = persons.ToDictionary(p => p.Id, p => p.Name);
        var methods = MethodCatalog.Names(blocks.Select(b => b.MethodId), own, Cultures.Current);
        var plan = Plan(session, blocks);
        var views = blocks.Select((b, i) => new AgendaBlockView(
            b,
            i + 1,
            plan.Blocks[i].Start,
            plan.Blocks[i].End,
            b.MethodId is { } method ? methods.GetValueOrDefault(method) : null,
            b.LeadUserId is { } lead ? people.GetValueOrDefault(lead) : null)).ToList();
        return new AgendaView(scope.Id, session, views, plan, SessionsApi.Worded(Warnings(session, plan, venue), sessionsText), venue, people,
            [.. persons.Select(p => new Choice(p.Id, p.Name))], scope.CanEdit);
    }
}
