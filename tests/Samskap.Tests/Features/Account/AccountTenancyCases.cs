using Samskap.Tests.Support;

namespace Samskap.Tests.Features.Account;

/// <summary>The account feature's routes with parameters.</summary>
public sealed class AccountTenancyCases : ITenancyCases
{
    public IEnumerable<TenancyCase> Cases => [];

    public IEnumerable<TenancyExemption> Exemptions =>
    [
        new("/invitations/{token}",
            "An invitation link is meant for someone outside its organisation: whoever holds the single-use token may join. Its lifetime, single use and revocation are tested in InvitationTests."),
    ];
}
