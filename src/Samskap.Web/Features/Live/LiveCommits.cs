using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Live;

/// <summary>
/// Commits new ideas together: when a room sends hundreds at once, one transaction stores all that
/// have come in while the last one was being written, instead of one transaction each fighting for
/// the database's write lock. Each caller is answered only after the commit that holds its idea, so
/// an acknowledged idea is stored. An operation id that is already stored, or that comes twice in one
/// batch, is not written again: its caller is told, and answers the first result.
/// </summary>
public sealed partial class LiveCommits(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LiveCommits> logger) : BackgroundService
{
    /// <summary>Bounds one transaction, so that a long queue is written in steps and the first callers hear back soon.</summary>
    private const int MaxBatch = 500;


    private readonly Channel<PendingCommit> _queue = Channel.CreateUnbounded<PendingCommit>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>True once the idea and its operation are committed; false when the operation id was stored before (by another call or node).</summary>
    public Task<bool> AddAsync(LiveContribution contribution, LiveOperation operation)
    {
        var pending = new PendingCommit(contribution, operation);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("Live commits are closed: the app is stopping.");
        }

        return pending.Done.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // What is queued is still written before the app stops; nothing new is taken.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingCommit>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            foreach (var organization in batch.GroupBy(p => p.Operation.OrganizationId))
            {
                var items = organization.ToList();
                try
                {
                    await CommitAsync(organization.Key, items);
                }
                catch (Exception exception)
                {
                    Log.BatchFailed(logger, items.Count, exception);
                    foreach (var item in items)
                    {
                        item.Done.TrySetException(exception);
                    }
                }
            }

            batch.Clear();
        }
    }

    private async Task CommitAsync(Guid organizationId, List<PendingCommit> items)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = await LiveAccess.EnterAsync(scope, organizationId);
        var (fresh, known) = await SplitAsync(db, items);
        try
        {
            await WriteAsync(db, fresh);
        }
        catch (DbException) when (fresh.Count > 1)
        {
            // Another node stored one of these ids in the meantime: one at a time, so that only that one is turned away.
            foreach (var item in fresh)
            {
                await CommitOneAsync(organizationId, item);
            }

            fresh = [];
        }
        catch (DbException)
        {
            known.AddRange(fresh);
            fresh = [];
        }

        foreach (var item in fresh)
        {
            item.Done.TrySetResult(true);
        }

        foreach (var item in known)
        {
            item.Done.TrySetResult(false);
        }
    }

    private async Task CommitOneAsync(Guid organizationId, PendingCommit item)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = await LiveAccess.EnterAsync(scope, organizationId);
        try
        {
            await WriteAsync(db, [item]);
            item.Done.TrySetResult(true);
        }
        catch (DbException)
        {
            item.Done.TrySetResult(false);
        }
    }

    /// <summary>The ideas and their operations in one transaction, written with one prepared statement per table.</summary>
    private async Task WriteAsync(AppDbContext db, List<PendingCommit> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in items)
        {
            item.Contribution.CreatedAt = item.Contribution.UpdatedAt = item.Operation.CreatedAt = now;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await PreparedInsert.InsertAsync(db, items.ConvertAll(i => i.Contribution), CancellationToken.None);
        await PreparedInsert.InsertAsync(db, items.ConvertAll(i => i.Operation), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>The items to write, and those whose operation id is stored already or came earlier in the batch.</summary>
    private static async Task<(List<PendingCommit> Fresh, List<PendingCommit> Known)> SplitAsync(AppDbContext db, List<PendingCommit> items)
    {
        var sessions = items.Select(i => i.Operation.SessionId).Distinct().ToList();
        var ids = items.Select(i => i.Operation.ClientOperationId).Distinct(StringComparer.Ordinal).ToList();
        var stored = (await db.LiveOperations.AsNoTracking()
                .Where(o => sessions.Contains(o.SessionId) && ids.Contains(o.ClientOperationId))
                .Select(o => new { o.SessionId, o.ClientOperationId })
                .ToListAsync(CancellationToken.None))
            .Select(o => (o.SessionId, o.ClientOperationId))
            .ToHashSet();
        var fresh = new List<PendingCommit>(items.Count);
        var known = new List<PendingCommit>();
        foreach (var item in items)
        {
            (stored.Add((item.Operation.SessionId, item.Operation.ClientOperationId)) ? fresh : known).Add(item);
        }

        return (fresh, known);
    }

    private sealed class PendingCommit(LiveContribution contribution, LiveOperation operation)
    {
        public LiveContribution Contribution { get; } = contribution;
        public LiveOperation Operation { get; } = operation;

        // The caller's await must not run on this loop's thread, holding up the next batch.
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Could not commit a batch of {Count} live ideas.")]
        public static partial void BatchFailed(ILogger logger, int count, Exception exception);
    }
}
