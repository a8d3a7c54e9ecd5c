using Microsoft.AspNetCore.Identity;

namespace Samskap.Web.Features.Account;

public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>The user's own language choice (nb, nn or en); applied at sign-in.</summary>
    public string PreferredCulture { get; set; } = "nb";
}
