using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samskap.Web.Features.Account;

public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>The user's own language choice (nb, nn or en); applied at sign-in.</summary>
    public string PreferredCulture { get; set; } = "nb";
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
        user.Property(u => u.PreferredCulture).HasMaxLength(8);
    }
}
