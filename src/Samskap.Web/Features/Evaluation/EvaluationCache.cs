using Microsoft.Extensions.Caching.Memory;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Evaluation;

/// <summary>
/// A project's evaluation, worked out once and kept under the project's data version and the
/// Norwegian day: a project of fifty sessions and twenty thousand contributions takes tens of
/// milliseconds to add up, and the page, the API and the report all read it. What the project's
/// rows change (decisions, partners, sessions, rounds, and the answers, which raise the version
/// themselves) shows at once, on every node. Live ideas and pulse answers do not raise the version
/// (a room writes many a second), so the figures they make are at most <see cref="LiveFresh"/> old.
/// </summary>
public sealed class EvaluationCache(IMemoryCache cache, TimeProvider clock)
{
    private sealed record Entry(EvaluationView View, DateTimeOffset LoadedAt);

    public static readonly TimeSpan LiveFresh = TimeSpan.FromSeconds(10);

    public async Task<EvaluationView> GetAsync(AppDbContext db, ProjectScope scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = (nameof(EvaluationCache), scope.Id, scope.DataVersion, scope.IsArchived, NorwegianTime.Today(clock));
        // Freshness is judged by the app's one clock, so a test can move it; the cache's own expiry only frees the memory.
        if (cache.TryGetValue(key, out Entry? cached) && cached is not null && now - cached.LoadedAt < LiveFresh)
        {
            return cached.View;
        }

        var loaded = await ProjectEvaluation.LoadAsync(db, scope, clock, cancellationToken);
        cache.Set(key, new Entry(loaded, now), new MemoryCacheEntryOptions { SlidingExpiration = ProjectSectionCache.Idle, Size = 1 });
        return loaded;
    }
}
