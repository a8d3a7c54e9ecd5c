namespace Samskap.Klarsprak.Tests;

public sealed class PhraseTrieTests
{
    private static readonly PhraseTrie Trie = PhraseTrie.Build(
        [
            new StiffWordEntry("forestå*", "lede"),
            new StiffWordEntry("forestående", "kommende"),
            new StiffWordEntry("i forbindelse med", "ved"),
            new StiffWordEntry("i forbindelse", "ved"),
            new StiffWordEntry("fatt* vedtak", "bestemme"),
        ],
        [new KeyValuePair<string, WordClass>("blir", WordClass.PassiveAuxiliary)]);

    private static (int Entry, string Match, WordClass Class) Walk(string text)
    {
        var wordEnd = TextChars.ScanWord(text, 0, out _);
        var wordClass = Trie.Walk(text, 0, wordEnd, out var entry, out var end);
        return (entry, entry < 0 ? "" : text[..end], wordClass);
    }

    [Fact]
    public void At_equal_length_an_exact_entry_beats_a_star_entry() =>
        Assert.Equal((1, "forestående", WordClass.None), Walk("forestående møte"));

    [Fact]
    public void A_star_also_matches_the_bare_stem_and_any_letters_after_it()
    {
        Assert.Equal((0, "forestå", WordClass.None), Walk("forestå"));
        Assert.Equal((0, "forestått", WordClass.None), Walk("forestått"));
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        Assert.Equal((2, "i forbindelse med", WordClass.None), Walk("i forbindelse med møtet"));
        Assert.Equal((3, "i forbindelse", WordClass.None), Walk("i forbindelse mellom"));
    }

    [Fact]
    public void A_star_word_can_start_a_phrase() =>
        Assert.Equal((4, "fattet vedtak", WordClass.None), Walk("fattet vedtak"));

    [Fact]
    public void A_word_that_is_not_listed_matches_nothing_and_has_no_class()
    {
        Assert.Equal((-1, "", WordClass.None), Walk("forest"));
        Assert.Equal((-1, "", WordClass.None), Walk("vedtak"));
    }

    [Fact]
    public void Function_words_carry_their_class_case_insensitively() =>
        Assert.Equal((-1, "", WordClass.PassiveAuxiliary), Walk("BLIR"));
}
