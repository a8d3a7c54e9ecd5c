using System.Globalization;
using CsvHelper;

namespace Samskap.Web.Features.Live;

/// <summary>
/// A session's contributions as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads
/// æøå), one row each. Held ones are marked and their text left out; text that a spreadsheet would
/// run as a formula is escaped.
/// </summary>
public static class LiveExport
{
    public static byte[] Csv(IEnumerable<LiveContribution> contributions, IReadOnlyDictionary<Guid, string> activityTitles, IReadOnlyDictionary<Guid, int> upvotes)
    {
        using var output = new MemoryStream();
        var options = new CsvWriterOptions
        {
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            csv.WriteRecords(contributions.Select(c => new ExportRow
            {
                Id = c.Id,
                Activity = activityTitles.GetValueOrDefault(c.ActivityId, ""),
                Kind = LiveWords.Word(c.Kind),
                Text = c.Held ? "" : c.Text ?? "",
                Category = c.Category ?? "",
                Words = c.Held ? "" : string.Join(" | ", c.Words),
                Values = string.Join(" | ", c.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}")),
                Upvotes = upvotes.GetValueOrDefault(c.Id),
                ParticipantKind = c.ParticipantKind ?? LiveWords.NotSaid,
                Held = c.Held,
                Hidden = c.Hidden,
                MergedInto = c.MergedIntoId?.ToString() ?? "",
                CreatedAt = DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
            }));
        }

        return output.ToArray();
    }
}

/// <summary>One row of the export; CsvHelper's source generator writes its mapping, and the property names are the header.</summary>
[CsvRecord]
internal sealed partial class ExportRow
{
    public Guid Id { get; set; }
    public string Activity { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public string Category { get; set; } = "";
    public string Words { get; set; } = "";
    public string Values { get; set; } = "";
    public int Upvotes { get; set; }
    public string ParticipantKind { get; set; } = "";
    public bool Held { get; set; }
    public bool Hidden { get; set; }
    public string MergedInto { get; set; } = "";
    public string CreatedAt { get; set; } = "";
}
