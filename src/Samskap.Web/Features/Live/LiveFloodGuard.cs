using System.Net;
using System.Threading.RateLimiting;

namespace Samskap.Web.Features.Live;

/// <summary>
/// Two limits of live mode, kept in memory on each node. A phone's token may send a burst (say, an
/// outbox replayed after a tunnel) and then a steady pace. An address that keeps typing wrong join
/// codes is stopped for a while; joins that succeed do not count, so a whole room on one network
/// joins freely.
/// </summary>
public sealed class LiveFloodGuard : IDisposable
{
    public const int DefaultBurstPerToken = 30;
    public const int DefaultPerTokenPerMinute = 60;
    public const int DefaultFailedJoinsPerAddress = 10;

    /// <summary>The window in which wrong codes from one address are counted.</summary>
    public static readonly TimeSpan FailedJoinWindow = TimeSpan.FromMinutes(10);

    private readonly PartitionedRateLimiter<Guid> _tokens;
    private readonly PartitionedRateLimiter<IPAddress> _failedJoins;

    public LiveFloodGuard(IConfiguration configuration)
    {
        var burst = Math.Max(1, configuration.GetValue("RateLimiting:LiveBurstPerToken", DefaultBurstPerToken));
        var perMinute = Math.Max(1, configuration.GetValue("RateLimiting:LivePerTokenPerMinute", DefaultPerTokenPerMinute));
        var failedJoins = Math.Max(1, configuration.GetValue("RateLimiting:LiveFailedJoinsPerAddress", DefaultFailedJoinsPerAddress));
        _tokens = PartitionedRateLimiter.Create<Guid, Guid>(participant => RateLimitPartition.GetTokenBucketLimiter(participant, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = Math.Max(1, perMinute / 6),
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        _failedJoins = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = failedJoins,
            Window = FailedJoinWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>Takes one operation from the participant's allowance; false when they send too fast.</summary>
    public bool TryOperation(Guid participantId)
    {
        using var lease = _tokens.AttemptAcquire(participantId);
        return lease.IsAcquired;
    }

    /// <summary>Whether the address may try a code now: it has wrong tries left in this window.</summary>
    public bool MayTryCode(IPAddress? address)
    {
        using var lease = _failedJoins.AttemptAcquire(address ?? IPAddress.None, 0);
        return lease.IsAcquired;
    }

    /// <summary>Counts a wrong or ended code against the address.</summary>
    public void WrongCode(IPAddress? address) => _failedJoins.AttemptAcquire(address ?? IPAddress.None).Dispose();

    public void Dispose()
    {
        _tokens.Dispose();
        _failedJoins.Dispose();
    }
}
