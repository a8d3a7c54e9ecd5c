using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Sessions;

namespace Samskap.Web.Features.Report;

/// <summary>One table of the export: its file name (without .csv), its columns, and its rows of plain values.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// A project's data for other systems and for a spreadsheet: one table per kind of row. It holds
/// nothing that ties what was said to a person: no participant, token, phone or account, no
/// partner's contact details, no text held back for personal data; the pulse and the evaluation
/// only as the figures the group-size rule lets be shown.
/// </summary>
public static class ProjectExport
{
    /// <summary>Norwegian Excel reads a semicolon as the field separator and a comma as the decimal mark.</summary>
    public const char Separator = ';';

    private static readonly CultureInfo _norwegian = CultureInfo.GetCultureInfo("nb");

    public static async Task<IReadOnlyList<ExportTable>> TablesAsync(AppDbContext db, ProjectScope scope, TimeProvider clock, CancellationToken cancellationToken)
    {
        var id = scope.Id;
        var lessons = await db.ReportNotes.AsNoTracking().Where(n => n.ProjectId == id).Select(n => n.Lessons).FirstOrDefaultAsync(cancellationToken);
        var project = new ExportTable("project", ["id", "title", "challenge", "startsOn", "endsOn", "lessons"],
            [[id, scope.Title, scope.Project.Challenge, scope.Project.StartsOn, scope.Project.EndsOn, lessons ?? ""]]);

        var partners = await db.Partners.AsNoTracking().Where(p => p.ProjectId == id).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Kind, p.Role }).ToListAsync(cancellationToken);
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.ProjectId == id).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.PartnerId, c.Kind, c.Description, c.Hours, c.Nok, c.CreatedAt }).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ProjectId == id).OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new { s.Id, s.Title, s.Kind, s.Phase, s.Date, s.Start, s.End, s.Status }).ToListAsync(cancellationToken);
        var blocks = await db.AgendaBlocks.AsNoTracking().Where(b => b.ProjectId == id).OrderBy(b => b.SessionId).ThenBy(b => b.Position)
            .Select(b => new { b.SessionId, b.Position, b.Title, b.MethodId, b.Minutes, b.IsBreak, b.RelationBuilding }).ToListAsync(cancellationToken);
        var ideas = await (
                from c in db.LiveContributions.AsNoTracking()
                join s in db.Sessions on c.SessionId equals s.Id
                join a in db.LiveActivities on c.ActivityId equals a.Id
                where s.ProjectId == id && c.Kind == ActivityKind.Ideas
                orderby c.CreatedAt
                select new { c.Id, c.SessionId, Activity = a.Title, c.Text, c.Category, c.ParticipantKind, c.Held, c.Hidden, c.MergedIntoId, c.CreatedAt })
            .ToListAsync(cancellationToken);
        var log = await DecisionLog.LoadAsync(db, scope, cancellationToken);
        var evaluation = await ProjectEvaluation.LoadAsync(db, scope, clock, cancellationToken);
        var readiness = await ProjectReadiness.RoundsAsync(db, id, Infrastructure.Localisation.NorwegianTime.Today(clock), cancellationToken);

        return
        [
            project,
            new("partners", ["id", "name", "kind", "role"], [.. partners.Select(p => (IReadOnlyList<object?>)[p.Id, p.Name, PartnershipWords.Word(p.Kind), p.Role])]),
            new("contributions", ["id", "partnerId", "kind", "description", "hours", "nok", "createdAt"],
                [.. contributions.Select(c => (IReadOnlyList<object?>)[c.Id, c.PartnerId, PartnershipWords.Word(c.Kind), c.Description, c.Hours, c.Nok, Utc(c.CreatedAt)])]),
            new("sessions", ["id", "title", "kind", "phase", "date", "start", "end", "status"],
                [.. sessions.Select(s => (IReadOnlyList<object?>)[s.Id, s.Title, s.Kind.ToString().ToLowerInvariant(), s.Phase, s.Date, s.Start, s.End, s.Status.ToString().ToLowerInvariant()])]),
            new("agenda-blocks", ["sessionId", "position", "title", "methodId", "minutes", "break", "relationBuilding"],
                [.. blocks.Select(b => (IReadOnlyList<object?>)[b.SessionId, b.Position, b.Title, b.MethodId, b.Minutes, b.IsBreak, b.RelationBuilding])]),
            new("ideas", ["id", "sessionId", "activity", "text", "category", "participantKind", "heldForPersonalData", "hidden", "mergedInto", "createdAt"],
                [.. ideas.Select(i => (IReadOnlyList<object?>)[i.Id, i.SessionId, i.Activity, i.Held ? "" : i.Text, i.Category, i.ParticipantKind ?? LiveWords.NotSaid, i.Held, i.Hidden, i.MergedIntoId, Utc(i.CreatedAt)])]),
            new("decisions", ["id", "title", "decidedOn", "basedOnText", "citizenKnowledgeChanged", "citizenKnowledgeNote", "corrects", "contributionIds", "liveContributionIds"],
                [.. log.Entries.OrderBy(e => e.DecidedOn).ThenBy(e => e.CreatedAt).Select(e => (IReadOnlyList<object?>)[
                    e.Id, e.Title, e.DecidedOn, e.BasedOnText, DecisionRules.Word(e.CitizenKnowledgeChanged), e.CitizenKnowledgeNote, e.CorrectsId,
                    string.Join(' ', e.Contributions.Select(c => c.ContributionId)), string.Join(' ', e.LiveContributions.Select(c => c.LiveContributionId))])]),
            new("readiness-rounds", ["number", "opensOn", "closesOn", "respondents", "verdict", .. ReadinessStatements.Steps],
                [.. readiness.Select(r => (IReadOnlyList<object?>)[
                    r.Round.Number, r.Round.OpensOn, r.Round.ClosesOn, r.Tally.Respondents, r.Tally.Result is { } result ? ReadinessScoring.Word(result.Verdict) : null,
                    .. ReadinessStatements.Steps.Select(step => (object?)r.Tally.Result?.Prerequisites.First(p => p.Id == step).Score)])]),
            new("pulse-results", ["sessionId", "statementId", "group", "answers", "mean", "needed"],
                [.. evaluation.Pulse.SelectMany(p => p.Pulse.Statements.Select(f => (Group: "all", Figure: f))
                    .Concat(p.Pulse.ByKind.SelectMany(k => k.Value.Select(f => (Group: k.Key, Figure: f))))
                    .Select(x => (IReadOnlyList<object?>)[p.SessionId, x.Figure.Id, x.Group, x.Figure.N, x.Figure.Mean, x.Figure.Needed]))]),
            new("evaluation-rounds", ["id", "number", "title", "opensOn", "closesOn", "closedAt"],
                [.. evaluation.Rounds.Select(r => (IReadOnlyList<object?>)[r.Round.Id, r.Round.Number, r.Round.Title, r.Round.OpensOn, r.Round.ClosesOn, r.Round.ClosedAt is { } closed ? Utc(closed) : null])]),
            new("evaluation-results", ["roundId", "group", "statementId", "answers", "mean", "needed", "dontKnow"],
                [.. evaluation.Rounds.SelectMany(r => r.Result.Groups.SelectMany(g => g.Value.Select(f => (IReadOnlyList<object?>)[
                    r.Round.Id, EvaluationGroups.Word(g.Key), f.StatementId, f.N, f.Mean, f.Needed, f.Mean is null ? null : f.DontKnow])))]),
        ];
    }

    /// <summary>The tables as CSV files in one ZIP: UTF-8 with a byte-order mark, so Excel reads æøå, and semicolons between fields.</summary>
    public static byte[] Zip(IReadOnlyList<ExportTable> tables)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in tables)
            {
                var entry = zip.CreateEntry($"{table.Name}.csv", CompressionLevel.Fastest);
                using var stream = entry.Open();
                var options = new CsvWriterOptions
                {
                    Separator = Separator,
                    WriteByteOrderMark = true,
                    Injection = CsvInjection.Escape,
                    FormatProvider = _norwegian,
                };
                using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
                csv.WriteHeader([.. table.Columns]);
                foreach (var row in table.Rows)
                {
                    csv.WriteRecord([.. row.Select(Cell)]);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>The tables as one JSON object of arrays, each row an object of its columns.</summary>
    public static Dictionary<string, List<Dictionary<string, object?>>> Json(IReadOnlyList<ExportTable> tables) =>
        tables.ToDictionary(
            t => t.Name,
            t => t.Rows.Select(row => t.Columns.Select((column, i) => (column, value: row[i])).ToDictionary(x => x.column, x => x.value)).ToList());

    /// <summary>A value as a spreadsheet cell: dates as ISO 8601, numbers with a decimal comma, yes/no as true/false.</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH':'mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("0.##", _norwegian),
        decimal number => number.ToString("0.##", _norwegian),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
