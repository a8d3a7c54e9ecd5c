using Samskap.Web.Features.Evaluation;

namespace Samskap.Tests.Features.Evaluation;

public sealed class PulseEvaluationTests
{
    private static readonly string[] _statements = ["safe-to-disagree", "plain-language"];
    private static readonly string[] _kinds = ["citizen", "public"];

    private static IEnumerable<PulseAnswer> Answers(string statement, string? kind, params int[] values) => values.Select(v => new PulseAnswer(statement, v, kind));

    [Fact]
    public void Each_statement_is_shown_from_five_answers_with_its_mean_and_otherwise_says_how_many_are_needed()
    {
        var pulse = PulseEvaluation.Of(
            [.. Answers("safe-to-disagree", "citizen", 4, 5, 3, 4, 4, 2), .. Answers("plain-language", "citizen", 5, 5, 4)],
            _statements, _kinds, "not-said");

        var safe = pulse.Statements[0];
        Assert.Equal(("safe-to-disagree", 6, 0), (safe.Id, safe.N, safe.Needed));
        Assert.Equal(22 / 6.0, safe.Mean!.Value, 10);
        var plain = pulse.Statements[1];
        Assert.Equal((3, (double?)null, 2), (plain.N, plain.Mean, plain.Needed));
    }

    [Fact]
    public void In_the_split_by_kind_a_kind_that_could_be_worked_out_by_subtraction_is_hidden()
    {
        var pulse = PulseEvaluation.Of(
            [.. Answers("safe-to-disagree", "citizen", 4, 4, 4, 4, 4, 4, 4), .. Answers("safe-to-disagree", "public", 2, 2, 2, 2, 2), .. Answers("safe-to-disagree", null, 1, 1)],
            _statements, _kinds, "not-said");

        Assert.Equal(14, pulse.Statements[0].N);
        Assert.NotNull(pulse.Statements[0].Mean);
        Assert.Equal(4.0, pulse.ByKind["citizen"][0].Mean);
        // The two who did not say are too few; shown, the public employees' mean would give theirs away.
        Assert.Null(pulse.ByKind["not-said"][0].Mean);
        Assert.Null(pulse.ByKind["public"][0].Mean);
        Assert.Equal(3, pulse.ByKind["public"][0].Needed);
    }

    [Fact]
    public void An_answer_of_a_kind_not_in_the_list_is_refused() =>
        Assert.Throws<ArgumentException>(() => PulseEvaluation.Of(Answers("plain-language", "martian", 3), _statements, _kinds, "not-said"));
}
