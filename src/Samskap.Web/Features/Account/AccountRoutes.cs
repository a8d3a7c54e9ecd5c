namespace Samskap.Web.Features.Account;

/// <summary>The account feature's addresses.</summary>
public static class AccountRoutes
{
    public const string SignIn = "/account/sign-in";
    public const string SignOut = "/account/sign-out";
    public const string SwitchOrganization = "/organizations/switch";

    public static string Invitation(string token) => $"/invitations/{token}";

    /// <summary>An invitation that opens in the language its e-mail was written in, whatever the browser prefers.</summary>
    public static string Invitation(string token, string language) => $"/invitations/{token}?culture={Uri.EscapeDataString(language)}";
}
