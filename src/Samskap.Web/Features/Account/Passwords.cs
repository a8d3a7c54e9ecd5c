namespace Samskap.Web.Features.Account;

/// <summary>Password length limits. Long passphrases are encouraged; no composition rules.</summary>
public static class Passwords
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
}
