using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Report;

/// <summary>
/// Writes the project report from its facts, in one language: the challenge, the Veivalg decision,
/// readiness, the partnership, the frames, the sessions, the pulse, the core-element evaluation, the
/// decisions and the lessons. Plain code over plain data, so the same document becomes the print
/// view, the DOCX and the JSON, and its sentences are checked for plain language in a test.
/// </summary>
public static class ReportComposer
{
    public static ReportDocument Compose(ReportFacts facts, ReportWords words)
    {
        var blocks = new List<ReportBlock>();
        var title = words.Format("Title", facts.ProjectTitle);
        blocks.Add(new ReportHeading(1, title, "report"));
        blocks.Add(new ReportParagraph(words.Format("Intro", words.Date(facts.Today))));

        Challenge(facts, words, blocks);
        Approach(facts, words, blocks);
        Readiness(facts, words, blocks);
        Partnership(facts, words, blocks);
        Frames(facts, words, blocks);
        Sessions(facts, words, blocks);
        Pulse(facts, words, blocks);
        Evaluation(facts, words, blocks);
        Decisions(facts, words, blocks);
        Lessons(facts, words, blocks);
        blocks.Add(new ReportParagraph(words["Sources"]));
        return new ReportDocument(words.Language, title, blocks);
    }

    private static void Challenge(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Challenge.Heading"], "challenge"));
        blocks.Add(string.IsNullOrWhiteSpace(facts.Challenge)
            ? new ReportParagraph(words["Challenge.None"])
            : new ReportParagraph(facts.Challenge.Trim(), Generated: false));
    }

    private static void Approach(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Approach.Heading"], "approach"));
        if (facts.Approach is not { } approach)
        {
            blocks.Add(new ReportParagraph(words["Approach.None"]));
            return;
        }

        blocks.Add(new ReportParagraph(words.Format("Approach.Chosen", words.Approach(approach.Approach).ToLower(words.Culture), words.Date(approach.DecidedOn))));
        if (!string.IsNullOrWhiteSpace(approach.Rationale))
        {
            blocks.Add(new ReportParagraph(words["Approach.Reasons"]));
            blocks.Add(new ReportParagraph(approach.Rationale.Trim(), Generated: false));
        }

        blocks.Add(new ReportParagraph(words["Approach.Promise"]));
        blocks.Add(new ReportParagraph(words.Promise(approach.Approach)));
    }

    private static void Readiness(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Readiness.Heading"], "readiness"));
        var scored = facts.Readiness.Where(r => r.Result is not null).OrderBy(r => r.Number).ToList();
        if (scored.Count == 0)
        {
            blocks.Add(new ReportParagraph(facts.Readiness.Count == 0 ? words["Readiness.None"] : words["Readiness.TooFew"]));
            return;
        }

        var latest = scored[^1];
        var prerequisites = ReadinessStatements.Steps;
        blocks.Add(new ReportParagraph(words.Format("Readiness.Summary", words.Number(scored.Count), words.Number(latest.Number), words.Verdict(ReadinessScoring.Word(latest.Result!.Verdict)).ToLower(words.Culture))));
        var scores = prerequisites.Select(p => latest.Result!.Prerequisites.First(x => x.Id == p).Score).ToList();
        blocks.Add(new ReportRadar(
            scores,
            [.. prerequisites.Select(words.Prerequisite)],
            words.Format("Readiness.RadarAlt", words.Number(latest.Number), string.Join(", ", prerequisites.Select((p, i) => $"{words.Prerequisite(p)} {words.Mean(scores[i])}")))));
        blocks.Add(new ReportTable(
            words["Readiness.TrendCaption"],
            [words["Column.Round"], .. prerequisites.Select(words.Prerequisite)],
            [.. scored.Select(r => (IReadOnlyList<string>)[
                words.Format("Readiness.RoundName", words.Number(r.Number), words.Date(r.ClosesOn)),
                .. prerequisites.Select(p => words.Mean(r.Result!.Prerequisites.First(x => x.Id == p).Score))])]));
    }

    private static void Partnership(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Partnership.Heading"], "partnership"));
        if (facts.Partners.Count == 0)
        {
            blocks.Add(new ReportParagraph(words["Partnership.None"]));
            return;
        }

        blocks.Add(new ReportParagraph(words.Format(
            "Partnership.Summary",
            words.Number(facts.Partners.Count),
            words.Number(facts.Partners.Sum(p => p.Contributions)),
            words.Number(facts.Partners.Sum(p => p.Knowledge)))));
        blocks.Add(new ReportTable(
            words["Partnership.Caption"],
            [words["Column.Partner"], words["Column.Kind"], words["Column.Contributions"], words["Column.Hours"], words["Column.Nok"]],
            [.. facts.Partners.Select(p => (IReadOnlyList<string>)[p.Name, words.Kind(p.Kind), words.Number(p.Contributions), words.Amount(p.Hours), words.Amount(p.Nok)])]));
        var provenance = facts.Evaluation.Provenance;
        if (provenance.ContributionsByKind.Count > 0)
        {
            blocks.Add(new ReportTable(
                words["Provenance.ByKind"],
                [words["Column.Kind"], words["Column.Contributions"]],
                [.. provenance.ContributionsByKind.Select(k => (IReadOnlyList<string>)[words.Kind(k.Kind), words.Number(k.Count)])]));
        }
    }

    private static void Frames(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Frames.Heading"], "frames"));
        var frames = facts.Frames;
        if (frames.PlannedHours is null && frames.UsedHours is null && frames.PlannedNok is null && frames.UsedNok is null)
        {
            blocks.Add(new ReportParagraph(words["Frames.None"]));
            return;
        }

        string Figure(long? value) => value is { } v ? words.Number(v) : "–";
        blocks.Add(new ReportTable(
            words["Frames.Caption"],
            [words["Column.Frame"], words["Column.Planned"], words["Column.Used"]],
            [
                [words["Frames.Hours"], Figure(frames.PlannedHours), Figure(frames.UsedHours)],
                [words["Frames.Nok"], Figure(frames.PlannedNok), Figure(frames.UsedNok)],
            ]));
        if (frames is { PlannedHours: > 0, UsedHours: { } usedHours })
        {
            blocks.Add(new ReportParagraph(words.Format("Frames.HoursShare", words.Number((long)Math.Round(usedHours * 100.0 / frames.PlannedHours.Value)))));
        }

        if (frames is { PlannedNok: > 0, UsedNok: { } usedNok })
        {
            blocks.Add(new ReportParagraph(words.Format("Frames.NokShare", words.Number((long)Math.Round(usedNok * 100.0 / frames.PlannedNok.Value)))));
        }
    }

    private static void Sessions(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Sessions.Heading"], "sessions"));
        if (facts.Sessions.Count == 0)
        {
            blocks.Add(new ReportParagraph(words["Sessions.None"]));
            return;
        }

        var methods = facts.Sessions.SelectMany(s => s.Methods).Distinct(StringComparer.Ordinal).Count();
        blocks.Add(new ReportParagraph(words.Format("Sessions.Summary", words.Number(facts.Sessions.Count), words.Number(methods))));
        blocks.Add(new ReportTable(
            words["Sessions.Caption"],
            [words["Column.Date"], words["Column.Session"], words["Column.Methods"]],
            [.. facts.Sessions.Select(s => (IReadOnlyList<string>)[words.Date(s.Date), s.Title, s.Methods.Count == 0 ? "–" : string.Join(", ", s.Methods)])]));
    }

    private static void Pulse(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Pulse.Heading"], "pulse"));
        var pulse = facts.Evaluation.Pulse;
        if (pulse.Count == 0)
        {
            blocks.Add(new ReportParagraph(words["Pulse.None"]));
            return;
        }

        blocks.Add(new ReportParagraph(words.Format("Pulse.Intro", words.Number(pulse.Count), words.Number(GroupSizeRule.MinimumAnswers))));
        blocks.Add(new ReportParagraph(string.Join(" ", PulseStatements.Ids.Select((id, i) => words.Format("Pulse.Legend", words.Number(i + 1), words.PulseStatement(id))))));
        blocks.Add(new ReportTable(
            words["Pulse.Caption"],
            [words["Column.Session"], .. PulseStatements.Ids.Select((_, i) => words.Number(i + 1))],
            [.. pulse.Select(p => (IReadOnlyList<string>)[
                $"{p.Title} ({words.Date(p.Date)})",
                .. PulseStatements.Ids.Select(id => p.Pulse.Statements.First(f => f.Id == id) is var f ? words.Cell(f.Mean, f.Needed) : "–")])]));
    }

    private static void Evaluation(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Evaluation.Heading"], "evaluation"));
        if (facts.Evaluation.Rounds is not [var round, ..])
        {
            blocks.Add(new ReportParagraph(words["Evaluation.None"]));
            return;
        }

        var result = round.Result;
        blocks.Add(new ReportParagraph(words.Format(
            "Evaluation.Summary",
            words.Number(round.Round.Number),
            round.Round.Title,
            words.Number(result.Responses[EvaluationGroup.Leaders]),
            words.Number(result.Responses[EvaluationGroup.Partners]),
            words.Number(result.Responses[EvaluationGroup.Participants]))));
        if (result.Gaps.Count == 0)
        {
            blocks.Add(new ReportParagraph(words["Evaluation.NoGaps"]));
        }
        else
        {
            blocks.Add(new ReportParagraph(words["Evaluation.Gaps"]));
            foreach (var gap in result.Gaps)
            {
                var leaders = result.Figure(EvaluationGroup.Leaders, gap.StatementId).Mean;
                var other = result.Figure(gap.Other, gap.StatementId).Mean;
                var direction = gap.Difference > 0 ? "Higher" : "Lower";
                blocks.Add(new ReportParagraph(words.Format($"Gap.{direction}.{EvaluationGroups.Word(gap.Other)}", words.Statement(gap.StatementId), words.Mean(leaders), words.Mean(other))));
            }
        }

        blocks.Add(new ReportTable(
            words.Format("Evaluation.Caption", words.Number(GroupSizeRule.MinimumAnswers)),
            [words["Column.Statement"], .. EvaluationGroups.All.Select(words.Group)],
            [.. EvaluationStatements.Ids.Select(id => (IReadOnlyList<string>)[
                words.Statement(id),
                .. EvaluationGroups.All.Select(g => result.Figure(g, id) is var f ? words.Cell(f.Mean, f.Needed) : "–")])]));
    }

    private static void Decisions(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Decisions.Heading"], "decisions"));
        if (facts.Decisions.Count == 0)
        {
            blocks.Add(new ReportParagraph(words["Decisions.None"]));
            return;
        }

        var share = facts.Evaluation.Provenance.Decisions;
        blocks.Add(new ReportParagraph(words.Format("Decisions.Share", words.Number(share.BuiltOnCitizens), words.Number(share.Decisions))));
        blocks.Add(new ReportTable(
            words["Decisions.Caption"],
            [words["Column.Date"], words["Column.Decision"], words["Column.BuiltOn"], words["Column.Changed"]],
            [.. facts.Decisions.Select(d => (IReadOnlyList<string>)[
                words.Date(d.DecidedOn),
                d.Title,
                string.Join("; ", new[] { d.BasedOnText }.Concat(d.Cited).Where(t => !string.IsNullOrWhiteSpace(t))),
                d.ChangedByCitizens ? words["Yes"] : words["No"]])]));
        blocks.Add(new ReportHeading(3, words["Changed.Heading"], "changed"));
        var changed = facts.Evaluation.Provenance.Changed;
        if (changed.Count == 0)
        {
            blocks.Add(new ReportParagraph(words["Changed.None"]));
            return;
        }

        foreach (var decision in changed)
        {
            blocks.Add(new ReportParagraph(words.Format("Changed.Decision", decision.Title, words.Date(decision.DecidedOn))));
            var said = string.Join(" ", new[] { decision.Note, decision.BasedOnText }.Concat(decision.Cited).Where(t => !string.IsNullOrWhiteSpace(t)));
            if (said.Length > 0)
            {
                blocks.Add(new ReportParagraph(said, Generated: false));
            }
        }
    }

    private static void Lessons(ReportFacts facts, ReportWords words, List<ReportBlock> blocks)
    {
        blocks.Add(new ReportHeading(2, words["Lessons.Heading"], "lessons"));
        blocks.Add(string.IsNullOrWhiteSpace(facts.Lessons)
            ? new ReportParagraph(words["Lessons.None"])
            : new ReportParagraph(facts.Lessons.Trim(), Generated: false));
    }
}
