using System.Xml.Linq;
using Samskap.Web.Features.Profile;

namespace Samskap.Tests.Features.Profile;

/// <summary>The texts the profile builds from a name (a token's state, why a token was refused), in every language.</summary>
public sealed class ProfileTextTests
{
    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public void Every_token_state_and_every_refusal_has_its_text(string language)
    {
        var keys = XDocument.Load(Repository.TextFile("ProfileText", language)).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => d.Attribute("name")!.Value)
            .ToHashSet();
        string[] refusals = ["Invalid", "Expired", "Revoked", "NotMember"];

        Assert.All(Enum.GetNames<AccessTokenState>(), state => Assert.Contains($"Tokens.State.{state}", keys));
        Assert.All(refusals, refusal => Assert.Contains($"Tokens.Refused.{refusal}", keys));
    }
}
