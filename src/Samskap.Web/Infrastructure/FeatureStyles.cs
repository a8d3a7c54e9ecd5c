using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Samskap.Web.Infrastructure;

/// <summary>
/// Each feature keeps its stylesheet in its own folder (Features/Readiness/readiness.css). They are
/// served from /features/… and the layout links every one, each with a hash of its content so that a
/// changed file is fetched again. Razor CSS isolation does not reach partials and view components,
/// which is where most feature markup lives, so plain stylesheets are used instead.
/// </summary>
public sealed class FeatureStyles
{
    public const string RequestPath = "/features";

    private FeatureStyles(string folder, IReadOnlyList<string> links)
    {
        Folder = folder;
        Links = links;
    }

    public string Folder { get; }

    /// <summary>The stylesheets' addresses, in a fixed order (by path).</summary>
    public IReadOnlyList<string> Links { get; }

    public static FeatureStyles Find(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "Features");
        var links = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.css", SearchOption.AllDirectories)
                .Select(file => (Relative: Path.GetRelativePath(folder, file).Replace('\\', '/'), File: file))
                .OrderBy(style => style.Relative, StringComparer.Ordinal)
                .Select(style => $"{RequestPath}/{style.Relative}?v={Version(style.File)}")
                .ToList()
            : [];
        return new FeatureStyles(folder, links);
    }

    /// <summary>Serves the stylesheets and nothing else from the feature folders (no .cshtml, no .resx).</summary>
    public StaticFileOptions StaticFiles()
    {
        var cssOnly = new FileExtensionContentTypeProvider();
        cssOnly.Mappings.Clear();
        cssOnly.Mappings[".css"] = "text/css";
        return new StaticFileOptions
        {
            FileProvider = Directory.Exists(Folder) ? new PhysicalFileProvider(Folder) : new NullFileProvider(),
            RequestPath = RequestPath,
            ContentTypeProvider = cssOnly,
            ServeUnknownFileTypes = false,
        };
    }

    private static string Version(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
