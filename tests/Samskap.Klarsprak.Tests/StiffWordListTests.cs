namespace Samskap.Klarsprak.Tests;

public sealed class StiffWordListTests
{
    [Theory]
    [InlineData(WrittenStandard.Bokmal)]
    [InlineData(WrittenStandard.Nynorsk)]
    public void Each_list_has_at_least_150_entries(WrittenStandard standard) =>
        Assert.True(StiffWordList.For(standard).Entries.Count >= 150, $"{standard}: {StiffWordList.For(standard).Entries.Count} entries");

    [Theory]
    [InlineData(WrittenStandard.Bokmal)]
    [InlineData(WrittenStandard.Nynorsk)]
    public void No_term_is_listed_twice(WrittenStandard standard)
    {
        var duplicates = StiffWordList.For(standard).Entries
            .GroupBy(e => e.Term, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData(WrittenStandard.Bokmal)]
    [InlineData(WrittenStandard.Nynorsk)]
    public void Every_entry_has_a_suggestion_that_differs_from_the_term(WrittenStandard standard)
    {
        Assert.All(StiffWordList.For(standard).Entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Suggestion), entry.Term);
            Assert.NotEqual(entry.Term.TrimEnd('*'), entry.Suggestion);
        });
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    public void Each_list_names_its_inspiration(string id)
    {
        using var stream = typeof(StiffWordList).Assembly.GetManifestResourceStream($"Samskap.Klarsprak.Lists.stiff-words.{id}.txt");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        Assert.Contains("Språkrådet, klarspråk-råd (sprakradet.no)", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_reads_terms_and_suggestions_and_skips_comments()
    {
        var entries = StiffWordList.Parse("# kommentar\n\nBenytt*  |  bruke \ni   forbindelse med | ved\n");

        Assert.Equal([new StiffWordEntry("benytt*", "bruke"), new StiffWordEntry("i forbindelse med", "ved")], entries);
        Assert.True(entries[0].MatchesInflectedForms);
        Assert.Equal(3, entries[1].WordCount);
    }

    [Theory]
    [InlineData("benytte", 1)]
    [InlineData("benytte | bruke | ekstra", 1)]
    [InlineData("# ok\nbenytte |", 2)]
    [InlineData(" | bruke", 1)]
    [InlineData("ben*ytte | bruke", 1)]
    [InlineData("benytte. | bruke", 1)]
    public void A_malformed_line_is_rejected_with_its_line_number(string list, int line)
    {
        var error = Assert.Throws<FormatException>(() => StiffWordList.Parse(list));

        Assert.StartsWith($"Line {line}:", error.Message, StringComparison.Ordinal);
    }
}
