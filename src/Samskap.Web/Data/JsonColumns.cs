using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samskap.Web.Data;

/// <summary>
/// Maps a dictionary property to one JSON column: jsonb on PostgreSQL, TEXT on SQLite. Lists of
/// strings need none of this; EF maps them as primitive collections on both providers.
/// </summary>
public static class JsonColumns
{
    private const string Annotation = "Samskap:JsonColumn";
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.General);

    public static PropertyBuilder<Dictionary<string, TValue>> IsJsonColumn<TValue>(this PropertyBuilder<Dictionary<string, TValue>> property) =>
        property
            .HasConversion(
                value => JsonSerializer.Serialize(value, _options),
                json => JsonSerializer.Deserialize<Dictionary<string, TValue>>(json, _options) ?? new Dictionary<string, TValue>(),
                new ValueComparer<Dictionary<string, TValue>>(
                    (left, right) => left != null && right != null && left.Count == right.Count && !left.Except(right).Any(),
                    value => value.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key.GetHashCode(StringComparison.Ordinal), pair.Value)),
                    value => new Dictionary<string, TValue>(value)))
            .HasAnnotation(Annotation, true);

    /// <summary>Gives every JSON column the provider's column type; called once the features' configurations are applied.</summary>
    internal static void UseProviderType(ModelBuilder builder, string? providerName)
    {
        if (providerName?.Contains("Npgsql", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in builder.Model.GetEntityTypes().SelectMany(type => type.GetProperties()))
        {
            if (property.FindAnnotation(Annotation) is not null)
            {
                property.SetColumnType("jsonb");
            }
        }
    }
}
