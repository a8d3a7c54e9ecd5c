namespace Samskap.Web.Features.Account;

/// <summary>Marker for the account feature's texts: signing in and out, and accepting an invitation.</summary>
public sealed class AccountText;
