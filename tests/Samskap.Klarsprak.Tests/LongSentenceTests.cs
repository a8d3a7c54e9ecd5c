namespace Samskap.Klarsprak.Tests;

public sealed class LongSentenceTests
{
    private static string Sentence(int words) => "Kort. " + string.Join(' ', Enumerable.Range(1, words).Select(i => i == 1 ? "Vi" : "ord")) + ". Slutt.";

    [Fact]
    public void A_sentence_of_26_words_is_long_and_its_span_is_the_sentence()
    {
        var text = Sentence(26);

        var finding = Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.LongSentence);

        Assert.Equal(26, finding.WordCount);
        Assert.StartsWith("Vi ord", text.Substring(finding.Start, finding.Length), StringComparison.Ordinal);
        Assert.EndsWith("ord.", text.Substring(finding.Start, finding.Length), StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("Vi", StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void A_sentence_of_25_words_is_not_long() =>
        Assert.DoesNotContain(Texts.Bokmal(Sentence(25)).Findings, f => f.Rule == RuleIds.LongSentence);

    [Fact]
    public void A_long_last_sentence_without_a_terminator_ends_at_its_last_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("ord", 30)) + "  ";

        var finding = Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.LongSentence);

        Assert.Equal(text.TrimEnd(), text.Substring(finding.Start, finding.Length));
    }

    [Fact]
    public void Abbreviations_do_not_cut_a_long_sentence_short()
    {
        const string text = "Vi tar med f.eks. mat, drikke, klær, sko, bøker, spill, kart, kompass og telt når vi går på tur i skogen med klassen kl. 18.00 i dag.";

        Assert.Equal(29, Assert.Single(Texts.Bokmal(text).Findings, f => f.Rule == RuleIds.LongSentence).WordCount);
    }
}
