using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Live;

/// <summary>Join codes, participant and presenter tokens, and the phone's operation ids.</summary>
public sealed class LiveSecretsTests
{
    [Fact]
    public void The_code_alphabet_has_no_look_alikes()
    {
        foreach (var lookAlike in "0O1IL")
        {
            Assert.DoesNotContain(lookAlike, LiveSecrets.CodeAlphabet);
        }

        Assert.Equal(31, LiveSecrets.CodeAlphabet.Distinct().Count());
    }

    [Fact]
    public void A_new_code_is_six_signs_of_the_alphabet_and_codes_differ()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => LiveSecrets.NewCode()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Equal(6, code.Length);
            Assert.All(code, sign => Assert.Contains(sign, LiveSecrets.CodeAlphabet));
        });
        Assert.True(codes.Distinct().Count() > 190);
    }

    [Theory]
    [InlineData("ABC234", "ABC234")]
    [InlineData("abc234", "ABC234")]
    [InlineData(" abc 234 ", "ABC234")]
    [InlineData("ABC-234", "ABC234")]
    public void A_typed_code_is_read_in_capitals_without_spaces_or_dashes(string typed, string code) =>
        Assert.Equal(code, LiveSecrets.NormalizeCode(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABC23")]
    [InlineData("ABC2345")]
    [InlineData("ABC0DE")]
    [InlineData("ABCODE")]
    [InlineData("ABC1DE")]
    [InlineData("ABCIDE")]
    [InlineData("abclde")]
    [InlineData("ABC 23 4 5 6 7 8 9 2 3 4 5")]
    [InlineData("ÆØÅ234")]
    public void Anything_that_cannot_be_a_code_is_refused_before_a_lookup(string? typed) =>
        Assert.Null(LiveSecrets.NormalizeCode(typed));

    [Fact]
    public void A_participant_token_carries_256_random_bits_and_is_told_apart_from_a_presenter_token()
    {
        var participant = LiveSecrets.NewParticipantToken();
        var presenter = LiveSecrets.NewPresenterToken();

        Assert.StartsWith(LiveSecrets.ParticipantPrefix, participant, StringComparison.Ordinal);
        Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(participant.AsSpan(LiveSecrets.ParticipantPrefix.Length)).Length);
        Assert.True(LiveSecrets.IsParticipantToken(participant));
        Assert.False(LiveSecrets.IsParticipantToken(presenter));
        Assert.True(LiveSecrets.IsPresenterToken(presenter));
        Assert.False(LiveSecrets.IsPresenterToken(participant));
        Assert.NotEqual(participant, LiveSecrets.NewParticipantToken());
        Assert.NotEqual(LiveSecrets.Hash(participant), participant);
        Assert.Equal(64, LiveSecrets.Hash(participant).Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("slp_short")]
    [InlineData("slp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")]
    public void A_malformed_token_is_refused_before_a_lookup(string? token) =>
        Assert.False(LiveSecrets.IsParticipantToken(token));

    [Fact]
    public void An_operation_id_is_one_to_64_printable_characters()
    {
        Assert.True(LiveSecrets.IsOperationId("a"));
        Assert.True(LiveSecrets.IsOperationId(new string('x', 64)));
        Assert.True(LiveSecrets.IsOperationId(Guid.NewGuid().ToString()));
        Assert.False(LiveSecrets.IsOperationId(new string('x', 65)));
        Assert.False(LiveSecrets.IsOperationId(""));
        Assert.False(LiveSecrets.IsOperationId(null));
        Assert.False(LiveSecrets.IsOperationId("with space"));
        Assert.False(LiveSecrets.IsOperationId("line\nbreak"));
    }
}
