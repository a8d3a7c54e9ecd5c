using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Samskap.Web.Data;

/// <summary>
/// Inserts many new rows of one entity type in the caller's transaction: on SQLite with one INSERT
/// prepared once and run for each row, on PostgreSQL with multi-row INSERTs. SaveChanges tracks
/// every entity, runs the interceptors and builds a statement per row, which costs far more than the
/// database's own work when a room sends thousands of ideas at once, and no library on the feed does
/// this for SQLite and PostgreSQL alike with EF Core's own mappings. The table, the columns and the
/// parameters come from EF Core's model, and its mappings convert the values, so a row is stored
/// exactly as SaveChanges would store it.
/// </summary>
/// <remarks>
/// Only for plain rows: every value set by the caller (keys, timestamps, tenant), no store-generated
/// values, no owned types. A unique key that refuses a row throws the provider's <see cref="DbException"/>.
/// </remarks>
public static class PreparedInsert
{
    /// <summary>Parameters in one multi-row statement: well under PostgreSQL's limit of 65,535.</summary>
    private const int MaxParameters = 6000;

    public static async Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("PreparedInsert writes inside the caller's transaction, so that the rows commit together.");
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToList();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
        if (command.Connection!.CanCreateBatch)
        {
            await InBatchAsync(command, columns, rows, sql, cancellationToken);
            return;
        }

        // The parameters are made once by the mappings (which set their database types) and given each
        // row's value converted as SaveChanges would (enums to text, lists to JSON, times to UTC text).
        var parameters = columns.Select((c, i) => c.Mapping.CreateParameter(command, sql.GenerateParameterName($"p{i}"), null, c.Property.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Property.GetGetter().GetClrValue(row);
                if (value is not null && columns[i].Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[i].Value = value ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A server database (PostgreSQL) gets the rows as multi-row INSERTs, a few hundred rows a
    /// statement: one round trip and one executor run for many rows. SQLite, in the process, has no
    /// round trip to save, and runs its one prepared statement fastest.
    /// </summary>
    private static async Task InBatchAsync<T>(DbCommand command, List<Column> columns, IReadOnlyCollection<T> rows, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where T : class
    {
        var insert = command.CommandText[..command.CommandText.IndexOf(" VALUES ", StringComparison.Ordinal)];
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        foreach (var chunk in rows.Chunk(perStatement))
        {
            command.Parameters.Clear();
            var values = new System.Text.StringBuilder(insert).Append(" VALUES ");
            for (var r = 0; r < chunk.Length; r++)
            {
                values.Append(r == 0 ? "(" : ", (");
                for (var i = 0; i < columns.Count; i++)
                {
                    var name = $"p{(r * columns.Count) + i}";
                    values.Append(i == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    // The mapping converts the value as SaveChanges would, and sets the parameter's database type.
                    command.Parameters.Add(columns[i].Mapping.CreateParameter(
                        command, sql.GenerateParameterName(name), columns[i].Property.GetGetter().GetClrValue(chunk[r]), columns[i].Property.IsNullable));
                }

                values.Append(')');
            }

            command.CommandText = values.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping);
}
