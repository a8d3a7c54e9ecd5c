namespace Klarsprak.Benchmarks;

/// <summary>
/// The ceiling the analyser is measured against: the least a pass over the text must do to count
/// words, long words and sentence ends and to look every word up in a case-insensitive hash set as
/// large as the stiff-word list. No rules, no spans, no findings.
/// </summary>
internal static class CeilingPass
{
    public static int Run(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> listed)
    {
        var words = 0;
        var longWords = 0;
        var sentenceEnds = 0;
        var hits = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var letters = 0;
                do
                {
                    if (char.IsLetter(text[i]))
                    {
                        letters++;
                    }

                    i++;
                }
                while (i < text.Length && char.IsLetterOrDigit(text[i]));

                words++;
                if (letters > 6)
                {
                    longWords++;
                }

                if (listed.Contains(text.AsSpan(start, i - start)))
                {
                    hits++;
                }

                continue;
            }

            if (c is '.' or '!' or '?')
            {
                sentenceEnds++;
            }

            i++;
        }

        return words + longWords + sentenceEnds + hits;
    }
}
