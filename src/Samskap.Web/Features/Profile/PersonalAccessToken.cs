using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Profile;

/// <summary>
/// A key another system sends instead of a sign-in cookie. It acts for one person in one
/// organisation; only the SHA-256 hash of the key is kept, so a copy of the database opens nothing.
/// </summary>
[CrossOrganization("A key is looked up by its hash before any tenant is known (it decides the tenant), and the person's profile lists their keys in every organisation they belong to; every query names the hash or the person.")]
public class PersonalAccessToken : IHasCreatedAt
{
    public const int NameMaxLength = 100;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lowercase hex of the SHA-256 of the key as sent.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The last day, in Norwegian time, on which the key works.</summary>
    public DateOnly ExpiresOn { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Updated at most once a minute (<see cref="AccessTokenRules.UseRecordInterval"/>), so a busy system does not write on every call.</summary>
    public DateTime? LastUsedAt { get; set; }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> token)
    {
        token.ToTable("PersonalAccessTokens");
        token.Property(t => t.UserId).HasMaxLength(450);
        token.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameMaxLength);
        token.Property(t => t.TokenHash).HasMaxLength(AccessTokenRules.HashLength);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.HasIndex(t => t.UserId);
        token.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        token.HasOne(t => t.Organization).WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class ProfileTables
{
    extension(AppDbContext db)
    {
        public DbSet<PersonalAccessToken> PersonalAccessTokens => db.Set<PersonalAccessToken>();
    }
}
