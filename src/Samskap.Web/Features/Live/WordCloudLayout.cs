namespace Samskap.Web.Features.Live;

/// <summary>A word placed in the cloud: its baseline position and font size, in the cloud's own units.</summary>
public sealed record PlacedWord(string Word, int Count, double X, double Y, double Size);

/// <summary>The cloud laid out: the words and the height they need.</summary>
public sealed record WordCloud(IReadOnlyList<PlacedWord> Words, double Width, double Height);

/// <summary>
/// Lays out a word cloud in rows: the most given words first and largest, each row centred, so the
/// cloud reads in the same order as the list beside it. Widths are estimated from the letters (no
/// font is measured on the server), with room to spare so words do not touch.
/// </summary>
public static class WordCloudLayout
{
    public const double MinSize = 16;
    public const double MaxSize = 56;

    /// <summary>The share of the font size a letter may take in bold, with a margin: wide enough for capitals and æ, ø, å.</summary>
    private const double LetterWidth = 0.7;

    private const double Gap = 0.5;

    public static WordCloud Lay(IReadOnlyList<WordCount> words, double width, int maxWords = 40)
    {
        var shown = words.Take(maxWords).ToList();
        if (shown.Count == 0)
        {
            return new WordCloud([], width, 0);
        }

        var most = shown.Max(w => w.Count);
        var least = shown.Min(w => w.Count);
        var rows = new List<List<(WordCount Word, double Size, double Width)>>();
        var row = new List<(WordCount Word, double Size, double Width)>();
        var rowWidth = 0.0;
        foreach (var word in shown)
        {
            var size = most == least ? (MinSize + MaxSize) / 2 : MinSize + ((MaxSize - MinSize) * (word.Count - least) / (most - least));

            // A word longer than the cloud is wide gets a smaller size, never a line of its own that overflows.
            var wordWidth = word.Word.Length * size * LetterWidth;
            if (wordWidth > width)
            {
                size = Math.Max(8, width / (word.Word.Length * LetterWidth));
                wordWidth = word.Word.Length * size * LetterWidth;
            }

            var needed = (row.Count == 0 ? 0 : size * Gap) + wordWidth;
            if (row.Count > 0 && rowWidth + needed > width)
            {
                rows.Add(row);
                row = [];
                rowWidth = 0;
                needed = wordWidth;
            }

            row.Add((word, size, wordWidth));
            rowWidth += needed;
        }

        rows.Add(row);
        var placed = new List<PlacedWord>();
        var y = 0.0;
        foreach (var line in rows)
        {
            var height = line.Max(w => w.Size) * 1.25;
            var total = line.Sum(w => w.Width) + line.Skip(1).Sum(w => w.Size * Gap);
            var x = (width - total) / 2;
            y += height;
            foreach (var (word, size, wordWidth) in line)
            {
                placed.Add(new PlacedWord(word.Word, word.Count, Math.Round(x, 1), Math.Round(y - (height * 0.2), 1), Math.Round(size, 1)));
                x += wordWidth + (size * Gap);
            }
        }

        return new WordCloud(placed, width, Math.Round(y, 1));
    }
}
