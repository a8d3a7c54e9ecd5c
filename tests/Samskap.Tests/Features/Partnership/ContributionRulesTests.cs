using Samskap.Web.Features.Partnership;

namespace Samskap.Tests.Features.Partnership;

public sealed class ContributionRulesTests
{
    private static readonly Guid _partner = Guid.NewGuid();

    private static ContributionInput Valid() => new() { PartnerId = _partner.ToString(), Kind = "knowledge", Description = "Erfaring fra ungdomsklubben" };

    private static List<string> Errors(ContributionInput input) => [.. ContributionRules.Check(input, [_partner]).Errors.Select(e => $"{e.Field}:{e.MessageKey}")];

    [Fact]
    public void Knowledge_needs_neither_hours_nor_money()
    {
        var (errors, contribution) = ContributionRules.Check(Valid(), [_partner]);

        Assert.Empty(errors);
        Assert.Equal(new CheckedContribution(_partner, ContributionKind.Knowledge, "Erfaring fra ungdomsklubben", null, null), contribution);
    }

    [Theory]
    [InlineData("7,5", 7.5)]
    [InlineData("7.5", 7.5)]
    [InlineData("15 000", 15000)]
    [InlineData("15\u00A0000", 15000)]
    [InlineData("0", 0)]
    public void Amounts_are_read_as_written_in_Norwegian_or_English(string typed, double expected)
    {
        var input = Valid();
        input.Nok = typed;

        Assert.Equal((decimal)expected, ContributionRules.Check(input, [_partner]).Contribution!.Nok);
    }

    [Theory]
    [InlineData("-1", "Hours:Contribution.Error.HoursNegative")]
    [InlineData("-0,5", "Hours:Contribution.Error.HoursNegative")]
    [InlineData("sju", "Hours:Contribution.Error.HoursNotANumber")]
    [InlineData("100000", null)]
    [InlineData("100000,5", "Hours:Contribution.Error.HoursTooLarge")]
    public void Hours_are_from_zero_to_the_limit(string hours, string? error)
    {
        var input = Valid();
        input.Hours = hours;

        Assert.Equal(error is null ? [] : [error], Errors(input));
    }

    [Fact]
    public void Negative_money_is_refused_by_its_field()
    {
        var input = Valid();
        input.Nok = "-100";

        Assert.Equal(["Nok:Contribution.Error.NokNegative"], Errors(input));
    }

    [Fact]
    public void A_partner_that_is_not_one_of_the_projects_is_refused()
    {
        var input = Valid();
        input.PartnerId = Guid.NewGuid().ToString();

        Assert.Equal(["PartnerId:Contribution.Error.PartnerId"], Errors(input));
    }

    [Theory]
    [InlineData("knowledge", true)]
    [InlineData("premises", true)]
    [InlineData("network", true)]
    [InlineData("Knowledge", false)]
    [InlineData("venue", false)]
    public void The_kind_is_one_of_the_contract_words(string kind, bool valid)
    {
        var input = Valid();
        input.Kind = kind;

        Assert.Equal(valid, Errors(input).Count == 0);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void A_description_may_have_1000_characters(int length, bool valid)
    {
        var input = Valid();
        input.Description = new string('a', length);

        Assert.Equal(valid, Errors(input).Count == 0);
    }
}
