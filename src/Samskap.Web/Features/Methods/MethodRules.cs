using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Methods;

/// <summary>An organisation's own method as its form sends it. Steps and materials are one per line.</summary>
public sealed class MethodInput
{
    public string? Name { get; set; }
    public string? Purpose { get; set; }
    public string? Steps { get; set; }
    public string? Materials { get; set; }
    public string? Minutes { get; set; }
    public string? GroupMin { get; set; }
    public string? GroupMax { get; set; }
    [FieldLabel(typeof(MethodsText), "Field.Phases")]
    public List<string> Phases { get; set; } = [];

    [FieldLabel(typeof(MethodsText), "Field.RelationBuilding")]
    public bool RelationBuilding { get; set; }

    [FieldLabel(typeof(MethodsText), "Field.Points")]
    public List<string> Points { get; set; } = [];
    public string? Source { get; set; }
    [FieldLabel(typeof(MethodsText), "Field.Hidden")]
    public bool Hidden { get; set; }

    /// <summary>A copy of a method, built-in or own, to change.</summary>
    public static MethodInput From(MethodView method) => new()
    {
        Name = method.Name,
        Purpose = method.Purpose,
        Steps = string.Join("\n", method.Steps),
        Materials = string.Join("\n", method.Materials),
        Minutes = method.Minutes.ToString(CultureInfo.InvariantCulture),
        GroupMin = method.GroupMin.ToString(CultureInfo.InvariantCulture),
        GroupMax = method.GroupMax.ToString(CultureInfo.InvariantCulture),
        Phases = [.. method.Phases],
        RelationBuilding = method.RelationBuilding,
        Points = [.. method.Points],
        Source = method.Licence is { } licence ? $"{method.Source} ({licence})" : method.Source,
        Hidden = method.Hidden,
    };
}

public sealed record CheckedMethod(
    string Name, string Purpose, IReadOnlyList<string> Steps, string Materials, int Minutes, int GroupMin, int GroupMax,
    IReadOnlyList<string> Phases, bool RelationBuilding, IReadOnlyList<string> Points, string Source, bool Hidden);

/// <summary>The rules an organisation's own method keeps.</summary>
public static class MethodRules
{
    /// <summary>Text written one item per line, as a list: empty lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    public static (List<FieldError> Errors, CheckedMethod? Method) Check(MethodInput input, IReadOnlyCollection<string> phases, IReadOnlyCollection<string> points)
    {
        var errors = new List<FieldError>();
        var name = (input.Name ?? "").Trim();
        if (name.Length == 0)
        {
            errors.Add(new FieldError(nameof(MethodInput.Name), "Method.Error.NameRequired"));
        }

        Limit(errors, nameof(MethodInput.Name), name, OrganizationMethod.NameMaxLength);
        var purpose = (input.Purpose ?? "").Trim();
        Limit(errors, nameof(MethodInput.Purpose), purpose, OrganizationMethod.PurposeMaxLength);
        var steps = Lines(input.Steps);
        if (steps.Count > OrganizationMethod.MaxSteps || steps.Any(step => step.Length > OrganizationMethod.StepMaxLength))
        {
            errors.Add(new FieldError(nameof(MethodInput.Steps), "Method.Error.Steps", $"{NumberText.Of(OrganizationMethod.MaxSteps)}"));
        }

        var materials = (input.Materials ?? "").Trim();
        Limit(errors, nameof(MethodInput.Materials), materials, OrganizationMethod.MaterialsMaxLength);
        var source = (input.Source ?? "").Trim();
        Limit(errors, nameof(MethodInput.Source), source, OrganizationMethod.SourceMaxLength);

        var minutes = Whole(errors, nameof(MethodInput.Minutes), input.Minutes, 1, 480);
        var groupMin = Whole(errors, nameof(MethodInput.GroupMin), input.GroupMin, 1, OrganizationMethod.MaxGroup);
        var groupMax = Whole(errors, nameof(MethodInput.GroupMax), input.GroupMax, 1, OrganizationMethod.MaxGroup);
        if (groupMin is { } least && groupMax is { } most && most < least)
        {
            errors.Add(new FieldError(nameof(MethodInput.GroupMax), "Method.Error.GroupOrder"));
        }

        if (input.Phases.Any(p => !phases.Contains(p)))
        {
            errors.Add(new FieldError(nameof(MethodInput.Phases), "Method.Error.Phase"));
        }

        if (input.Points.Any(p => !points.Contains(p)))
        {
            errors.Add(new FieldError(nameof(MethodInput.Points), "Method.Error.Point"));
        }

        return errors.Count > 0
            ? (errors, null)
            : (errors, new CheckedMethod(name, purpose, steps, materials, minutes!.Value, groupMin!.Value, groupMax!.Value,
                [.. input.Phases.Distinct()], input.RelationBuilding, [.. input.Points.Distinct()], source, input.Hidden));
    }

    public static void Apply(CheckedMethod input, OrganizationMethod method)
    {
        method.Name = input.Name;
        method.Purpose = input.Purpose;
        method.Steps = [.. input.Steps];
        method.Materials = input.Materials;
        method.Minutes = input.Minutes;
        method.GroupMin = input.GroupMin;
        method.GroupMax = input.GroupMax;
        method.Phases = [.. input.Phases];
        method.RelationBuilding = input.RelationBuilding;
        method.Points = [.. input.Points];
        method.Source = input.Source;
        method.Hidden = input.Hidden;
    }

    private static void Limit(List<FieldError> errors, string field, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, "Method.Error.TooLong", NumberText.Of(maxLength)));
        }
    }

    private static int? Whole(List<FieldError> errors, string field, string? text, int least, int most)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most)
        {
            return value;
        }

        errors.Add(new FieldError(field, "Method.Error.Whole", $"{NumberText.Of(least)}–{NumberText.Of(most)}"));
        return null;
    }
}
