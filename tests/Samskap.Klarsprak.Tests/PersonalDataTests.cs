namespace Samskap.Klarsprak.Tests;

public sealed class PersonalDataTests
{
    private static List<(string Span, string? Kind)> PersonalData(string text) =>
        [.. Texts.Bokmal(text).Findings.Where(f => f.Rule == RuleIds.PersonalData).Select(f => (text.Substring(f.Start, f.Length), f.Kind))];

    [Theory]
    [InlineData("Send svar til post@samskap.no.", "post@samskap.no")]
    [InlineData("Skriv til ola.nordmann+kurs@skien.kommune.no i dag", "ola.nordmann+kurs@skien.kommune.no")]
    [InlineData("Adresse: postmottak@ås.kommune.no", "postmottak@ås.kommune.no")]
    [InlineData("(kari_n-1@helse-vest.no)", "kari_n-1@helse-vest.no")]
    public void Finds_e_mail_addresses_without_the_period_after_them(string text, string address) =>
        Assert.Equal([(address, PersonalDataKinds.Email)], PersonalData(text));

    [Theory]
    [InlineData("Følg oss på @samskap i dag.")]
    [InlineData("Skriv a@b eller navn@domene.")]
    [InlineData("Feil: post@samskap.n og post@samskap.123")]
    [InlineData("Tegnet @ står alene, og .@. også.")]
    public void Leaves_what_is_not_an_e_mail_address_alone(string text) =>
        Assert.Empty(PersonalData(text));

    [Fact]
    public void Words_of_an_e_mail_address_get_no_other_findings()
    {
        const string text = "Skriv til bistand.vedrørende@kommune.no.";

        Assert.Equal(["bistand.vedrørende@kommune.no"], Texts.Bokmal(text).Findings.Select(f => text.Substring(f.Start, f.Length)));
    }

    [Theory]
    [InlineData("Ring 22 33 44 55 i dag.", "22 33 44 55")]
    [InlineData("Ring 912 34 567.", "912 34 567")]
    [InlineData("Ring 91234567, eller skriv.", "91234567")]
    [InlineData("Telefon +47 91234567", "+47 91234567")]
    [InlineData("Telefon +4791234567.", "+4791234567")]
    [InlineData("Telefon 0047 22 33 44 55.", "0047 22 33 44 55")]
    [InlineData("Telefon +47 22 33 44 55.", "+47 22 33 44 55")]
    [InlineData("Telefon +47 412 34 567.", "+47 412 34 567")]
    [InlineData("Grønt nummer: 800 12 345", "800 12 345")]
    [InlineData("Tlf: 35\u00A058\u00A042\u00A000", "35\u00A058\u00A042\u00A000")]
    public void Finds_norwegian_phone_numbers_in_common_groupings(string text, string number) =>
        Assert.Equal([(number, PersonalDataKinds.Phone)], PersonalData(text));

    [Theory]
    [InlineData("Budsjettet er 12 345 678 kroner.")]
    [InlineData("Ring 12345678 for å teste.")]
    [InlineData("Født 01.01.1990 i Skien.")]
    [InlineData("Vi trenger 1234 5678 ark.")]
    [InlineData("Organisasjonsnummer 974 760 673.")]
    [InlineData("Kontonummer 1234.56.78903 og 1234 56 78903.")]
    [InlineData("Tallene 22 33 44 55 66 er tilfeldige.")]
    [InlineData("Ring 9123456.")]
    [InlineData("Saksnummer 912345678.")]
    [InlineData("Koden ID91234567 og 91234567B er ikke numre.")]
    [InlineData("Beløpet 91234567,50 er for høyt.")]
    [InlineData("Periode 22334455-22334466.")]
    [InlineData("Telefon +46 91234567.")]
    public void Leaves_other_numbers_alone(string text) =>
        Assert.Empty(PersonalData(text));

    [Fact]
    public void A_phone_number_before_an_at_sign_is_part_of_an_e_mail_address()
    {
        Assert.Equal([("91234567@sms.no", PersonalDataKinds.Email)], PersonalData("Send til 91234567@sms.no."));
    }

    [Theory]
    [InlineData("01019012480")]
    [InlineData("010190 12480")]
    [InlineData("15058530015")]
    [InlineData("41019012393")]
    public void Finds_valid_fodselsnummer_and_d_numbers(string number)
    {
        var text = $"Fødselsnummer: {number}.";

        Assert.Equal([(number, PersonalDataKinds.NationalId)], PersonalData(text));
    }

    [Theory]
    [InlineData("01019012481")]
    [InlineData("01019012470")]
    [InlineData("0101901248")]
    [InlineData("010190124801")]
    [InlineData("0101 9012480")]
    public void Does_not_flag_eleven_digits_that_fail_the_check(string number) =>
        Assert.Empty(PersonalData($"Nummer {number} her."));

    [Fact]
    public void Synthetic_numbers_built_with_the_check_digit_algorithm_are_found()
    {
        foreach (var birth in new[] { "010190", "311299", "290200", "450385", "711224" })
        {
            for (var individual = 100; individual < 110; individual++)
            {
                var number = NationalIdentityNumber.Complete(birth + individual);
                if (number is null)
                {
                    continue;
                }

                Assert.Equal([(number, PersonalDataKinds.NationalId)], PersonalData($"Nr. {number} i saken."));
            }
        }
    }

    [Theory]
    [InlineData("320190")]
    [InlineData("011390")]
    [InlineData("720190")]
    [InlineData("310490")]
    [InlineData("300290")]
    public void A_number_with_an_impossible_date_is_not_a_national_id_even_with_right_check_digits(string date)
    {
        // The check digits are right for the digits as they stand, but the day or month does not exist.
        var number = SyntheticNumbers.WithCheckDigits(date);

        Assert.False(NationalIdentityNumber.IsValid(number));
        Assert.Empty(PersonalData($"Nummer {number}."));
    }

    [Theory]
    [InlineData("Fødselsnummer: 01019012480.", PersonalDataKinds.NationalId, PersonalDataAdvice.Remove)]
    [InlineData("D-nummer: 41019012393.", PersonalDataKinds.NationalId, PersonalDataAdvice.Remove)]
    [InlineData("Ring oss på 22 33 44 55.", PersonalDataKinds.Phone, PersonalDataAdvice.Check)]
    [InlineData("Skriv til post@samskap.no.", PersonalDataKinds.Email, PersonalDataAdvice.Check)]
    public void A_fodselsnummer_is_always_removed_while_contact_details_are_checked(string text, string kind, string advice)
    {
        var finding = Texts.Bokmal(text).Findings.Single();

        Assert.Equal((RuleIds.PersonalData, kind, advice), (finding.Rule, finding.Kind, finding.Advice));
    }

    [Fact]
    public void Findings_of_other_rules_carry_no_advice()
    {
        var findings = Texts.Bokmal("Vi ber deg benytte skjemaet. Søknaden behandles fortløpende.").Findings;

        Assert.Equal([RuleIds.StiffWord, RuleIds.Passive, RuleIds.StiffWord], findings.Select(f => f.Rule));
        Assert.All(findings, f => Assert.Null(f.Advice));
    }
}
