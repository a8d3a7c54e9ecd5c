using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Organizations;

public enum InvitationProblem
{
    None,
    NotFound,
    Expired,
    AlreadyUsed,
    Revoked,
}

public sealed class InvitationService(AppDbContext db, TimeProvider clock)
{
    /// <summary>Creates an invitation and returns the token; only its hash is stored.</summary>
    public async Task<string> CreateAsync(Guid organizationId, OrganizationRole role, string note, string createdByUserId, CancellationToken cancellationToken)
    {
        var (_, token) = Add(new Invitation { OrganizationId = organizationId, Role = role, Note = note, CreatedByUserId = createdByUserId });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Adds the invitation to the unit of work with a fresh token and its lifetime, and returns the
    /// token, which exists nowhere else: the caller shows or sends it once, then it is gone.
    /// </summary>
    public (Invitation Invitation, string Token) Add(Invitation invitation)
    {
        var token = NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.TokenHash = Hash(token);
        invitation.CreatedAt = now;
        invitation.ExpiresAt = now + Invitation.Lifetime;
        db.Invitations.Add(invitation);
        return (invitation, token);
    }

    /// <summary>
    /// Replaces a still-open invitation with a fresh one for the same person and page (a reminder
    /// carries a working link, and only one link per person is ever live).
    /// </summary>
    public (Invitation Invitation, string Token) Renew(Invitation previous)
    {
        if (previous.AcceptedAt is null && previous.RevokedAt is null)
        {
            previous.RevokedAt = clock.GetUtcNow().UtcDateTime;
        }

        return Add(new Invitation
        {
            OrganizationId = previous.OrganizationId,
            Role = previous.Role,
            Note = previous.Note,
            Email = previous.Email,
            LandingPath = previous.LandingPath,
            LandingProject = previous.LandingProject,
            ProjectId = previous.ProjectId,
            PartnerId = previous.PartnerId,
            CreatedByUserId = previous.CreatedByUserId,
        });
    }

    public async Task<(Invitation? Invitation, InvitationProblem Problem)> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return (null, InvitationProblem.NotFound);
        }

        var hash = Hash(token);
        var invitation = await db.Invitations.Include(i => i.Organization).FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return invitation switch
        {
            null => (null, InvitationProblem.NotFound),
            { AcceptedAt: not null } => (invitation, InvitationProblem.AlreadyUsed),
            { RevokedAt: not null } => (invitation, InvitationProblem.Revoked),
            _ when !invitation.IsUsable(now) => (invitation, InvitationProblem.Expired),
            _ => (invitation, InvitationProblem.None),
        };
    }

    /// <summary>
    /// Adds the user to the invitation's organisation and uses the invitation up. A project's
    /// invitation makes them an external partner of the organisation (unless they already belong to
    /// it) and a partner of that project, taking part for the partner the leader named.
    /// </summary>
    public async Task AcceptAsync(Invitation invitation, string userId, CancellationToken cancellationToken)
    {
        var alreadyMember = await db.Memberships.AnyAsync(m => m.OrganizationId == invitation.OrganizationId && m.UserId == userId, cancellationToken);
        if (!alreadyMember)
        {
            db.Memberships.Add(new Membership { OrganizationId = invitation.OrganizationId, UserId = userId, Role = invitation.Role });
        }

        if (invitation.ProjectId is { } projectId)
        {
            await AddToProjectAsync(invitation, projectId, userId, cancellationToken);
        }

        invitation.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        invitation.AcceptedByUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
    }

    // The person accepting may act in another organisation (or none yet), so the project's rows are
    // read past the tenant filter, always naming the invitation's organisation and project.
    private async Task AddToProjectAsync(Invitation invitation, Guid projectId, string userId, CancellationToken cancellationToken)
    {
        var person = await db.ProjectPeople.IgnoreQueryFilters()
            .FirstOrDefaultAsync(p => p.OrganizationId == invitation.OrganizationId && p.ProjectId == projectId && p.UserId == userId, cancellationToken);
        var partnerId = invitation.PartnerId is { } named
            && await db.Partners.IgnoreQueryFilters().AnyAsync(p => p.OrganizationId == invitation.OrganizationId && p.ProjectId == projectId && p.Id == named, cancellationToken)
                ? named
                : (Guid?)null;
        if (person is null)
        {
            db.ProjectPeople.Add(new ProjectPerson { OrganizationId = invitation.OrganizationId, ProjectId = projectId, UserId = userId, Role = ProjectRole.Partner, PartnerId = partnerId });
        }
        else
        {
            person.PartnerId ??= partnerId;
        }
    }

    /// <summary>256 random bits as lowercase hex: safe in URLs whose paths are lowercased.</summary>
    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
