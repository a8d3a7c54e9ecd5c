using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>A phone in a room, as its token showed it.</summary>
public sealed record LiveGuest(Guid ParticipantId, Guid RoomId, Guid SessionId, Guid OrganizationId, string Language, string? Kind);

/// <summary>
/// Finds the room behind a join code or a presenter secret, and the participant behind a token,
/// and gives the call the room's organisation as its tenant, through <see cref="TenantResolver"/>.
/// Every lookup names the code or a hash; anything that cannot be one is refused without a query.
/// </summary>
public sealed class LiveAccess(AppDbContext db, TenantContext tenant, TenantResolver resolver, LiveHotReads hot)
{
    public async Task<LiveRoom?> RoomByCodeAsync(string? typed, CancellationToken cancellationToken)
    {
        var code = LiveSecrets.NormalizeCode(typed);
        if (code is null)
        {
            return null;
        }

        var room = await db.LiveRooms.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code && r.EndedAt == null, cancellationToken);
        await EnterAsync(room, cancellationToken);
        return room;
    }

    public async Task<LiveRoom?> RoomByPresenterAsync(string? token, CancellationToken cancellationToken)
    {
        if (!LiveSecrets.IsPresenterToken(token))
        {
            return null;
        }

        var hash = LiveSecrets.Hash(token!);
        var room = await db.LiveRooms.AsNoTracking().FirstOrDefaultAsync(r => r.PresenterTokenHash == hash && r.EndedAt == null, cancellationToken);
        await EnterAsync(room, cancellationToken);
        return room;
    }

    /// <summary>The participant whose phone holds <paramref name="token"/>, while their room is live.</summary>
    public async Task<LiveGuest?> GuestAsync(string? token, CancellationToken cancellationToken)
    {
        if (!LiveSecrets.IsParticipantToken(token))
        {
            return null;
        }

        var hash = LiveSecrets.Hash(token!);
        var guest = await hot.GuestAsync(hash, () => db.LiveParticipants.AsNoTracking()
            .Where(p => p.TokenHash == hash)
            .Join(db.LiveRooms.Where(r => r.EndedAt == null), p => p.RoomId, r => r.Id, (p, r) => new LiveGuest(p.Id, p.RoomId, p.SessionId, p.OrganizationId, p.Language, p.Kind))
            .FirstOrDefaultAsync(cancellationToken));
        if (guest is not null)
        {
            await resolver.ResolveAsync(tenant, new TenantCaller.LiveGuest(guest.OrganizationId), db, cancellationToken);
        }

        return guest;
    }

    /// <summary>A scope of its own (a background writer or sender) in the room's organisation, as a live guest; returns its database.</summary>
    public static async Task<AppDbContext> EnterAsync(AsyncServiceScope scope, Guid organizationId)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await scope.ServiceProvider.GetRequiredService<TenantResolver>().ResolveAsync(
            scope.ServiceProvider.GetRequiredService<TenantContext>(), new TenantCaller.LiveGuest(organizationId), db, CancellationToken.None);
        return db;
    }

    private async Task EnterAsync(LiveRoom? room, CancellationToken cancellationToken)
    {
        if (room is not null)
        {
            await resolver.ResolveAsync(tenant, new TenantCaller.LiveGuest(room.OrganizationId), db, cancellationToken);
        }
    }
}
