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
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        if (db.Database.IsSqlite())
        {
            await PreparedPerRowAsync(command, into, columns, rows, sql, cancellationToken);
        }
        else
        {
            await MultiRowAsync(command, into, columns, rows, sql, cancellationToken);
        }
    }

    /// <summary>
    /// SQLite, in the process, has no round trip to save: one statement, prepared once, its parameters
    /// made once by the mappings (which set their database types) and given each row's value
    /// converted as SaveChanges would (enums to text, lists to JSON, times to UTC text).
    /// </summary>
    private static async Task PreparedPerRowAsync<T>(DbCommand command, string into, List<Column> columns, IReadOnlyCollection<T> rows, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where T : class
    {
        command.CommandText = into + Tuple(columns.Count, 0, sql);
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
    /// A server database (PostgreSQL) gets multi-row INSERTs, a few hundred rows a statement: one
    /// round trip and one executor run for many rows.
    /// </summary>
    private static async Task MultiRowAsync<T>(DbCommand command, string into, List<Column> columns, IReadOnlyCollection<T> rows, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / columns.Count)))
        {
            command.Parameters.Clear();
            command.CommandText = into + string.Join(", ", chunk.Select((_, r) => Tuple(columns.Count, r * columns.Count, sql)));
            for (var r = 0; r < chunk.Length; r++)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    // The mapping converts the value as SaveChanges would, and sets the parameter's database type.
                    command.Parameters.Add(columns[i].Mapping.CreateParameter(
                        command, sql.GenerateParameterName($"p{(r * columns.Count) + i}"), columns[i].Property.GetGetter().GetClrValue(chunk[r]), columns[i].Property.IsNullable));
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>One row's placeholders, <c>(@p{first}, …)</c>.</summary>
    private static string Tuple(int columns, int first, ISqlGenerationHelper sql) =>
        $"({string.Join(", ", Enumerable.Range(first, columns).Select(i => sql.GenerateParameterNamePlaceholder($"p{i}")))})";

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping);
}
