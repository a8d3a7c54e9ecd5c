namespace Samskap.TestSupport;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Samskap.Web");

    /// <summary>Every neutral (bokmål) text file of the web app, wherever its feature keeps it.</summary>
    public static IReadOnlyList<string> NeutralTextFiles() =>
        SourceFiles("*.resx").Where(file => Path.GetFileNameWithoutExtension(file).IndexOf('.', StringComparison.Ordinal) < 0).ToList();

    /// <summary>One text file by its marker's name ("ReadinessText") and language (nb, nn, en).</summary>
    public static string TextFile(string name, string language = "nb") =>
        NeutralTextFiles().Single(file => Path.GetFileNameWithoutExtension(file) == name) is var neutral && language == "nb"
            ? neutral
            : Path.ChangeExtension(neutral, $".{language}.resx");

    /// <summary>The web app's own files of a kind, without build output.</summary>
    public static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(WebProject, pattern, SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(file => file, StringComparer.Ordinal);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Samskap.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Samskap.slnx not found above " + AppContext.BaseDirectory);
    }
}
