using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

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
        var token = NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Invitations.Add(new Invitation
        {
            OrganizationId = organizationId,
            Role = role,
            Note = note,
            TokenHash = Hash(token),
            CreatedByUserId = createdByUserId,
            CreatedAt = now,
            ExpiresAt = now + Invitation.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
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

    /// <summary>Adds the user to the invitation's organisation and uses the invitation up.</summary>
    public async Task AcceptAsync(Invitation invitation, string userId, CancellationToken cancellationToken)
    {
        var alreadyMember = await db.Memberships.AnyAsync(m => m.OrganizationId == invitation.OrganizationId && m.UserId == userId, cancellationToken);
        if (!alreadyMember)
        {
            db.Memberships.Add(new Membership { OrganizationId = invitation.OrganizationId, UserId = userId, Role = invitation.Role });
        }

        invitation.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        invitation.AcceptedByUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>256 random bits as lowercase hex: safe in URLs whose paths are lowercased.</summary>
    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
