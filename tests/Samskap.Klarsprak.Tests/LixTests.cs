namespace Samskap.Klarsprak.Tests;

/// <summary>
/// LIX on texts counted by hand. Each comment lists the words, with long ones (more than six
/// letters) marked *, and the sentences.
/// </summary>
public sealed class LixTests
{
    private static void AssertCounts(Analysis analysis, int words, int sentences, int longWords, double lix, string bandId)
    {
        Assert.Equal(words, analysis.Words);
        Assert.Equal(sentences, analysis.Sentences);
        Assert.Equal(longWords, analysis.LongWords);
        Assert.Equal(lix, analysis.Lix, 0.01);
        Assert.Equal(bandId, analysis.BandId);
    }

    [Fact]
    public void Counts_a_plain_bokmal_invitation()
    {
        // Vi inviterer* til møte om folkehelse* | Alle er velkomne*
        // 9 words, 2 sentences, 3 long: 9/2 + 300/9 = 37.83
        var analysis = Texts.Bokmal("Vi inviterer til møte om folkehelse. Alle er velkomne!");

        AssertCounts(analysis, words: 9, sentences: 2, longWords: 3, lix: 37.83, LixBands.EasyId);
        Assert.Equal(4.5, analysis.AverageSentenceLength);
    }

    [Fact]
    public void Abbreviation_periods_and_clock_times_do_not_end_sentences()
    {
        // Ta med f eks matpakke* drikke o l til turen. | Vi møtes bl a ved skolen kl 18 00 i dag. | Husk klær sko m m
        // The last sentence ends in «m.m.», which never ends a sentence; the words after the last
        // terminator still make a sentence. 26 words, 3 sentences, 1 long: 26/3 + 100/26 = 12.51
        var analysis = Texts.Bokmal("Ta med f.eks. matpakke, drikke o.l. til turen. Vi møtes bl.a. ved skolen kl. 18.00 i dag. Husk klær, sko m.m.");

        AssertCounts(analysis, words: 26, sentences: 3, longWords: 1, lix: 12.51, LixBands.VeryEasyId);
    }

    [Fact]
    public void An_abbreviation_at_the_end_of_a_sentence_joins_it_to_the_next()
    {
        // Vi tar med kaffe kaker osv Alle er velkomne*: one sentence, as «osv.» never ends one.
        // 9 words, 1 sentence, 1 long: 9 + 100/9 = 20.11
        var analysis = Texts.Bokmal("Vi tar med kaffe, kaker osv. Alle er velkomne.");

        AssertCounts(analysis, words: 9, sentences: 1, longWords: 1, lix: 20.11, LixBands.VeryEasyId);
    }

    [Fact]
    public void Abbreviations_are_matched_without_regard_to_case()
    {
        var analysis = Texts.Bokmal("F.eks. kan du komme. BL.A. kommer ordføreren. Ta med Inkl. mat.");

        Assert.Equal(3, analysis.Sentences);
    }

    [Fact]
    public void A_colon_ends_a_sentence_only_before_a_capital_letter()
    {
        // Merk: | Fristen* er 1. | mars. | Dette trenger* du: pass og førerkort*.
        // «1.» ends a sentence (the period is not between two digits). 11 words, 4 sentences, 3 long:
        // 11/4 + 300/11 = 30.02
        var analysis = Texts.Bokmal("Merk: Fristen er 1. mars. Dette trenger du: pass og førerkort.");

        AssertCounts(analysis, words: 11, sentences: 4, longWords: 3, lix: 30.02, LixBands.EasyId);
    }

    [Fact]
    public void A_colon_before_a_number_does_not_end_a_sentence()
    {
        var analysis = Texts.Bokmal("Tid: 18.00");

        Assert.Equal(3, analysis.Words);
        Assert.Equal(1, analysis.Sentences);
    }

    [Fact]
    public void Headings_and_list_items_on_their_own_lines_are_sentences()
    {
        // Invitasjon* til helsekafé* | Slik melder du deg på: | send e-post til oss | ring kontoret* | Velkommen*!
        // 15 words, 5 sentences, 4 long: 15/5 + 400/15 = 29.67
        var text = "Invitasjon til helsekafé\nSlik melder du deg på:\n- send e-post til oss\n- ring kontoret\nVelkommen!";

        AssertCounts(Texts.Bokmal(text), words: 15, sentences: 5, longWords: 4, lix: 29.67, LixBands.VeryEasyId);
    }

    [Fact]
    public void Windows_line_breaks_and_blank_lines_end_a_line_once()
    {
        var analysis = Texts.Bokmal("Overskrift\r\n\r\nTekst her.\r\n");

        Assert.Equal(3, analysis.Words);
        Assert.Equal(2, analysis.Sentences);
    }

    [Fact]
    public void Hyphens_and_apostrophes_join_words_but_dashes_do_not()
    {
        // Send e-post ikke brev til kontoret* | Fritidsklubben* for alle åpner i 2026 | Vi låner Lars'bil* og Ola’s sykkel
        // 18 words, 3 sentences, 3 long: 18/3 + 300/18 = 22.67
        var analysis = Texts.Bokmal("Send e-post – ikke brev – til kontoret. Fritidsklubben—for alle—åpner i 2026. Vi låner Lars'bil og Ola’s sykkel.");

        AssertCounts(analysis, words: 18, sentences: 3, longWords: 3, lix: 22.67, LixBands.VeryEasyId);
    }

    [Fact]
    public void Counts_e_post_as_one_word()
    {
        var analysis = Texts.Bokmal("e-post");

        Assert.Equal(1, analysis.Words);
        Assert.Equal(0, analysis.LongWords);
    }

    [Fact]
    public void A_double_hyphen_or_a_hyphen_at_a_word_edge_does_not_join()
    {
        Assert.Equal(2, Texts.Bokmal("e--post").Words);
        Assert.Equal(3, Texts.Bokmal("for- og etterarbeid").Words);
    }

    [Fact]
    public void Digits_are_words_but_not_letters()
    {
        // 2026 has no letters; abc1234defg has seven letters and is long.
        var analysis = Texts.Bokmal("I 2026 kommer abc1234defg.");

        Assert.Equal(4, analysis.Words);
        Assert.Equal(1, analysis.LongWords);
    }

    [Fact]
    public void Counts_a_nynorsk_text()
    {
        // Kommunen* inviterer* til eit ope møte om folkehelse* i kommunen* |
        // Møtet vert halde på rådhuset* og alle er velkomne* | Me byrjar klokka 18 00
        // 24 words, 3 sentences, 6 long: 24/3 + 600/24 = 33.00
        var analysis = Texts.Nynorsk("Kommunen inviterer til eit ope møte om folkehelse i kommunen. Møtet vert halde på rådhuset, og alle er velkomne. Me byrjar klokka 18.00.");

        AssertCounts(analysis, words: 24, sentences: 3, longWords: 6, lix: 33.00, LixBands.EasyId);
    }

    [Fact]
    public void A_run_of_terminators_ends_one_sentence()
    {
        var analysis = Texts.Bokmal("Hva?! Nei... Jo!!!");

        AssertCounts(analysis, words: 3, sentences: 3, longWords: 0, lix: 1.0, LixBands.VeryEasyId);
    }

    [Fact]
    public void Text_without_a_terminator_is_one_sentence()
    {
        var analysis = Texts.Bokmal("Hei på deg");

        AssertCounts(analysis, words: 3, sentences: 1, longWords: 0, lix: 3.0, LixBands.VeryEasyId);
    }

    [Fact]
    public void Words_after_the_last_terminator_make_a_sentence()
    {
        Assert.Equal(2, Texts.Bokmal("Første setning. Og så litt til").Sentences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("... !!! -- ?")]
    [InlineData("🙂 – — :")]
    public void A_text_without_words_has_no_sentences_and_a_lix_of_zero(string text)
    {
        var analysis = Texts.Bokmal(text);

        AssertCounts(analysis, words: 0, sentences: 0, longWords: 0, lix: 0, LixBands.VeryEasyId);
        Assert.Equal(0, analysis.AverageSentenceLength);
        Assert.True(analysis.IsIndicative);
        Assert.Empty(analysis.Findings);
    }

    [Fact]
    public void A_score_from_fewer_than_fifty_words_is_indicative()
    {
        var fortyNine = string.Join(' ', Enumerable.Repeat("ord", 49)) + ".";
        var fifty = string.Join(' ', Enumerable.Repeat("ord", 50)) + ".";

        Assert.True(Texts.Bokmal(fortyNine).IsIndicative);
        Assert.False(Texts.Bokmal(fifty).IsIndicative);
    }

    [Fact]
    public void Lix_is_not_rounded()
    {
        // 3 words, 1 sentence, 1 long: 3 + 100/3 = 36.333…
        Assert.Equal(3 + (100.0 / 3), Texts.Bokmal("Ett langt fødselsår").Lix, 12);
    }

    [Theory]
    [InlineData(0, LixBands.VeryEasyId)]
    [InlineData(29.99, LixBands.VeryEasyId)]
    [InlineData(30, LixBands.EasyId)]
    [InlineData(39.99, LixBands.EasyId)]
    [InlineData(40, LixBands.MediumId)]
    [InlineData(49.99, LixBands.MediumId)]
    [InlineData(50, LixBands.DifficultId)]
    [InlineData(59.99, LixBands.DifficultId)]
    [InlineData(60, LixBands.VeryDifficultId)]
    [InlineData(95, LixBands.VeryDifficultId)]
    public void Bands_follow_the_boundaries_without_rounding(double lix, string bandId) =>
        Assert.Equal(bandId, LixBands.Id(LixBands.Of(lix)));

    [Fact]
    public void Band_ids_are_the_contracted_strings()
    {
        Assert.Equal(
            ["very-easy", "easy", "medium", "difficult", "very-difficult"],
            Enum.GetValues<LixBand>().Select(LixBands.Id));
    }

    [Fact]
    public void A_decomposed_letter_does_not_split_a_word()
    {
        // «på» written as p + a + combining ring above.
        var analysis = Texts.Bokmal("Vi ses pa\u030A torsdag.");

        Assert.Equal(4, analysis.Words);
    }
}
