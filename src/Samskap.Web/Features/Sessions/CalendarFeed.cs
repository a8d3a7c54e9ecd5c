using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// A secret address a calendar app subscribes to: one project's sessions, or the sessions a person
/// facilitates, hosts or leads a block in ("my sessions", no project). Only the hash of the secret
/// is kept; revoking it makes the address answer 404.
/// </summary>
[CrossOrganization("A feed is looked up by the hash of its secret before any tenant is known (the calendar app is not signed in); every query names the hash, or the person and organisation.")]
public class CalendarFeed : IHasCreatedAt
{
    public const string Prefix = "skc_";
    public const int MaxActivePerPerson = 20;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public string UserId { get; set; } = "";
    public Guid? ProjectId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    private static readonly System.Buffers.SearchValues<char> _urlSafe = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string NewToken() => Prefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether a value could be a feed's secret at all; anything else is refused without a query.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 47 } && token.StartsWith(Prefix, StringComparison.Ordinal)
        && !token.AsSpan(Prefix.Length).ContainsAnyExcept(_urlSafe);

    public static string Hash(string token) => AccessTokenRules.Hash(token);
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.ToTable("CalendarFeeds");
        feed.HasIndex(f => f.TokenHash).IsUnique();
        feed.HasIndex(f => new { f.OrganizationId, f.UserId });
        feed.Property(f => f.TokenHash).HasMaxLength(AccessTokenRules.HashLength);
        feed.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        feed.HasOne<Organizations.Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        feed.HasOne<Project>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class CalendarFeedTables
{
    extension(AppDbContext db)
    {
        public DbSet<CalendarFeed> CalendarFeeds => db.Set<CalendarFeed>();
    }
}
