namespace Samskap.Klarsprak;

/// <summary>Reads the word lists compiled into the assembly (Lists/*.txt).</summary>
internal static class EmbeddedLists
{
    public static string Read(string fileName)
    {
        var name = "Samskap.Klarsprak.Lists." + fileName;
        using var stream = typeof(EmbeddedLists).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The word list {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The lines that are not blank and not comments (#), trimmed, with their 1-based line numbers.</summary>
    public static IEnumerable<(int LineNumber, string Line)> ContentLines(string text)
    {
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return (lineNumber, line);
            }
        }
    }

    public static string Suffix(WrittenStandard standard) => standard switch
    {
        WrittenStandard.Bokmal => "nb",
        WrittenStandard.Nynorsk => "nn",
        _ => throw new ArgumentOutOfRangeException(nameof(standard), standard, null),
    };
}
