namespace Samskap.Klarsprak.Tests;

/// <summary>
/// A sentence is dense with nominalisations when at least three of its words and at least one in
/// five are nouns in -ing, -else, -het/-heit or -sjon (inflected forms included).
/// </summary>
public sealed class NominalisationTests
{
    [Fact]
    public void Flags_a_dense_bokmal_sentence_with_its_counts()
    {
        // Gjennomføringen, evalueringen, involvering, koordinering, ledelsen: 5 of 9 words.
        const string text = "Vi ses. Gjennomføringen av evalueringen krever involvering og koordinering av ledelsen.";

        var finding = Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.Nominalisation);

        Assert.Equal("Gjennomføringen av evalueringen krever involvering og koordinering av ledelsen.", text.Substring(finding.Start, finding.Length));
        Assert.Equal(9, finding.WordCount);
        Assert.Equal(5, finding.NominalisationCount);
    }

    [Fact]
    public void Flags_a_dense_nynorsk_sentence()
    {
        // Gjennomføringa, evalueringa, involvering, koordinering, leiinga: 5 of 9 words.
        const string text = "Gjennomføringa av evalueringa krev involvering og koordinering av leiinga.";

        Assert.Equal(5, Assert.Single(Texts.Nynorsk(text).Findings, f => f.Rule == RuleIds.Nominalisation).NominalisationCount);
    }

    [Theory]
    [InlineData("Tilretteleggingen gir mulighet for forbedring av kommunikasjonen.", 4)]
    [InlineData("Forståelsen for sikkerheten og organisasjonen øker.", 3)]
    [InlineData("Kartlegginger og evalueringer av tjenestene viser gode resultater for helsen, og sikkerheten er god.", 3)]
    public void Counts_every_suffix_and_its_inflections(string text, int nominalisations) =>
        Assert.Equal(nominalisations, Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.Nominalisation).NominalisationCount);

    [Fact]
    public void Three_in_fifteen_words_is_dense_but_three_in_sixteen_is_not()
    {
        const string fifteen = "Evalueringen og kartleggingen viser at organisasjonen har gjort mye godt arbeid i år for barn.";
        const string sixteen = "Evalueringen og kartleggingen viser at organisasjonen har gjort mye godt arbeid i år for alle barn.";

        Assert.Single(Texts.Bokmal(fifteen).Findings, f => f.Rule == RuleIds.Nominalisation);
        Assert.DoesNotContain(Texts.Bokmal(sixteen).Findings, f => f.Rule == RuleIds.Nominalisation);
    }

    [Fact]
    public void Two_nominalisations_are_not_enough()
    {
        const string text = "Evaluering og involvering.";

        Assert.DoesNotContain(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.Nominalisation);
    }

    [Theory]
    [InlineData("Helsestasjonen og avdelingen i bygningen har ingen ting om folkehelsen.")]
    [InlineData("Ingen ringer, ingen finger, ingen nyheter, ingen helse og ingenting i regningen.")]
    [InlineData("Befolkningen i kommunen får pensjon og mange ting i stortinget.")]
    [InlineData("Med venleg helsing frå avdelinga og stasjonen.")]
    public void Concrete_nouns_and_short_words_with_the_same_endings_do_not_count(string text) =>
        Assert.DoesNotContain(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.Nominalisation);
}
