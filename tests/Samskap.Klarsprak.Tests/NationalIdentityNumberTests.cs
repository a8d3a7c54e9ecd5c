namespace Samskap.Klarsprak.Tests;

public sealed class NationalIdentityNumberTests
{
    [Theory]
    [InlineData("01019012480")]
    [InlineData("01019012561")]
    [InlineData("01019020009")]
    [InlineData("15058530015")]
    [InlineData("41019012393")]
    [InlineData("29029012324")]
    public void Accepts_synthetic_numbers_with_right_check_digits(string number) =>
        Assert.True(NationalIdentityNumber.IsValid(number));

    [Theory]
    [InlineData("01019012481")]
    [InlineData("01019012580")]
    [InlineData("00019012480")]
    [InlineData("01009012480")]
    [InlineData("0101901248")]
    [InlineData("0101901248a")]
    [InlineData("")]
    public void Rejects_wrong_check_digits_dates_and_shapes(string number) =>
        Assert.False(NationalIdentityNumber.IsValid(number));

    [Fact]
    public void Completes_nine_digits_with_both_check_digits()
    {
        Assert.Equal("01019012480", NationalIdentityNumber.Complete("010190124"));
        Assert.Equal("41019012474", NationalIdentityNumber.Complete("410190124"));
    }

    [Fact]
    public void A_first_check_digit_of_ten_makes_every_number_with_those_nine_digits_invalid()
    {
        // For 010190 012 the first weighted sum leaves remainder 1, so 11 − 1 = 10: no valid number.
        Assert.Null(NationalIdentityNumber.Complete("010190012"));
        Assert.All(Enumerable.Range(0, 100), last => Assert.False(NationalIdentityNumber.IsValid($"010190012{last:00}")));
    }

    [Fact]
    public void A_second_check_digit_of_ten_makes_the_number_invalid()
    {
        // 010190 007 has first check digit 5; the second then comes to 10.
        Assert.Null(NationalIdentityNumber.Complete("010190007"));
        Assert.All(Enumerable.Range(0, 10), last => Assert.False(NationalIdentityNumber.IsValid($"0101900075{last}")));
    }

    [Fact]
    public void A_remainder_of_zero_gives_check_digit_zero()
    {
        // 11 − 0 = 11 counts as 0: weights 3 7 6 1 8 9 4 5 2 over 000000000 sum to 0.
        Assert.Equal(0, NationalIdentityNumber.CheckDigit([0, 0, 0, 0, 0, 0, 0, 0, 0], [3, 7, 6, 1, 8, 9, 4, 5, 2]));
    }

    [Theory]
    [InlineData("41")]
    [InlineData("71")]
    public void D_numbers_use_days_41_to_71(string day) =>
        Assert.True(NationalIdentityNumber.IsValid(SyntheticNumbers.WithCheckDigits(day + "0190")));

    [Theory]
    [InlineData("40")]
    [InlineData("72")]
    [InlineData("32")]
    [InlineData("00")]
    public void Days_outside_1_to_31_and_41_to_71_are_invalid(string day) =>
        Assert.False(NationalIdentityNumber.IsValid(SyntheticNumbers.WithCheckDigits(day + "0190")));
}
