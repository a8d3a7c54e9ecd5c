using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Sessions;

namespace Samskap.Web.Features.Live;

/// <summary>The live room of a session as its facilitator sees it: the code and the presenter link.</summary>
public sealed record LiveRoomView(Guid RoomId, string Code, string PresenterToken);

/// <summary>
/// What the facilitator does in live mode: start and end it, add, open, close and reveal
/// activities, and moderate the wall. The caller has already been found to be one who may edit the
/// session's project.
/// </summary>
public sealed class LiveFacilitation(AppDbContext db, LiveReads reads, LiveBroadcast broadcast, LiveHotReads hot, IDataProtectionProvider protection, TimeProvider clock)
{
    public const int MaxActivitiesPerSession = 100;

    /// <summary>The presenter secret is kept protected as well as hashed, so the facilitator's page can always show the link again.</summary>
    private readonly IDataProtector _presenter = protection.CreateProtector("Samskap.Live.Presenter");

    public async Task<LiveRoomView?> RoomAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var room = await db.LiveRooms.AsNoTracking()
            .Where(r => r.OrganizationId == db.CurrentOrganizationId && r.SessionId == sessionId && r.EndedAt == null)
            .FirstOrDefaultAsync(cancellationToken);
        return room is null ? null : new LiveRoomView(room.Id, room.Code, _presenter.Unprotect(room.PresenterTokenProtected));
    }

    /// <summary>Starts live mode on a planned session; a session already live keeps its room, so a second click changes nothing.</summary>
    public async Task<LiveOutcome<LiveRoomView>> StartAsync(Session session, string userId, CancellationToken cancellationToken)
    {
        if (await RoomAsync(session.Id, cancellationToken) is { } live)
        {
            return live;
        }

        if (session.Status != SessionStatus.Planned)
        {
            return new LiveRefusal("status", LiveReasons.SessionNotPlanned);
        }

        for (var attempt = 0; ; attempt++)
        {
            var presenter = LiveSecrets.NewPresenterToken();
            var room = new LiveRoom
            {
                OrganizationId = session.OrganizationId,
                ProjectId = session.ProjectId,
                SessionId = session.Id,
                Code = LiveSecrets.NewCode(),
                PresenterTokenHash = LiveSecrets.Hash(presenter),
                PresenterTokenProtected = _presenter.Protect(presenter),
                StartedByUserId = userId,
            };
            db.LiveRooms.Add(room);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new LiveRoomView(room.Id, room.Code, presenter);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A code already used (one in 887 million per room), or a second start that won the race.
                db.ChangeTracker.Clear();
                if (await RoomAsync(session.Id, cancellationToken) is { } other)
                {
                    return other;
                }
            }
        }
    }

    /// <summary>Ends live mode: the code and the presenter link stop working, open activities close, and the session counts as held.</summary>
    public async Task<bool> EndAsync(Session session, CancellationToken cancellationToken)
    {
        var rooms = await db.LiveRooms.Where(r => r.OrganizationId == db.CurrentOrganizationId && r.SessionId == session.Id && r.EndedAt == null).ToListAsync(cancellationToken);
        if (rooms.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var room in rooms)
        {
            room.EndedAt = now;
        }

        var closed = await db.LiveActivities.Where(a => a.SessionId == session.Id && a.State == ActivityState.Open).ToListAsync(cancellationToken);
        foreach (var activity in closed)
        {
            activity.State = ActivityState.Closed;
        }

        if (session.Status == SessionStatus.Planned)
        {
            session.Status = SessionStatus.Held;
            session.Changed();
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var room in rooms)
        {
            hot.RoomEnded(room.Id);
        }

        foreach (var activity in closed)
        {
            hot.ActivityChanged(activity.Id);
        }

        await broadcast.LiveEndedAsync(session.Id);
        return true;
    }

    /// <summary>Makes a new presenter link; the old one stops working, and a projector showing it is told so.</summary>
    public async Task<string?> RenewPresenterAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var room = await db.LiveRooms.FirstOrDefaultAsync(r => r.OrganizationId == db.CurrentOrganizationId && r.SessionId == sessionId && r.EndedAt == null, cancellationToken);
        if (room is null)
        {
            return null;
        }

        var presenter = LiveSecrets.NewPresenterToken();
        room.PresenterTokenHash = LiveSecrets.Hash(presenter);
        room.PresenterTokenProtected = _presenter.Protect(presenter);
        await db.SaveChangesAsync(cancellationToken);
        return presenter;
    }

    public async Task<LiveOutcome<LiveActivity>> AddActivityAsync(
        Session session, ActivityKind kind, string? title, IReadOnlyList<string?>? options, int? dots, IReadOnlyList<string?>? categories, Guid? sourceActivityId, Guid? blockId, CancellationToken cancellationToken)
    {
        if (sourceActivityId is { } source && (kind != ActivityKind.Dots
            || !await db.LiveActivities.AnyAsync(a => a.Id == source && a.SessionId == session.Id && a.Kind == ActivityKind.Ideas, cancellationToken)))
        {
            return new LiveRefusal("sourceActivityId", LiveReasons.SourceActivity);
        }

        if (LiveContributionRules.CheckActivity(kind, title, options, dots, categories, sourceActivityId is not null, out var draft) is { } invalid)
        {
            return invalid;
        }

        var count = await db.LiveActivities.CountAsync(a => a.SessionId == session.Id, cancellationToken);
        if (count >= MaxActivitiesPerSession)
        {
            return new LiveRefusal("activities", LiveReasons.OptionsCount);
        }

        var activity = new LiveActivity
        {
            OrganizationId = session.OrganizationId,
            ProjectId = session.ProjectId,
            SessionId = session.Id,
            Position = count,
            Kind = draft.Kind,
            Title = draft.Title,
            Options = [.. draft.Options],
            Categories = [.. draft.Categories],
            Dots = draft.Dots,
            SourceActivityId = sourceActivityId,
            BlockId = blockId,
        };
        db.LiveActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        await broadcast.ActivityChangedAsync(session.Id, LiveReads.Dto(activity));
        return activity;
    }

    public Task<LiveActivity?> ActivityAsync(Guid sessionId, Guid activityId, CancellationToken cancellationToken) =>
        db.LiveActivities.FirstOrDefaultAsync(a => a.Id == activityId && a.SessionId == sessionId, cancellationToken);

    /// <summary>Opens an activity for the room; only while the session is live.</summary>
    public async Task<LiveRefusal?> OpenAsync(LiveActivity activity, CancellationToken cancellationToken)
    {
        if (await RoomAsync(activity.SessionId, cancellationToken) is null)
        {
            return new LiveRefusal("live", LiveReasons.NotLive);
        }

        await ChangeAsync(activity, a => a.State = ActivityState.Open, cancellationToken);
        return null;
    }

    public Task CloseAsync(LiveActivity activity, CancellationToken cancellationToken) =>
        ChangeAsync(activity, a => a.State = a.State == ActivityState.Ready ? ActivityState.Ready : ActivityState.Closed, cancellationToken);

    /// <summary>Shows the results of a vote, a rating or the pulse to the room and the projector.</summary>
    public async Task<ResultsDto> RevealAsync(LiveActivity activity, CancellationToken cancellationToken)
    {
        await ChangeAsync(activity, a => a.ResultsRevealed = true, cancellationToken);
        var results = await reads.ResultsAsync(activity, cancellationToken);
        await broadcast.ResultsRevealedAsync(activity.SessionId, results);
        return results;
    }

    public Task<LiveContribution?> ContributionAsync(Guid sessionId, Guid contributionId, CancellationToken cancellationToken) =>
        db.LiveContributions.FirstOrDefaultAsync(c => c.Id == contributionId && c.SessionId == sessionId, cancellationToken);

    public Task HideAsync(LiveContribution contribution, bool hidden, CancellationToken cancellationToken) =>
        ModerateAsync(contribution, c => c.Hidden = hidden, cancellationToken);

    public Task PinAsync(LiveContribution contribution, bool pinned, CancellationToken cancellationToken) =>
        ModerateAsync(contribution, c => c.Pinned = pinned, cancellationToken);

    public Task MoveAsync(LiveContribution contribution, string? category, CancellationToken cancellationToken) =>
        ModerateAsync(contribution, c => c.Category = category, cancellationToken);

    /// <summary>
    /// Merges a duplicate into another idea of the same activity: it leaves the wall, and its upvotes
    /// count on the one it went into, as do those of any merged into it before.
    /// </summary>
    public async Task<LiveRefusal?> MergeAsync(LiveContribution duplicate, Guid intoId, CancellationToken cancellationToken)
    {
        var into = await ContributionAsync(duplicate.SessionId, intoId, cancellationToken);
        if (into is null || into.Id == duplicate.Id || into.ActivityId != duplicate.ActivityId || into.Kind != ActivityKind.Ideas || into.MergedIntoId is not null)
        {
            return new LiveRefusal("into", LiveReasons.MergeTarget);
        }

        var earlier = await db.LiveContributions.Where(c => c.MergedIntoId == duplicate.Id).ToListAsync(cancellationToken);
        foreach (var merged in earlier)
        {
            merged.MergedIntoId = into.Id;
        }

        duplicate.MergedIntoId = into.Id;
        await db.SaveChangesAsync(cancellationToken);
        broadcast.ContributionChanged(duplicate.SessionId, duplicate.OrganizationId, duplicate.Id);
        broadcast.ContributionChanged(duplicate.SessionId, duplicate.OrganizationId, into.Id);
        return null;
    }

    private async Task ChangeAsync(LiveActivity activity, Action<LiveActivity> change, CancellationToken cancellationToken)
    {
        change(activity);
        await db.SaveChangesAsync(cancellationToken);
        hot.ActivityChanged(activity.Id);
        var source = activity.SourceActivityId is { } ideas ? await reads.IdeaTargetsAsync(ideas, cancellationToken) : null;
        await broadcast.ActivityChangedAsync(activity.SessionId, LiveReads.Dto(activity, source));
    }

    private async Task ModerateAsync(LiveContribution contribution, Action<LiveContribution> change, CancellationToken cancellationToken)
    {
        change(contribution);
        await db.SaveChangesAsync(cancellationToken);
        broadcast.ContributionChanged(contribution.SessionId, contribution.OrganizationId, contribution.Id);
    }
}
