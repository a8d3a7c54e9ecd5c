using Samskap.Web.Features.Partnership;

namespace Samskap.Tests.Features.Partnership;

public sealed class PartnerRulesTests
{
    private static readonly DateOnly _today = new(2026, 12, 2);

    private static PartnerInput Valid() => new() { Name = "Ungdomsrådet", Kind = "citizen", Role = "Kjenner skolehverdagen" };

    private static List<string> Fields(PartnerInput input) => [.. PartnerRules.Check(input, _today).Select(e => $"{e.Field}:{e.MessageKey}")];

    [Fact]
    public void A_partner_with_a_name_and_a_kind_and_no_contact_details_is_valid()
    {
        Assert.Empty(Fields(Valid()));
    }

    [Theory]
    [InlineData(200, false)]
    [InlineData(201, true)]
    public void The_name_may_have_200_characters_and_not_more(int length, bool refused)
    {
        var input = Valid();
        input.Name = new string('a', length);

        Assert.Equal(refused, Fields(input).Contains("Name:Partner.Error.NameTooLong"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_partner_needs_a_name(string? name)
    {
        var input = Valid();
        input.Name = name;

        Assert.Equal(["Name:Partner.Error.NameRequired"], Fields(input));
    }

    [Theory]
    [InlineData("citizen", true)]
    [InlineData("civil-society", true)]
    [InlineData("public", true)]
    [InlineData("business", true)]
    [InlineData("research", true)]
    [InlineData("other", true)]
    [InlineData("Citizen", false)]
    [InlineData("civil_society", false)]
    [InlineData("CivilSociety", false)]
    [InlineData(null, false)]
    public void The_kind_is_one_of_the_contract_words(string? kind, bool valid)
    {
        var input = Valid();
        input.Kind = kind;

        Assert.Equal(valid, !Fields(input).Contains("Kind:Partner.Error.Kind"));
    }

    [Fact]
    public void Contact_details_need_a_basis_and_a_deletion_date()
    {
        var input = Valid();
        input.ContactPhone = "+47 900 00 000";

        Assert.Equal(["KeepBasis:Partner.Error.KeepBasisRequired", "DeleteContactOn:Partner.Error.DeleteContactOnRequired"], Fields(input));
    }

    [Theory]
    [InlineData("2026-12-01", "DeleteContactOn:Partner.Error.DeleteContactOnPast")]
    [InlineData("2026-12-02", null)]
    [InlineData("02.12.2027", "DeleteContactOn:Partner.Error.DeleteContactOnDate")]
    public void The_deletion_date_is_today_or_later(string date, string? error)
    {
        var input = Valid();
        input.ContactName = "Kari";
        input.KeepBasis = "Samtykke";
        input.DeleteContactOn = date;

        Assert.Equal(error is null ? [] : [error], Fields(input));
    }

    [Theory]
    [InlineData("kari@example.no", true)]
    [InlineData("kari@", false)]
    [InlineData("+47 900 00 000", true)]
    public void E_mail_and_phone_are_checked_for_their_form(string value, bool valid)
    {
        var input = Valid();
        input.KeepBasis = "Samtykke";
        input.DeleteContactOn = "2027-01-01";
        if (value.Contains('@', StringComparison.Ordinal))
        {
            input.ContactEmail = value;
        }
        else
        {
            input.ContactPhone = value;
        }

        Assert.Equal(valid, Fields(input).Count == 0);
    }

    [Theory]
    [InlineData("900 00 000", true)]
    [InlineData("+47 (0) 22-33-44-55", true)]
    [InlineData("12", false)]
    [InlineData("Kari Nordmann", false)]
    [InlineData("90+000000", false)]
    public void A_phone_number_is_digits_with_the_usual_separators(string phone, bool valid)
    {
        Assert.Equal(valid, PartnerRules.IsPhoneNumber(phone));
    }

    [Fact]
    public void Contact_details_are_kept_until_90_days_after_the_projects_end_by_default()
    {
        Assert.Equal(new DateOnly(2027, 9, 28), PartnerRules.DefaultDeleteContactOn(new DateOnly(2027, 6, 30), _today));
    }

    [Fact]
    public void Without_an_end_date_or_with_one_already_past_contact_details_are_kept_a_year_by_default()
    {
        Assert.Equal(new DateOnly(2027, 12, 2), PartnerRules.DefaultDeleteContactOn(null, _today));
        Assert.Equal(new DateOnly(2027, 12, 2), PartnerRules.DefaultDeleteContactOn(_today.AddDays(-1), _today));
    }

    [Fact]
    public void Without_contact_details_no_basis_or_deletion_date_is_kept()
    {
        var input = Valid();
        input.KeepBasis = "Samtykke";
        input.DeleteContactOn = "2027-01-01";
        var partner = new Partner();

        PartnerRules.Apply(input, partner);

        Assert.Null(partner.KeepBasis);
        Assert.Null(partner.DeleteContactOn);
        Assert.Equal(PartnerKind.Citizen, partner.Kind);
    }
}
