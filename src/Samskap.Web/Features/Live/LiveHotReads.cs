using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace Samskap.Web.Features.Live;

/// <summary>
/// The two reads every phone call makes, kept in memory so that a room of thousands sending at once
/// does not ask the database twice per idea: who a token belongs to, and the state of an activity.
/// A change made on this node (an activity opened or closed, live mode ended, a token replaced) takes
/// effect at once. One made on another node takes effect here within <see cref="ActivityFresh"/> for
/// an activity, and within <see cref="GuestFresh"/> for a token; since ending live mode also closes
/// its activities, a phone of an ended room can give nothing more after <see cref="ActivityFresh"/>.
/// </summary>
public sealed class LiveHotReads(IMemoryCache cache)
{
    /// <summary>A facilitator's open or close reaches every node's phones within this.</summary>
    public static readonly TimeSpan ActivityFresh = TimeSpan.FromSeconds(1);

    /// <summary>A phone sends a few times a minute at most; its token is looked up again after this.</summary>
    public static readonly TimeSpan GuestFresh = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _rooms = new();

    public Task<LiveGuest?> GuestAsync(string tokenHash, Func<Task<LiveGuest?>> load) =>
        GetOrLoadAsync(GuestKey(tokenHash), load, guest => Remember(tokenHash, guest));

    /// <summary>A token just given out at a join, so that the phone's first calls need no lookup.</summary>
    public void Remember(string tokenHash, LiveGuest guest)
    {
        var room = _rooms.GetOrAdd(guest.RoomId, _ => new CancellationTokenSource());
        using var entry = cache.CreateEntry(GuestKey(tokenHash));
        entry.Value = guest;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = GuestFresh;
        entry.AddExpirationToken(new CancellationChangeToken(room.Token));
    }

    public Task<LiveActivity?> ActivityAsync(Guid activityId, Func<Task<LiveActivity?>> load) =>
        GetOrLoadAsync(ActivityKey(activityId), load, activity =>
            cache.Set(ActivityKey(activityId), activity, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = ActivityFresh, Size = 1 }));

    public void ActivityChanged(Guid activityId) => cache.Remove(ActivityKey(activityId));

    /// <summary>A token that was replaced by a new one (the same join form posted twice).</summary>
    public void GuestReplaced(string tokenHash) => cache.Remove(GuestKey(tokenHash));

    /// <summary>Live mode ended: no token of the room works any more.</summary>
    public void RoomEnded(Guid roomId)
    {
        if (_rooms.TryRemove(roomId, out var room))
        {
            // Not disposed: a call that took the source just before may still ask for its token.
            room.Cancel();
        }
    }

    private static (string, string, string) GuestKey(string tokenHash) => (nameof(LiveHotReads), "guest", tokenHash);

    private static (string, string, Guid) ActivityKey(Guid activityId) => (nameof(LiveHotReads), "activity", activityId);

    /// <summary>The kept value, or the loaded one, which is kept when there is one (a miss is asked again next time).</summary>
    private async Task<T?> GetOrLoadAsync<T>(object key, Func<Task<T?>> load, Action<T> keep)
        where T : class
    {
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var loaded = await load();
        if (loaded is not null)
        {
            keep(loaded);
        }

        return loaded;
    }
}
