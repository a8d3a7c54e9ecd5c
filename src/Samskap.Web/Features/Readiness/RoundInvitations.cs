using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Web.Features.Readiness;

/// <summary>One person invited from the round page, and the link that is theirs.</summary>
/// <param name="Email">The address as the leader wrote it.</param>
/// <param name="Language">The language their e-mail is written in.</param>
/// <param name="IsMember">Already in the organisation: the link is the round's own answering link.</param>
/// <param name="Link">For a newcomer, their personal invitation, which ends in the round once they have made their account.</param>
public sealed record InvitedPerson(string Email, string Language, bool IsMember, string Link);

/// <summary>How many of those invited from the round page have answered; never who.</summary>
public sealed record InviteeCounts(int Invited, int NotAnswered);

/// <summary>
/// Invites people to answer a round from the round page. A member gets the round's link; anyone
/// else gets an organisation invitation as a member that, once used, lands in the round — so a
/// leader who is not an administrator can bring in the people who should answer, and each of them
/// needs one link. Inviting the same address again replaces their earlier link, so only one is live.
/// </summary>
public sealed class RoundInvitations(AppDbContext db, InvitationService invitations)
{
    public async Task<IReadOnlyList<InvitedPerson>> InviteAsync(
        ReadinessRound round, string projectTitle, IReadOnlyList<string> emails, string newcomerLanguage, string leaderUserId, string siteUrl, CancellationToken cancellationToken)
    {
        var normalized = emails.ToDictionary(EmailAddressList.Normalize, e => e);
        var keys = normalized.Keys.ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && keys.Contains(u.NormalizedEmail))
            .Select(u => new { u.Id, u.NormalizedEmail, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        var userIds = users.Select(u => u.Id).ToList();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == round.OrganizationId && userIds.Contains(m.UserId))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        var earlier = await db.RoundInvitees
            .Where(i => i.RoundId == round.Id && keys.Contains(i.NormalizedEmail))
            .ToDictionaryAsync(i => i.NormalizedEmail, cancellationToken);
        var earlierInvitationIds = earlier.Values.Where(i => i.InvitationId is not null).Select(i => i.InvitationId!.Value).ToList();
        var earlierInvitations = await db.Invitations
            .Where(i => earlierInvitationIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, cancellationToken);

        var answerLink = siteUrl + ReadinessRoutes.Answer(round.InvitationToken);
        var invited = new List<InvitedPerson>();
        foreach (var (key, email) in normalized)
        {
            var user = users.FirstOrDefault(u => u.NormalizedEmail == key);
            var isMember = user is not null && members.Contains(user.Id);
            var language = user?.PreferredCulture ?? newcomerLanguage;
            if (!earlier.TryGetValue(key, out var invitee))
            {
                invitee = new RoundInvitee
                {
                    OrganizationId = round.OrganizationId,
                    RoundId = round.Id,
                    Email = email,
                    NormalizedEmail = key,
                    InvitedByUserId = leaderUserId,
                };
                db.RoundInvitees.Add(invitee);
            }

            invitee.Language = language;
            if (isMember)
            {
                invitee.InvitationId = null;
                invited.Add(new InvitedPerson(email, language, IsMember: true, answerLink));
                continue;
            }

            var (invitation, token) = invitee.InvitationId is { } previousId && earlierInvitations.TryGetValue(previousId, out var previous)
                ? invitations.Renew(previous)
                : invitations.Add(new Invitation
                {
                    OrganizationId = round.OrganizationId,
                    Role = OrganizationRole.Member,
                    Note = email,
                    Email = email,
                    LandingPath = ReadinessRoutes.Answer(round.InvitationToken),
                    LandingProject = projectTitle,
                    CreatedByUserId = leaderUserId,
                });
            invitee.InvitationId = invitation.Id;
            invited.Add(new InvitedPerson(email, language, IsMember: false, siteUrl + AccountRoutes.Invitation(token, language)));
        }

        return invited;
    }

    /// <summary>
    /// Those invited who have not answered yet, with a working link each: a newcomer whose invitation
    /// is still unused gets a fresh one (the old token is unknown, as only its hash is kept).
    /// </summary>
    public async Task<IReadOnlyList<InvitedPerson>> RemindAsync(ReadinessRound round, string siteUrl, DateTime now, CancellationToken cancellationToken)
    {
        var answered = await AnsweredAsync(round.Id, cancellationToken);
        var pending = await db.RoundInvitees
            .Where(i => i.RoundId == round.Id)
            .ToListAsync(cancellationToken);
        pending = [.. pending.Where(i => !answered.Contains(i.NormalizedEmail))];
        var invitationIds = pending.Where(i => i.InvitationId is not null).Select(i => i.InvitationId!.Value).ToList();
        var openInvitations = await db.Invitations
            .Where(i => invitationIds.Contains(i.Id) && i.AcceptedAt == null)
            .ToDictionaryAsync(i => i.Id, cancellationToken);

        var answerLink = siteUrl + ReadinessRoutes.Answer(round.InvitationToken);
        var reminded = new List<InvitedPerson>();
        foreach (var invitee in pending)
        {
            invitee.RemindedAt = now;
            if (invitee.InvitationId is { } id && openInvitations.TryGetValue(id, out var open))
            {
                var (renewed, token) = invitations.Renew(open);
                invitee.InvitationId = renewed.Id;
                reminded.Add(new InvitedPerson(invitee.Email, invitee.Language, IsMember: false, siteUrl + AccountRoutes.Invitation(token, invitee.Language)));
            }
            else
            {
                reminded.Add(new InvitedPerson(invitee.Email, invitee.Language, IsMember: true, answerLink));
            }
        }

        return reminded;
    }

    /// <summary>
    /// The e-mail for each person, in their language: a member gets the round's link and closing
    /// date; a newcomer gets their invitation, which says it leads on to this project's round.
    /// </summary>
    public static IReadOnlyList<EmailMessage> Invitations(IReadOnlyList<InvitedPerson> people, ReadinessRound round, string projectTitle, string inviterName, string organizationName) =>
        [.. people.Select(person => person.IsMember
            ? ReadinessMail.RoundInvitation(person.Email, person.Language, projectTitle, new Uri(person.Link), round.ClosesOn)
            : InvitationMail.Compose(person.Email, person.Language, inviterName, organizationName, new Uri(person.Link), projectTitle))];

    /// <summary>The reminder for each person who has not answered, with their working link.</summary>
    public static IReadOnlyList<EmailMessage> Reminders(IReadOnlyList<InvitedPerson> people, ReadinessRound round, string projectTitle) =>
        [.. people.Select(person => ReadinessMail.Reminder(person.Email, person.Language, projectTitle, new Uri(person.Link), round.ClosesOn))];

    public async Task<InviteeCounts> CountAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var invited = await db.RoundInvitees.AsNoTracking()
            .Where(i => i.RoundId == roundId)
            .Select(i => i.NormalizedEmail)
            .ToListAsync(cancellationToken);
        if (invited.Count == 0)
        {
            return new InviteeCounts(0, 0);
        }

        var answered = await AnsweredAsync(roundId, cancellationToken);
        return new InviteeCounts(invited.Count, invited.Count(e => !answered.Contains(e)));
    }

    /// <summary>The normalised addresses of those who have given at least one answer in the round.</summary>
    private async Task<HashSet<string>> AnsweredAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var responses = await db.ReadinessResponses.AsNoTracking()
            .Where(r => r.RoundId == roundId)
            .Join(db.Users, r => r.RespondentUserId, u => u.Id, (r, u) => new { u.NormalizedEmail, r.Answers })
            .ToListAsync(cancellationToken);
        return [.. responses.Where(r => r.Answers.Count > 0 && r.NormalizedEmail is not null).Select(r => r.NormalizedEmail!)];
    }
}
