namespace Samskap.BrowserTests.Support;

/// <summary>Where the browser tests write what a person may want to look at afterwards (screenshots).</summary>
public static class TestOutput
{
    public const string Variable = "SAMSKAP_TEST_OUTPUT";

    /// <summary>$SAMSKAP_TEST_OUTPUT, or test-output at the repository root.</summary>
    public static string Folder { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(RepositoryRoot(), "test-output");

    /// <summary>The folder that holds Samskap.slnx, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Samskap.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Samskap.slnx above {AppContext.BaseDirectory}; set {Variable}.");
    }
}
