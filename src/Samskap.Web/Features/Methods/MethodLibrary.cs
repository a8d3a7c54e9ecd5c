using System.Text.Json;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Methods;

/// <summary>Where a method comes from, credited as its licence asks.</summary>
public sealed record MethodSource(string Credit, string? Url, string? Licence);

/// <summary>A method's words in one language.</summary>
public sealed record MethodText(string Name, string Purpose, IReadOnlyList<string> Steps, IReadOnlyList<string> Materials);

/// <summary>A method of the built-in library, with its words in bokmål, nynorsk and English.</summary>
public sealed record BuiltInMethod(
    string Id,
    int Minutes,
    int GroupMin,
    int GroupMax,
    IReadOnlyList<string> Phases,
    bool RelationBuilding,
    IReadOnlyList<string> Points,
    MethodSource Source,
    IReadOnlyDictionary<string, MethodText> Text)
{
    /// <summary>The words in a language, bokmål when there are none in it.</summary>
    public MethodText In(string language) => Text.TryGetValue(language, out var text) ? text : Text[Cultures.Default];
}

/// <summary>
/// The methods we wrote ourselves, each in three languages, read once from methods.json in the
/// assembly. Descriptions are our own words; the source says where a method comes from.
/// </summary>
public static class MethodLibrary
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<IReadOnlyList<BuiltInMethod>> _methods = new(Load);
    private static readonly Lazy<Dictionary<string, BuiltInMethod>> _byId = new(() => _methods.Value.ToDictionary(m => m.Id));

    public static IReadOnlyList<BuiltInMethod> All => _methods.Value;

    public static BuiltInMethod? Find(string id) => _byId.Value.GetValueOrDefault(id);

    public static bool IsBuiltIn(string id) => _byId.Value.ContainsKey(id);

    private static List<BuiltInMethod> Load()
    {
        using var stream = typeof(MethodLibrary).Assembly.GetManifestResourceStream("Samskap.Methods.json")
            ?? throw new InvalidOperationException("The method library is missing from the assembly.");
        return JsonSerializer.Deserialize<List<BuiltInMethod>>(stream, _json)
            ?? throw new InvalidOperationException("The method library is empty.");
    }
}
