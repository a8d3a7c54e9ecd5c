namespace Samskap.Web.Features.Profile;

/// <summary>The profile's addresses: the page, its sections, revoking a key, and the key's own API.</summary>
public static class ProfileRoutes
{
    public const string Profile = "/account/profile";
    public const string Saved = $"{Profile}?saved=true";

    /// <summary>The keys' section of the page, where a new key is shown once.</summary>
    public const string Tokens = $"{Profile}#tokens";

    public static string RevokeToken(Guid tokenId) => $"{Profile}/tokens/{tokenId}/revoke";

    public const string CurrentTokenApi = "/api/v1/profile/tokens/current";
}
