using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Samskap.Web.Features.Organizations;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>
/// A signed-in person's memberships, kept in memory for a short while so that every request does
/// not ask the database again. Any saved change to a membership or an organisation on this node
/// makes every cached entry stale at once; on other nodes an entry lives at most <see cref="Lifetime"/>.
/// </summary>
public sealed class MembershipCache(IMemoryCache cache)
{
    /// <summary>How long another node may go on using a membership that has changed.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private long _generation;

    public async Task<IReadOnlyList<MembershipSummary>> GetAsync(
        string userId, Func<CancellationToken, Task<List<MembershipSummary>>> load, CancellationToken cancellationToken)
    {
        // The generation is read before loading: a change saved while this load runs leaves the
        // result under an old key, never under the new one.
        var key = (nameof(MembershipCache), Interlocked.Read(ref _generation), userId);
        if (cache.TryGetValue(key, out IReadOnlyList<MembershipSummary>? cached) && cached is not null)
        {
            return cached;
        }

        var loaded = await load(cancellationToken);
        cache.Set(key, (IReadOnlyList<MembershipSummary>)loaded, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return loaded;
    }

    /// <summary>Makes every cached entry stale.</summary>
    public void ForgetAll() => Interlocked.Increment(ref _generation);
}

/// <summary>Tells the cache when a membership or an organisation has been saved, whichever page or command saved it.</summary>
public sealed class MembershipChangeInterceptor(MembershipCache cache) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetIfChanged(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetIfChanged(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // After saving, the change tracker no longer says what was added or deleted, so it is noted before.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _pending = [];

    private static void Remember(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries()
                .Any(entry => entry.Entity is Membership or Organization && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _pending.AddOrUpdate(context, true);
        }
    }

    private void ForgetIfChanged(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            cache.ForgetAll();
        }
    }
}
