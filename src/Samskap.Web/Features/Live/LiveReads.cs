using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Live;

/// <summary>The room's rows as phones, the wall and the API read them.</summary>
public sealed class LiveReads(AppDbContext db)
{
    public static ActivityDto Dto(LiveActivity activity, IReadOnlyList<OptionDto>? ideaTargets = null) => new(
        activity.Id,
        LiveWords.Word(activity.Kind),
        activity.Title,
        LiveWords.Word(activity.State),
        activity.ResultsRevealed,
        activity.Kind is ActivityKind.Rating or ActivityKind.Dots
            ? ideaTargets ?? [.. activity.Options.Select((text, i) => new OptionDto(LiveContributionRules.OptionId(i), text))]
            : null,
        activity.Dots,
        activity.Kind == ActivityKind.Ideas ? activity.Categories : null,
        activity.SourceActivityId);

    /// <summary>The session's activities in order; phones see only those opened at least once.</summary>
    public async Task<IReadOnlyList<ActivityDto>> ActivitiesAsync(Guid sessionId, bool includeReady, CancellationToken cancellationToken)
    {
        var activities = await db.LiveActivities.AsNoTracking()
            .Where(a => a.SessionId == sessionId && (includeReady || a.State != ActivityState.Ready))
            .OrderBy(a => a.Position)
            .ToListAsync(cancellationToken);
        var list = new List<ActivityDto>(activities.Count);
        foreach (var activity in activities)
        {
            list.Add(Dto(activity, activity.SourceActivityId is { } source ? await IdeaTargetsAsync(source, cancellationToken) : null));
        }

        return list;
    }

    /// <summary>The ideas a dot vote goes over: those on the wall, in the order given.</summary>
    /// <remarks>The id is written here, not in SQL: SQLite keeps a Guid as capital text, the phone sends it in small letters.</remarks>
    public async Task<IReadOnlyList<OptionDto>> IdeaTargetsAsync(Guid ideasActivityId, CancellationToken cancellationToken) =>
        [.. (await db.LiveContributions.AsNoTracking()
            .Where(c => c.ActivityId == ideasActivityId && !c.Held && !c.Hidden && c.MergedIntoId == null)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Text })
            .ToListAsync(cancellationToken))
            .Select(c => new OptionDto(c.Id.ToString(), c.Text ?? ""))];

    /// <summary>Every contribution of the session with its upvotes (a merged idea's votes count in the one it went into).</summary>
    public async Task<IReadOnlyList<ContributionDto>> ContributionsAsync(Guid sessionId, Guid? activityId, bool onlyOnWall, CancellationToken cancellationToken)
    {
        var rows = await db.LiveContributions.AsNoTracking()
            .Where(c => c.SessionId == sessionId && (activityId == null || c.ActivityId == activityId))
            .Where(c => !onlyOnWall || (!c.Held && !c.Hidden && c.MergedIntoId == null))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var votes = await UpvotesAsync(sessionId, cancellationToken);
        return [.. rows.Select(c => Dto(c, votes.GetValueOrDefault(c.Id)))];
    }

    /// <summary>The given contributions of the session as they are now, for a batch of changes to send.</summary>
    public async Task<IReadOnlyList<ContributionDto>> ContributionsAsync(Guid sessionId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.LiveContributions.AsNoTracking().Where(c => c.SessionId == sessionId && ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var votes = await UpvotesAsync(sessionId, cancellationToken);
        return [.. rows.Select(c => Dto(c, votes.GetValueOrDefault(c.Id)))];
    }

    /// <summary>Upvotes per idea, with those of merged duplicates added to the idea they went into.</summary>
    public async Task<Dictionary<Guid, int>> UpvotesAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var direct = await db.LiveUpvotes.AsNoTracking()
            .Where(u => u.SessionId == sessionId)
            .GroupBy(u => u.ContributionId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (direct.Count == 0)
        {
            return direct;
        }

        var merged = await db.LiveContributions.AsNoTracking()
            .Where(c => c.SessionId == sessionId && c.MergedIntoId != null)
            .Select(c => new { c.Id, Into = c.MergedIntoId!.Value })
            .ToListAsync(cancellationToken);
        var totals = new Dictionary<Guid, int>(direct);
        foreach (var duplicate in merged)
        {
            if (direct.TryGetValue(duplicate.Id, out var count))
            {
                totals[duplicate.Into] = totals.GetValueOrDefault(duplicate.Into) + count;
            }
        }

        return totals;
    }

    public static ContributionDto Dto(LiveContribution c, int upvotes) => new(
        c.Id,
        c.ActivityId,
        LiveWords.Word(c.Kind),
        c.Held || c.Kind is ActivityKind.Dots or ActivityKind.Rating ? null : c.Text,
        c.Category,
        upvotes,
        c.ParticipantKind ?? LiveWords.NotSaid,
        DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc),
        c.Kind == ActivityKind.Words && !c.Held ? c.Words : null,
        c.Pinned,
        c.Held,
        c.Hidden,
        c.MergedIntoId);

    /// <summary>A phone's own contributions in the session, with what was held back and why.</summary>
    public async Task<IReadOnlyList<OwnContributionDto>> OwnAsync(LiveGuest guest, PersonalDataHold hold, CancellationToken cancellationToken) =>
        [.. (await db.LiveContributions.AsNoTracking()
            .Where(c => c.SessionId == guest.SessionId && c.ParticipantId == guest.ParticipantId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken))
            .Select(c => new OwnContributionDto(
                c.Id, c.ActivityId, LiveWords.Word(c.Kind), c.Text, c.Category,
                c.Kind == ActivityKind.Words ? c.Words : null,
                c.Kind is ActivityKind.Dots or ActivityKind.Rating or ActivityKind.Pulse ? c.Values : null,
                c.Held,
                c.Held ? [.. hold.Find(c.Text).Concat(c.Words.SelectMany(w => hold.Find(w))).Distinct(StringComparer.Ordinal)] : []))];

    /// <summary>Who is in the room and what they gave, per participant kind.</summary>
    public async Task<CountsDto> CountsAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var people = await db.LiveParticipants.AsNoTracking()
            .Where(p => p.SessionId == sessionId)
            .GroupBy(p => p.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var given = await db.LiveContributions.AsNoTracking()
            .Where(c => c.SessionId == sessionId)
            .GroupBy(c => new { c.ParticipantKind, c.Held })
            .Select(g => new { g.Key.ParticipantKind, g.Key.Held, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byKind = new SortedDictionary<string, KindCountDto>(StringComparer.Ordinal);
        foreach (var group in people)
        {
            var kind = group.Kind ?? LiveWords.NotSaid;
            byKind[kind] = new KindCountDto(group.Count, byKind.GetValueOrDefault(kind)?.Contributions ?? 0);
        }

        foreach (var group in given)
        {
            var kind = group.ParticipantKind ?? LiveWords.NotSaid;
            var current = byKind.GetValueOrDefault(kind) ?? new KindCountDto(0, 0);
            byKind[kind] = current with { Contributions = current.Contributions + group.Count };
        }

        return new CountsDto(people.Sum(p => p.Count), given.Sum(g => g.Count), given.Where(g => g.Held).Sum(g => g.Count), byKind);
    }

    /// <summary>The results of the session's activities that <paramref name="shown"/> picks, from one read of the activities.</summary>
    public async Task<IReadOnlyDictionary<Guid, ResultsDto>> ResultsAsync(Guid sessionId, Func<LiveActivity, bool> shown, CancellationToken cancellationToken)
    {
        var results = new Dictionary<Guid, ResultsDto>();
        foreach (var activity in (await db.LiveActivities.AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync(cancellationToken)).Where(shown))
        {
            results[activity.Id] = await ResultsAsync(activity, cancellationToken);
        }

        return results;
    }

    /// <summary>What the room sees of results: those revealed, and the word clouds, which grow as people answer.</summary>
    public static bool IsShownToTheRoom(LiveActivity activity) =>
        activity.State != ActivityState.Ready && (activity.ResultsRevealed || activity.Kind == ActivityKind.Words);

    /// <summary>An activity's results, added up from the latest answer of each person.</summary>
    public async Task<ResultsDto> ResultsAsync(LiveActivity activity, CancellationToken cancellationToken)
    {
        var rows = await db.LiveContributions.AsNoTracking()
            .Where(c => c.ActivityId == activity.Id && !c.Held)
            .Select(c => new { c.ParticipantId, c.Values, c.Words, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        var latest = rows.GroupBy(r => r.ParticipantId).Select(g => g.OrderByDescending(r => r.UpdatedAt).First()).ToList();
        var values = latest.Select(r => (IReadOnlyDictionary<string, int>)r.Values);
        return activity.Kind switch
        {
            ActivityKind.Dots => new ResultsDto(activity.Id, LiveWords.Word(activity.Kind), latest.Count, LiveResults.Dots(values), null, null),
            ActivityKind.Rating => new ResultsDto(activity.Id, LiveWords.Word(activity.Kind), latest.Count, null,
                LiveResults.Scale([.. activity.Options.Select((_, i) => LiveContributionRules.OptionId(i))], values), null),
            ActivityKind.Pulse => new ResultsDto(activity.Id, LiveWords.Word(activity.Kind), latest.Count, null, LiveResults.Scale(PulseStatements.Ids, values), null),
            ActivityKind.Words => new ResultsDto(activity.Id, LiveWords.Word(activity.Kind), rows.Count, null, null, LiveResults.Words(rows.Select(r => (IReadOnlyList<string>)r.Words))),
            _ => new ResultsDto(activity.Id, LiveWords.Word(activity.Kind), rows.Select(r => r.ParticipantId).Distinct().Count(), null, null, null),
        };
    }
}
