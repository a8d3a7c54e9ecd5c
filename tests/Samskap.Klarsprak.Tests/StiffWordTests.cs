namespace Samskap.Klarsprak.Tests;

public sealed class StiffWordTests
{
    [Fact]
    public void Finds_a_stiff_word_with_its_plainer_alternative_and_exact_span()
    {
        const string text = "Vi vil benytte anledningen til å takke.";

        var finding = Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.StiffWord);

        Assert.Equal("benytte", text.Substring(finding.Start, finding.Length));
        Assert.Equal("bruke", finding.Suggestion);
        Assert.Equal("benytt*", finding.Term);
    }

    [Theory]
    [InlineData("Tiltaket ble iverksatt i mai.", "iverksatt")]
    [InlineData("Tiltakene iverksettes i mai.", "iverksettes")]
    [InlineData("Vi mottok en anmodning om hjelp.", "anmodning")]
    [InlineData("Hun har erholdt svar.", "erholdt")]
    [InlineData("Søknaden ble innvilget.", "innvilget")]
    public void A_star_entry_matches_inflected_forms(string text, string expected) =>
        Assert.Equal([expected], Texts.Bokmal(text).Spans(text, RuleIds.StiffWord));

    [Theory]
    [InlineData("Vedrørende søknaden din.", "Vedrørende")]
    [InlineData("HVORVIDT DU KAN KOMME.", "HVORVIDT")]
    [InlineData("I Henhold Til reglene.", "I Henhold Til")]
    public void Matching_ignores_case(string text, string expected) =>
        Assert.Equal([expected], Texts.Bokmal(text).Spans(text, RuleIds.StiffWord));

    [Theory]
    [InlineData("Vi hadde en god samtale.")]
    [InlineData("Fremgangen er god.")]
    [InlineData("Vi fikk en forsinkelse.")]
    [InlineData("Fremmøtet var stort.")]
    [InlineData("Vi trenger tilbakemeldinger.")]
    public void Matches_whole_words_only(string text)
    {
        // samt, fremgå*, forsøke, fremmøte, tilbake… are listed; these words only start or contain them.
        Assert.Empty(Texts.Bokmal(text).Spans(text, RuleIds.StiffWord));
    }

    [Fact]
    public void Matches_phrases_across_several_spaces_but_not_across_a_line_break()
    {
        const string spaced = "Dette gjelder i  forbindelse\tmed møtet.";
        const string broken = "Dette gjelder i\nforbindelse med møtet.";

        Assert.Equal(["i  forbindelse\tmed"], Texts.Bokmal(spaced).Spans(spaced, RuleIds.StiffWord));
        Assert.Empty(Texts.Bokmal(broken).Spans(broken, RuleIds.StiffWord));
    }

    [Fact]
    public void The_longest_phrase_wins_and_findings_do_not_overlap()
    {
        const string text = "Budsjettet for inneværende år er vedtatt.";

        var finding = Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.StiffWord);

        Assert.Equal("inneværende år", text.Substring(finding.Start, finding.Length));
        Assert.Equal("i år", finding.Suggestion);
    }

    [Fact]
    public void The_more_specific_entry_wins_when_two_cover_the_same_word()
    {
        // vederlag* (betaling) and vederlagsfri* (gratis) both cover «vederlagsfritt».
        const string text = "Kurset er vederlagsfritt.";

        Assert.Equal("gratis", Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.StiffWord).Suggestion);
    }

    [Fact]
    public void A_star_inside_a_phrase_matches_inflected_first_words()
    {
        const string text = "Styret fattet vedtak i saken, og møtet fant sted i går.";

        Assert.Equal(["fattet vedtak", "fant sted"], Texts.Bokmal(text).Spans(text, RuleIds.StiffWord));
    }

    [Fact]
    public void Nynorsk_text_uses_the_nynorsk_list()
    {
        const string text = "Vi vil setje i verk tiltak med omsyn til helse, og vi nyttar ressursane i samband med dette.";

        var findings = Texts.Nynorsk(text).Findings.Where(f => f.Rule == RuleIds.StiffWord).ToList();

        Assert.Equal(["setje i verk", "med omsyn til", "nyttar", "i samband med"], findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.Equal(["setje i gang, starte", "om, når det gjeld", "brukar", "ved, når, om"], findings.Select(f => f.Suggestion));
    }

    [Fact]
    public void Bokmal_text_does_not_use_the_nynorsk_list()
    {
        const string text = "Vi vil sjå på saka med omsyn til helse.";

        Assert.Empty(Texts.Bokmal(text).Spans(text, RuleIds.StiffWord));
        Assert.Equal(["med omsyn til"], Texts.Nynorsk(text).Spans(text, RuleIds.StiffWord));
    }

    [Fact]
    public void A_curly_apostrophe_and_a_hyphen_belong_to_the_word()
    {
        // «benytte-ordningen» is one word, so benytt* (any letters after) matches it all; a stiff
        // word before a curly apostrophe is one word with what follows and does not match alone.
        const string text = "Bruk benytte-ordningen og bistand’en.";

        Assert.Equal(["benytte-ordningen"], Texts.Bokmal(text).Spans(text, RuleIds.StiffWord));
    }

    [Theory]
    [MemberData(nameof(EveryEntry))]
    public void Every_list_entry_matches_its_own_term(string standard, string term, string suggestion)
    {
        var text = term.Replace("*", "", StringComparison.Ordinal);

        var finding = Assert.Single(Texts.Analyze(text, standard).Findings, f => f.Rule == RuleIds.StiffWord);

        Assert.Equal(0, finding.Start);
        Assert.Equal(text.Length, finding.Length);
        Assert.Equal(term, finding.Term);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    public static TheoryData<string, string, string> EveryEntry()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (standard, id) in new[] { (WrittenStandard.Bokmal, "nb"), (WrittenStandard.Nynorsk, "nn") })
        {
            foreach (var entry in StiffWordList.For(standard).Entries)
            {
                data.Add(id, entry.Term, entry.Suggestion);
            }
        }

        return data;
    }
}
