using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Readiness;

public sealed record RoundSummary(ReadinessRound Round, RoundState State, ReadinessTally Tally);

/// <summary>The latest round of a project that has a result, as Veivalg and the project page need it.</summary>
public sealed record LatestReadiness(Guid RoundId, int RoundNumber, ReadinessVerdict Verdict, IReadOnlyList<string> RedPrerequisites)
{
    public bool AnyRedPrerequisite => RedPrerequisites.Count > 0;
}

/// <summary>Reads a project's rounds and their tallies; every query stays inside the current organisation.</summary>
public static class ProjectReadiness
{
    /// <summary>Compiled, because the overview asks for the rounds on every visit.</summary>
    private static readonly SectionQueries<Func<AppDbContext, Guid, IAsyncEnumerable<ReadinessRound>>> _rounds = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, ReadinessRound>((db, projectId) => db.Set<ReadinessRound>().AsNoTracking()
            .Where(r => r.ProjectId == projectId)
            .OrderBy(r => r.Number)));

    /// <summary>The project's rounds, oldest first, each with its tally.</summary>
    public static async Task<IReadOnlyList<RoundSummary>> RoundsAsync(AppDbContext db, Guid projectId, DateOnly today, CancellationToken cancellationToken)
    {
        var rounds = await _rounds.For(db)(db, projectId).ToListAsync(cancellationToken);
        if (rounds.Count == 0)
        {
            return [];
        }

        var roundIds = rounds.Select(r => r.Id).ToList();
        var responses = await db.ReadinessResponses.AsNoTracking()
            .Where(r => roundIds.Contains(r.RoundId))
            .Select(r => new { r.RoundId, r.Answers })
            .ToListAsync(cancellationToken);
        return rounds.Select(round => new RoundSummary(
                round,
                round.StateOn(today),
                ReadinessTally.Of(responses.Where(r => r.RoundId == round.Id).Select(r => ReadinessAnswers.Known(r.Answers)))))
            .ToList();
    }

    /// <summary>The newest round with enough answers for a result; null when there is none.</summary>
    public static async Task<LatestReadiness?> LatestAsync(AppDbContext db, Guid projectId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rounds = await RoundsAsync(db, projectId, NorwegianTime.Today(clock), cancellationToken);
        return rounds.LastOrDefault(r => r.Tally.Result is not null) is { } latest
            ? new LatestReadiness(
                latest.Round.Id,
                latest.Round.Number,
                latest.Tally.Result!.Verdict,
                latest.Tally.Result.Prerequisites.Where(p => p.Status == ReadinessStatus.Red).Select(p => p.Id).ToList())
            : null;
    }
}
