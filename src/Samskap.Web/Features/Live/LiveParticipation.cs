using System.Net;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Sessions;

namespace Samskap.Web.Features.Live;

/// <summary>
/// What a phone does in a room: join, take part in the open activities, and change or delete its
/// own contributions. Every change carries the phone's operation id and is stored with it in the
/// same commit, so a replay answers the first result and nothing is done twice. The answer goes back
/// only after the commit.
/// </summary>
public sealed class LiveParticipation(
    AppDbContext db, LiveAccess access, LiveReads reads, PersonalDataHold hold, LiveBroadcast broadcast, LiveCaller caller, LiveFloodGuard guard, LiveHotReads hot, LiveCommits commits)
{
    /// <summary>
    /// Joins the room behind the code, for the hub and the join form alike. An address that has tried
    /// too many wrong codes is refused before any lookup, and a wrong code counts against it. A join
    /// form sends its own random key: posted twice (a double click), it gives the same participant a
    /// fresh token rather than a second participant.
    /// </summary>
    public async Task<LiveOutcome<JoinedDto>> JoinAsync(
        string? code, string? language, string? participantKind, IPAddress? address, CancellationToken cancellationToken, string? joinKey = null)
    {
        if (!guard.MayTryCode(address))
        {
            return new LiveRefusal("code", LiveReasons.TooFast);
        }

        if (!LiveWords.IsLanguage(language))
        {
            return new LiveRefusal("language", LiveReasons.LanguageUnknown);
        }

        if (!LiveWords.TryParticipantKind(participantKind, out var kind))
        {
            return new LiveRefusal("participantKind", LiveReasons.ParticipantKindUnknown);
        }

        var room = await access.RoomByCodeAsync(code, cancellationToken);
        if (room is null)
        {
            guard.WrongCode(address);
            return new LiveRefusal("code", LiveReasons.CodeUnknown);
        }

        var token = LiveSecrets.NewParticipantToken();
        var key = LiveSecrets.IsOperationId(joinKey) ? joinKey : null;
        var participant = key is null ? null : await db.LiveParticipants.FirstOrDefaultAsync(p => p.RoomId == room.Id && p.JoinKey == key, cancellationToken);
        if (participant is null)
        {
            participant = new LiveParticipant { OrganizationId = room.OrganizationId, RoomId = room.Id, SessionId = room.SessionId, JoinKey = key };
            db.LiveParticipants.Add(participant);
        }

        if (participant.TokenHash.Length > 0)
        {
            hot.GuestReplaced(participant.TokenHash);
        }

        participant.TokenHash = LiveSecrets.Hash(token);
        participant.Language = language!;
        participant.Kind = kind;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The first click's insert won: this one takes over that participant with its own token.
            db.ChangeTracker.Clear();
            participant = await db.LiveParticipants.FirstAsync(p => p.RoomId == room.Id && p.JoinKey == key, cancellationToken);
            hot.GuestReplaced(participant.TokenHash);
            participant.TokenHash = LiveSecrets.Hash(token);
            participant.Language = language!;
            participant.Kind = kind;
            await db.SaveChangesAsync(cancellationToken);
        }
        broadcast.CountsSoon(room.SessionId, room.OrganizationId);
        caller.Guest = new LiveGuest(participant.Id, room.Id, room.SessionId, room.OrganizationId, participant.Language, kind);
        hot.Remember(participant.TokenHash, caller.Guest);
        caller.Token = token;
        return await JoinedAsync(caller.Guest, token, cancellationToken);
    }

    public async Task<JoinedDto> JoinedAsync(LiveGuest guest, string token, CancellationToken cancellationToken)
    {
        var title = await db.Sessions.AsNoTracking().Where(s => s.Id == guest.SessionId).Select(s => s.Title).FirstAsync(cancellationToken);
        return new JoinedDto(token, new SessionInfoDto(title), await reads.ActivitiesAsync(guest.SessionId, includeReady: false, cancellationToken), guest.Language, guest.Kind ?? LiveWords.NotSaid);
    }

    /// <summary>
    /// A new idea, committed together with the others that come in at the same moment
    /// (<see cref="LiveCommits"/>). A repeated operation id answers its first result, also after the
    /// activity has closed, so that a phone's late replay is not turned away.
    /// </summary>
    public async Task<LiveOutcome<SubmittedDto>> SubmitIdeaAsync(LiveGuest guest, Guid activityId, string? operationId, string? text, string? category, CancellationToken cancellationToken)
    {
        if (!LiveSecrets.IsOperationId(operationId))
        {
            return new LiveRefusal("clientOperationId", LiveReasons.OperationId);
        }

        var fingerprint = new OperationFingerprint("SubmitIdea").Add(activityId).Add(text).Add(category).Hash();
        var (activity, refusal) = await OpenActivityAsync(guest, activityId, ActivityKind.Ideas, cancellationToken);
        if (refusal is not null)
        {
            return await ReplayAsync(guest, operationId, fingerprint, cancellationToken) ?? refusal;
        }

        if (LiveContributionRules.CheckIdea(text, category, activity!.Categories, out var cleanText, out var cleanCategory) is { } invalid)
        {
            return await ReplayAsync(guest, operationId, fingerprint, cancellationToken) ?? invalid;
        }

        var contribution = NewContribution(guest, activity, ActivityKind.Ideas);
        contribution.Text = cleanText;
        contribution.Category = cleanCategory;
        contribution.Held = hold.Holds(cleanText);
        if (await commits.AddAsync(contribution, NewOperation(guest, operationId!, fingerprint, contribution.Id, contribution.Held)))
        {
            broadcast.Contribution(guest.SessionId, guest.OrganizationId, contribution, changed: false);
            return new SubmittedDto(contribution.Id, contribution.Held);
        }

        return await ReplayAsync(guest, operationId, fingerprint, cancellationToken)
            ?? throw new InvalidOperationException("An idea's operation id was stored before, but is not found.");
    }

    /// <summary>Changes the phone's own idea while its activity is open; an idea held for personal data is checked again.</summary>
    public async Task<LiveOutcome<SubmittedDto>> EditIdeaAsync(LiveGuest guest, Guid contributionId, string? operationId, string? text, string? category, CancellationToken cancellationToken)
    {
        var fingerprint = new OperationFingerprint("EditIdea").Add(contributionId).Add(text).Add(category).Hash();
        if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
        {
            return replay;
        }

        var contribution = await db.LiveContributions.FirstOrDefaultAsync(
            c => c.Id == contributionId && c.SessionId == guest.SessionId && c.ParticipantId == guest.ParticipantId && c.Kind == ActivityKind.Ideas, cancellationToken);
        if (contribution is null)
        {
            return new LiveRefusal("contributionId", LiveReasons.ContributionUnknown);
        }

        var (activity, refusal) = await OpenActivityAsync(guest, contribution.ActivityId, ActivityKind.Ideas, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (LiveContributionRules.CheckIdea(text, category, activity!.Categories, out var cleanText, out var cleanCategory) is { } invalid)
        {
            return invalid;
        }

        contribution.Text = cleanText;
        contribution.Category = cleanCategory;
        contribution.Held = hold.Holds(cleanText);
        return await CommitAsync(guest, operationId!, fingerprint, contribution, cancellationToken, changed: true);
    }

    /// <summary>One vote per person per idea: a second upvote of the same idea answers the first.</summary>
    public async Task<LiveOutcome<OperationDto>> UpvoteAsync(LiveGuest guest, Guid contributionId, string? operationId, CancellationToken cancellationToken)
    {
        var fingerprint = new OperationFingerprint("Upvote").Add(contributionId).Hash();
        if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
        {
            return AsOperation(replay);
        }

        var idea = await db.LiveContributions.AsNoTracking().FirstOrDefaultAsync(
            c => c.Id == contributionId && c.SessionId == guest.SessionId && c.Kind == ActivityKind.Ideas && !c.Held && !c.Hidden && c.MergedIntoId == null, cancellationToken);
        if (idea is null)
        {
            return new LiveRefusal("contributionId", LiveReasons.ContributionUnknown);
        }

        if (idea.ParticipantId == guest.ParticipantId)
        {
            return new LiveRefusal("contributionId", LiveReasons.OwnIdea);
        }

        var (_, refusal) = await OpenActivityAsync(guest, idea.ActivityId, ActivityKind.Ideas, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var existing = await db.LiveUpvotes.AsNoTracking()
            .Where(u => u.ContributionId == contributionId && u.ParticipantId == guest.ParticipantId)
            .Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return new OperationDto(id);
        }

        var upvote = new LiveUpvote { OrganizationId = guest.OrganizationId, SessionId = guest.SessionId, ContributionId = contributionId, ParticipantId = guest.ParticipantId };
        db.LiveUpvotes.Add(upvote);
        var committed = await CommitAsync(guest, operationId!, fingerprint, upvote.Id, held: false, cancellationToken);
        if (committed.Value is not null)
        {
            broadcast.ContributionChanged(guest.SessionId, guest.OrganizationId, contributionId);
        }

        return AsOperation(committed);
    }

    public async Task<LiveOutcome<OperationDto>> CastDotsAsync(LiveGuest guest, Guid activityId, string? operationId, IReadOnlyDictionary<string, int>? dots, CancellationToken cancellationToken)
    {
        var fingerprint = new OperationFingerprint("CastDots").Add(activityId).Add(dots).Hash();
        if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
        {
            return AsOperation(replay);
        }

        var (activity, refusal) = await OpenActivityAsync(guest, activityId, ActivityKind.Dots, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var targets = activity!.SourceActivityId is { } source
            ? (await reads.IdeaTargetsAsync(source, cancellationToken)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal)
            : activity.Options.Select((_, i) => LiveContributionRules.OptionId(i)).ToHashSet(StringComparer.Ordinal);
        if (LiveContributionRules.CheckDots(dots, activity.Dots ?? LiveContributionRules.DefaultDots, targets, out var clean) is { } invalid)
        {
            return invalid;
        }

        return await ReplaceAnswerAsync(guest, activity, operationId!, fingerprint, c => c.Values = clean, cancellationToken);
    }

    public async Task<LiveOutcome<OperationDto>> RateAsync(LiveGuest guest, Guid activityId, string? operationId, IReadOnlyDictionary<string, int>? ratings, CancellationToken cancellationToken)
    {
        var fingerprint = new OperationFingerprint("Rate").Add(activityId).Add(ratings).Hash();
        if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
        {
            return AsOperation(replay);
        }

        var (activity, refusal) = await OpenActivityAsync(guest, activityId, ActivityKind.Rating, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var options = activity!.Options.Select((_, i) => LiveContributionRules.OptionId(i)).ToHashSet(StringComparer.Ordinal);
        if (LiveContributionRules.CheckRatings(ratings, options, out var clean) is { } invalid)
        {
            return invalid;
        }

        return await ReplaceAnswerAsync(guest, activity, operationId!, fingerprint, c => c.Values = clean, cancellationToken);
    }

    public async Task<LiveOutcome<OperationDto>> SubmitWordsAsync(LiveGuest guest, Guid activityId, string? operationId, IReadOnlyList<string?>? words, CancellationToken cancellationToken)
    {
        var fingerprint = new OperationFingerprint("SubmitWords").Add(activityId).Add(words ?? []).Hash();
        if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
        {
            return AsOperation(replay);
        }

        var (activity, refusal) = await OpenActivityAsync(guest, activityId, ActivityKind.Words, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (LiveContributionRules.CheckWords(words, out var clean) is { } invalid)
        {
            return invalid;
        }

        return await ReplaceAnswerAsync(guest, activity!, operationId!, fingerprint, c =>
        {
            c.Words = clean;
            c.Held = clean.Any(word => hold.Holds(word));
        }, cancellationToken);
    }

    public async Task<LiveOutcome<OperationDto>> AnswerPulseAsync(
        LiveGuest guest, Guid activityId, string? operationId, IReadOnlyDictionary<string, int?>? answers, string? openAnswer, CancellationToken cancellationToken)
    {
        var fingerprint = new OperationFingerprint("AnswerPulse").Add(activityId).Add(answers).Add(openAnswer).Hash();
        if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
        {
            return AsOperation(replay);
        }

        var (activity, refusal) = await OpenActivityAsync(guest, activityId, ActivityKind.Pulse, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (LiveContributionRules.CheckPulse(answers, openAnswer, out var clean, out var cleanOpen) is { } invalid)
        {
            return invalid;
        }

        return await ReplaceAnswerAsync(guest, activity!, operationId!, fingerprint, c =>
        {
            c.Values = clean;
            c.Text = cleanOpen;
            c.Held = hold.Holds(cleanOpen);
        }, cancellationToken);
    }

    /// <summary>Deletes the phone's own contribution while its activity is open. Deleting one that is gone already is no error: a replay may come late.</summary>
    public async Task<LiveOutcome<bool>> DeleteOwnAsync(LiveGuest guest, Guid contributionId, CancellationToken cancellationToken)
    {
        var contribution = await db.LiveContributions.FirstOrDefaultAsync(
            c => c.Id == contributionId && c.SessionId == guest.SessionId && c.ParticipantId == guest.ParticipantId, cancellationToken);
        if (contribution is null)
        {
            return true;
        }

        var (_, refusal) = await OpenActivityAsync(guest, contribution.ActivityId, contribution.Kind, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        db.LiveContributions.Remove(contribution);
        await db.SaveChangesAsync(cancellationToken);
        broadcast.ContributionRemoved(guest.SessionId, guest.OrganizationId, contribution);
        return true;
    }

    private static LiveOutcome<OperationDto> AsOperation(LiveOutcome<SubmittedDto> outcome) =>
        outcome.Refusal is { } refusal ? refusal : new OperationDto(outcome.Value!.Id);

    private static LiveContribution NewContribution(LiveGuest guest, LiveActivity activity, ActivityKind kind) => new()
    {
        OrganizationId = guest.OrganizationId,
        SessionId = guest.SessionId,
        ActivityId = activity.Id,
        ParticipantId = guest.ParticipantId,
        Kind = kind,
        ParticipantKind = guest.Kind,
    };

    /// <summary>Dots, ratings, words and the pulse are one answer per person and activity: a new one replaces the earlier.</summary>
    private async Task<LiveOutcome<OperationDto>> ReplaceAnswerAsync(
        LiveGuest guest, LiveActivity activity, string operationId, string fingerprint, Action<LiveContribution> fill, CancellationToken cancellationToken)
    {
        var contribution = await db.LiveContributions
            .Where(c => c.ActivityId == activity.Id && c.ParticipantId == guest.ParticipantId)
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var changed = contribution is not null;
        if (contribution is null)
        {
            contribution = NewContribution(guest, activity, activity.Kind);
            db.LiveContributions.Add(contribution);
        }

        fill(contribution);
        var committed = await CommitAsync(guest, operationId, fingerprint, contribution, cancellationToken, changed);
        return AsOperation(committed);
    }

    private async Task<LiveOutcome<SubmittedDto>> CommitAsync(
        LiveGuest guest, string operationId, string fingerprint, LiveContribution contribution, CancellationToken cancellationToken, bool changed = false)
    {
        var committed = await CommitAsync(guest, operationId, fingerprint, contribution.Id, contribution.Held, cancellationToken);
        if (committed.Value is { } result && result.Id == contribution.Id)
        {
            broadcast.Contribution(guest.SessionId, guest.OrganizationId, contribution, changed);
        }

        return committed;
    }

    /// <summary>
    /// Stores the operation with what it did, in one commit. When another call with the same id won
    /// the race (the unique key says so), its result is the answer.
    /// </summary>
    private async Task<LiveOutcome<SubmittedDto>> CommitAsync(LiveGuest guest, string operationId, string fingerprint, Guid resultId, bool held, CancellationToken cancellationToken)
    {
        db.LiveOperations.Add(NewOperation(guest, operationId, fingerprint, resultId, held));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SubmittedDto(resultId, held);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await ReplayAsync(guest, operationId, fingerprint, cancellationToken) is { } replay)
            {
                return replay;
            }

            throw;
        }
    }

    private static LiveOperation NewOperation(LiveGuest guest, string operationId, string fingerprint, Guid resultId, bool held) => new()
    {
        OrganizationId = guest.OrganizationId,
        SessionId = guest.SessionId,
        ClientOperationId = operationId,
        ParticipantId = guest.ParticipantId,
        Fingerprint = fingerprint,
        ResultId = resultId,
        Held = held,
    };

    /// <summary>
    /// The first result of an operation already done under this id; a refusal when the id was used for
    /// something else (the first result stands); null when the id is new.
    /// </summary>
    private async Task<LiveOutcome<SubmittedDto>?> ReplayAsync(LiveGuest guest, string? operationId, string fingerprint, CancellationToken cancellationToken)
    {
        if (!LiveSecrets.IsOperationId(operationId))
        {
            return new LiveRefusal("clientOperationId", LiveReasons.OperationId);
        }

        var first = await db.LiveOperations.AsNoTracking()
            .Where(o => o.SessionId == guest.SessionId && o.ClientOperationId == operationId)
            .Select(o => new { o.ParticipantId, o.Fingerprint, o.ResultId, o.Held })
            .FirstOrDefaultAsync(cancellationToken);
        if (first is null)
        {
            return null;
        }

        return first.ParticipantId == guest.ParticipantId && first.Fingerprint == fingerprint
            ? new SubmittedDto(first.ResultId, first.Held)
            : new LiveRefusal("clientOperationId", LiveReasons.OperationReused);
    }

    private async Task<(LiveActivity? Activity, LiveRefusal? Refusal)> OpenActivityAsync(LiveGuest guest, Guid activityId, ActivityKind kind, CancellationToken cancellationToken)
    {
        var activity = await hot.ActivityAsync(activityId, () => db.LiveActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken));
        return activity is null || activity.SessionId != guest.SessionId || activity.State == ActivityState.Ready ? (null, new LiveRefusal("activityId", LiveReasons.ActivityUnknown))
            : activity.Kind != kind ? (null, new LiveRefusal("activityId", LiveReasons.WrongKind))
            : activity.State != ActivityState.Open ? (null, new LiveRefusal("activityId", LiveReasons.ActivityNotOpen))
            : (activity, null);
    }
}
