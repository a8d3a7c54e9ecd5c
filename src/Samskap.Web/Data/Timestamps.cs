using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samskap.Web.Data;

/// <summary>A row that records when it was created; <see cref="TimestampInterceptor"/> sets it.</summary>
public interface IHasCreatedAt
{
    DateTime CreatedAt { get; set; }
}

/// <summary>A row that records when it last changed; <see cref="TimestampInterceptor"/> sets it.</summary>
public interface IHasUpdatedAt
{
    DateTime UpdatedAt { get; set; }
}

/// <summary>
/// The one place created and updated times are set, from the app's one clock. A created time
/// already given (an arranged test row, an imported record) is kept.
/// </summary>
public sealed class TimestampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Entity is IHasCreatedAt created && created.CreatedAt == default)
            {
                created.CreatedAt = now;
            }

            if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity is IHasUpdatedAt updated
                && (entry.State == EntityState.Modified || updated.UpdatedAt == default))
            {
                updated.UpdatedAt = now;
            }
        }
    }
}
