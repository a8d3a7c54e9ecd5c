using Samskap.Web.Features.Profile;

namespace Samskap.Tests.Features.Profile;

public sealed class AccessTokenRulesTests
{
    private static readonly DateOnly _today = new(2027, 3, 10);

    private static string[] Fields(string? name, string? expiresOn, int active = 0) =>
        [.. AccessTokenRules.CheckNew(name, expiresOn, _today, active).Select(e => $"{e.Field}:{e.MessageKey}")];

    [Fact]
    public void A_new_token_has_256_random_bits_in_url_safe_characters_after_its_prefix()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => AccessTokenRules.NewToken()).ToList();

        Assert.All(tokens, token =>
        {
            Assert.StartsWith(AccessTokenRules.Prefix, token, StringComparison.Ordinal);
            var random = token[AccessTokenRules.Prefix.Length..];
            Assert.Equal(32, System.Buffers.Text.Base64Url.DecodeFromChars(random).Length);
            Assert.Matches("^[A-Za-z0-9_-]{43}$", random);
            Assert.True(AccessTokenRules.IsWellFormed(token));
        });
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_hash_is_the_lowercase_hex_sha256_of_the_token_as_sent()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AccessTokenRules.Hash("abc"));
        Assert.Equal(AccessTokenRules.HashLength, AccessTokenRules.Hash(AccessTokenRules.NewToken()).Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("samskap_pat_")]
    [InlineData("samskap_pat_abc")]
    [InlineData("other_prefix_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("samskap_pat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("samskap_pat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void A_value_that_cannot_be_one_of_our_tokens_is_not_well_formed(string? value) =>
        Assert.False(AccessTokenRules.IsWellFormed(value));

    [Fact]
    public void A_token_works_through_its_expiry_date_and_not_the_day_after_nor_once_revoked()
    {
        var expires = new DateOnly(2027, 6, 1);

        Assert.Equal(AccessTokenState.Active, AccessTokenRules.State(expires, null, expires.AddDays(-1)));
        Assert.Equal(AccessTokenState.Active, AccessTokenRules.State(expires, null, expires));
        Assert.Equal(AccessTokenState.Expired, AccessTokenRules.State(expires, null, expires.AddDays(1)));
        Assert.Equal(AccessTokenState.Revoked, AccessTokenRules.State(expires, new DateTime(2027, 5, 1, 0, 0, 0, DateTimeKind.Utc), expires.AddDays(-1)));
    }

    [Fact]
    public void Use_is_written_when_never_written_or_a_minute_or_more_ago()
    {
        var now = new DateTime(2027, 3, 10, 12, 0, 0, DateTimeKind.Utc);

        Assert.True(AccessTokenRules.ShouldRecordUse(null, now));
        Assert.False(AccessTokenRules.ShouldRecordUse(now.AddSeconds(-59), now));
        Assert.True(AccessTokenRules.ShouldRecordUse(now.AddSeconds(-60), now));
    }

    [Fact]
    public void The_default_expiry_is_90_days_and_the_latest_one_year_ahead()
    {
        Assert.Equal(new DateOnly(2027, 6, 8), AccessTokenRules.DefaultExpiry(_today));
        Assert.Equal(new DateOnly(2028, 3, 10), AccessTokenRules.LatestExpiry(_today));
    }

    [Fact]
    public void A_name_and_an_expiry_from_today_to_one_year_ahead_are_accepted()
    {
        Assert.Empty(Fields("Rapportverktøy", "2027-03-10"));
        Assert.Empty(Fields("Rapportverktøy", "2028-03-10"));
        Assert.Empty(Fields(new string('n', 100), "2027-06-08"));
    }

    [Fact]
    public void Each_bad_field_gets_its_own_error()
    {
        Assert.Equal(["Name:Tokens.Error.NameRequired", "ExpiresOn:Tokens.Error.ExpiresOnInvalid"], Fields(" ", ""));
        Assert.Equal(["Name:Tokens.Error.NameTooLong"], Fields(new string('n', 101), "2027-06-08"));
        Assert.Equal(["ExpiresOn:Tokens.Error.ExpiresInPast"], Fields("Rapport", "2027-03-09"));
        Assert.Equal(["ExpiresOn:Tokens.Error.ExpiresTooLate"], Fields("Rapport", "2028-03-11"));
        Assert.Equal(["ExpiresOn:Tokens.Error.ExpiresOnInvalid"], Fields("Rapport", "10.03.2027"));
    }

    [Fact]
    public void The_twentieth_working_token_is_allowed_and_the_twenty_first_is_not()
    {
        Assert.Empty(Fields("Rapport", "2027-06-08", active: 19));
        Assert.Equal([":Tokens.Error.TooMany"], Fields("Rapport", "2027-06-08", active: 20));
    }
}
