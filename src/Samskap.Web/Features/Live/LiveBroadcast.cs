using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Samskap.Web.Features.Live;

/// <summary>What the server tells phones, the wall and the projector. The event names are a contract.</summary>
public interface ILiveClient
{
    Task ContributionAdded(ContributionDto contribution);

    Task ContributionChanged(ContributionDto contribution);

    /// <summary>A participant deleted their own contribution.</summary>
    Task ContributionRemoved(Guid contributionId);

    Task ActivityChanged(ActivityDto activity);

    Task ResultsRevealed(Guid activityId, ResultsDto results);

    Task CountsChanged(CountsDto counts);

    /// <summary>Live mode ended: the code no longer works.</summary>
    Task LiveEnded();
}

/// <summary>The hub's groups: the wall of a session (presenter and members), and the phones in its room.</summary>
public static class LiveGroups
{
    public static string Wall(Guid sessionId) => $"wall:{sessionId}";

    public static string Room(Guid sessionId) => $"room:{sessionId}";
}

/// <summary>
/// Sends the room's changes to the hub's groups, on every node through the backplane when there is
/// one. A new idea goes out at once; counts and upvote totals, which change with every join and vote,
/// are gathered and sent at most a few times a second, so a room of thousands does not flood the wall.
/// </summary>
public sealed partial class LiveBroadcast(IHubContext<LiveHub, ILiveClient> hub, IServiceScopeFactory scopes, ILogger<LiveBroadcast> logger)
{
    /// <summary>
    /// How long changes are gathered before they are sent. A delay for batching, not a rule about time:
    /// it runs on the real clock even when a test has moved the app's.
    /// </summary>
    private static readonly TimeSpan _gather = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<Guid, Pending> _pending = new();

    /// <summary>A new or changed contribution. Ideas and words show on the wall at once; held ones and votes only in the counts.</summary>
    public void Contribution(Guid sessionId, Guid organizationId, LiveContribution contribution, bool changed)
    {
        if (contribution.Kind is ActivityKind.Ideas or ActivityKind.Words)
        {
            if (changed)
            {
                Schedule(sessionId, organizationId, pending => pending.Changed.Add(contribution.Id));
            }
            else if (contribution.IsOnWall)
            {
                Send(hub.Clients.Group(LiveGroups.Wall(sessionId)).ContributionAdded(LiveReads.Dto(contribution, 0)));
            }
        }

        CountsSoon(sessionId, organizationId);
    }

    public void ContributionChanged(Guid sessionId, Guid organizationId, Guid contributionId) =>
        Schedule(sessionId, organizationId, pending => pending.Changed.Add(contributionId));

    public void ContributionRemoved(Guid sessionId, Guid organizationId, LiveContribution contribution)
    {
        Send(hub.Clients.Group(LiveGroups.Wall(sessionId)).ContributionRemoved(contribution.Id));
        CountsSoon(sessionId, organizationId);
    }

    public void CountsSoon(Guid sessionId, Guid organizationId) => Schedule(sessionId, organizationId, pending => pending.Counts = true);

    public Task ActivityChangedAsync(Guid sessionId, ActivityDto activity) =>
        hub.Clients.Groups(LiveGroups.Wall(sessionId), LiveGroups.Room(sessionId)).ActivityChanged(activity);

    public Task ResultsRevealedAsync(Guid sessionId, ResultsDto results) =>
        hub.Clients.Groups(LiveGroups.Wall(sessionId), LiveGroups.Room(sessionId)).ResultsRevealed(results.ActivityId, results);

    public Task LiveEndedAsync(Guid sessionId) => hub.Clients.Groups(LiveGroups.Wall(sessionId), LiveGroups.Room(sessionId)).LiveEnded();

    private void Schedule(Guid sessionId, Guid organizationId, Action<Pending> add)
    {
        var pending = _pending.GetOrAdd(sessionId, _ => new Pending(organizationId));
        bool start;
        lock (pending)
        {
            add(pending);
            start = !pending.Scheduled;
            pending.Scheduled = true;
        }

        if (start)
        {
            _ = FlushLaterAsync(sessionId, pending);
        }
    }

    private async Task FlushLaterAsync(Guid sessionId, Pending pending)
    {
        await Task.Delay(_gather);
        Guid[] changed;
        bool counts;
        lock (pending)
        {
            changed = [.. pending.Changed];
            counts = pending.Counts;
            pending.Changed.Clear();
            pending.Counts = false;
            pending.Scheduled = false;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await LiveAccess.EnterAsync(scope, pending.OrganizationId);
            var reads = scope.ServiceProvider.GetRequiredService<LiveReads>();
            var wall = hub.Clients.Group(LiveGroups.Wall(sessionId));
            if (changed.Length > 0)
            {
                foreach (var contribution in await reads.ContributionsAsync(sessionId, changed, CancellationToken.None))
                {
                    if (contribution.Kind is "ideas" or "words")
                    {
                        await wall.ContributionChanged(contribution);
                    }
                }
            }

            if (counts)
            {
                await wall.CountsChanged(await reads.CountsAsync(sessionId, CancellationToken.None));
            }
        }
        catch (ObjectDisposedException)
        {
            // The app stopped while the changes were gathered: there is nobody left to tell.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next change sends fresh counts; a failed send must not take the room down.
            Log.GatheredNotSent(logger, exception);
        }
    }

    private void Send(Task sending) =>
        _ = sending.ContinueWith(
            task => Log.NotSent(logger, task.Exception),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Could not send the gathered live changes of a session.")]
        public static partial void GatheredNotSent(ILogger logger, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "Could not send a live change.")]
        public static partial void NotSent(ILogger logger, Exception? exception);
    }

    private sealed class Pending(Guid organizationId)
    {
        public Guid OrganizationId { get; } = organizationId;
        public HashSet<Guid> Changed { get; } = [];
        public bool Counts { get; set; }
        public bool Scheduled { get; set; }
    }
}
