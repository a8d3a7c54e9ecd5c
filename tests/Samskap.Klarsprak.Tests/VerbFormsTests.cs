namespace Samskap.Klarsprak.Tests;

/// <summary>The table of verb forms and the rules of the regular classes, without a text around them.</summary>
public sealed class VerbFormsTests
{
    private static readonly VerbLexicon _bokmal = VerbLexicon.For(WrittenStandard.Bokmal);
    private static readonly VerbLexicon _nynorsk = VerbLexicon.For(WrittenStandard.Nynorsk);

    [Theory]
    [InlineData("behandlet", "behandle", "behandler", "behandlet")]
    [InlineData("vurdert", "vurdere", "vurderer", "vurderte")]
    [InlineData("sendt", "sende", "sender", "sendte")]
    [InlineData("glemt", "glemme", "glemmer", "glemte")]
    [InlineData("kalt", "kalle", "kaller", "kalte")]
    [InlineData("prøvd", "prøve", "prøver", "prøvde")]
    [InlineData("bygd", "bygge", "bygger", "bygde")]
    [InlineData("nådd", "nå", "når", "nådde")]
    [InlineData("tilsendt", "tilsende", "tilsender", "tilsendte")]
    [InlineData("gitt", "gi", "gir", "ga")]
    [InlineData("oppgitt", "oppgi", "oppgir", "oppga")]
    [InlineData("gjort", "gjøre", "gjør", "gjorde")]
    [InlineData("offentliggjort", "offentliggjøre", "offentliggjør", "offentliggjorde")]
    [InlineData("spurt", "spørre", "spør", "spurte")]
    [InlineData("tillatt", "tillate", "tillater", "tillot")]
    [InlineData("nedrevet", "nedrive", "nedriver", "nedrev")]
    public void Bokmal_forms_come_from_the_table_or_the_rules(string participle, string infinitive, string present, string past) =>
        Assert.Equal(new VerbForms(infinitive, present, past, participle), _bokmal.FromParticiple(participle));

    [Fact]
    public void A_one_letter_first_part_does_not_make_a_compound() =>
        Assert.Equal(new VerbForms("kreve", "krever", "krevet", "krevet"), _bokmal.FromParticiple("krevet"));

    [Theory]
    [InlineData("vendt")]
    [InlineData("kledd")]
    [InlineData("het")]
    public void A_bokmal_participle_of_an_unknown_verb_in_t_or_d_gives_nothing(string participle) =>
        Assert.Null(_bokmal.FromParticiple(participle));

    [Theory]
    [InlineData("handsama", "handsame", "handsamar", "handsama", "handsama")]
    [InlineData("registrerte", "registrere", "registrerer", "registrerte", "registrert")]
    [InlineData("sendt", "sende", "sender", "sende", "sendt")]
    [InlineData("brukt", "bruke", "brukar", "brukte", "brukt")]
    [InlineData("vedteken", "vedta", "vedtek", "vedtok", "vedteke")]
    [InlineData("gjevne", "gje", "gjev", "gav", "gjeve")]
    [InlineData("godkjend", "godkjenne", "godkjenner", "godkjende", "godkjent")]
    [InlineData("planlagt", "planleggje", "planlegg", "planla", "planlagt")]
    public void Nynorsk_forms_come_from_the_table_or_the_rules(string written, string infinitive, string present, string past, string participle) =>
        Assert.Equal(new VerbForms(infinitive, present, past, participle), _nynorsk.FromParticiple(written));

    [Theory]
    [InlineData("sett")]
    [InlineData("solgt")]
    [InlineData("vendt")]
    public void A_nynorsk_participle_that_two_verbs_share_or_the_table_lacks_gives_nothing(string participle) =>
        Assert.Null(_nynorsk.FromParticiple(participle));

    [Theory]
    [InlineData("sende", "sender")]
    [InlineData("gjøre", "gjør")]
    [InlineData("avgjøre", "avgjør")]
    [InlineData("spørre", "spør")]
    [InlineData("nå", "når")]
    [InlineData("publisere", "publiserer")]
    public void Every_bokmal_infinitive_has_a_present(string infinitive, string present) =>
        Assert.Equal(present, _bokmal.PresentOf(infinitive));

    [Theory]
    [InlineData("sende", "sender")]
    [InlineData("handsame", "handsamar")]
    [InlineData("skrive", "skriv")]
    [InlineData("ta", "tek")]
    [InlineData("publisere", "publiserer")]
    [InlineData("leige", null)]
    public void A_nynorsk_infinitive_has_a_present_when_the_table_or_the_ere_rule_settles_it(string infinitive, string? present) =>
        Assert.Equal(present, _nynorsk.PresentOf(infinitive));

    [Theory]
    [InlineData(WrittenStandard.Bokmal, new string[0])]
    [InlineData(WrittenStandard.Nynorsk, new[] { "sett", "solgt" })]
    public void Every_participle_the_passive_rule_lists_has_its_forms(WrittenStandard standard, string[] unsettled)
    {
        var lexicon = VerbLexicon.For(standard);

        var missing = PassiveGrammar.For(standard).ListedParticiples.Where(p => lexicon.FromParticiple(p) is null).Order();

        Assert.Equal(unsettled.Order(), missing);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public void No_verb_is_in_the_table_twice(string id)
    {
        var entries = VerbLexicon.Parse(EmbeddedLists.Read($"verb-forms.{id}.txt"));

        Assert.True(entries.Count >= 40, $"{id}: {entries.Count} verbs");
        Assert.Empty(entries.GroupBy(e => e.Forms.Infinitive).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Parsing_reads_the_four_forms_and_any_other_participles()
    {
        var entries = VerbLexicon.Parse("# kommentar\n\nta tek tok teke teken tatt\n");

        var (forms, participles) = Assert.Single(entries);
        Assert.Equal(new VerbForms("ta", "tek", "tok", "teke"), forms);
        Assert.Equal(["teke", "teken", "tatt"], participles);
    }

    [Theory]
    [InlineData("gi gir ga", 1)]
    [InlineData("# ok\n\ngi gir Ga gitt", 3)]
    [InlineData("gi gir ga gi-tt", 1)]
    public void A_malformed_line_is_rejected_with_its_line_number(string list, int line)
    {
        var error = Assert.Throws<FormatException>(() => VerbLexicon.Parse(list));

        Assert.StartsWith($"Line {line}:", error.Message, StringComparison.Ordinal);
    }
}
