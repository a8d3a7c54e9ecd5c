using Samskap.Web.Features.Evaluation;

namespace Samskap.Tests.Features.Evaluation;

public sealed class RoundEvaluationTests
{
    private const string Trust = "trust-held";
    private const string Language = "understandable-language";

    private static IEnumerable<GroupResponse> Answers(EvaluationGroup group, params int?[] trust) =>
        trust.Select(value => new GroupResponse(group, new Dictionary<string, int?> { [Trust] = value, [Language] = 4 }));

    [Fact]
    public void Leaders_who_agree_more_than_the_participants_by_one_point_make_a_gap()
    {
        var result = RoundEvaluation.Of([.. Answers(EvaluationGroup.Leaders, 5, 5, 4, 4, 4), .. Answers(EvaluationGroup.Participants, 3, 3, 3, 4, 4)]);

        var gap = Assert.Single(result.Gaps);
        Assert.Equal((Trust, EvaluationGroup.Participants), (gap.StatementId, gap.Other));
        Assert.Equal(1.0, gap.Difference, 10);
    }

    [Fact]
    public void A_difference_just_under_one_point_is_no_gap()
    {
        // Leaders 4.0; participants 301/100 = 3.01: 0.99 apart.
        var participants = Enumerable.Repeat<int?>(3, 99).Append(4).ToArray();

        var result = RoundEvaluation.Of([.. Answers(EvaluationGroup.Leaders, 4, 4, 4, 4, 4), .. Answers(EvaluationGroup.Participants, participants)]);

        Assert.Empty(result.Gaps);
        Assert.Equal(3.01, result.Figure(EvaluationGroup.Participants, Trust).Mean!.Value, 10);
    }

    [Fact]
    public void The_partners_are_compared_with_the_leaders_too_and_a_lower_leader_mean_is_a_gap_the_other_way()
    {
        var result = RoundEvaluation.Of([.. Answers(EvaluationGroup.Leaders, 2, 2, 2, 2, 2), .. Answers(EvaluationGroup.Partners, 4, 4, 3, 3, 4)]);

        var gap = Assert.Single(result.Gaps);
        Assert.Equal(EvaluationGroup.Partners, gap.Other);
        Assert.Equal(-1.6, gap.Difference, 10);
    }

    [Fact]
    public void A_group_with_fewer_than_five_answers_is_hidden_with_how_many_more_it_needs_and_makes_no_gap()
    {
        var result = RoundEvaluation.Of([.. Answers(EvaluationGroup.Leaders, 5, 5, 5, 5, 5), .. Answers(EvaluationGroup.Participants, 1, 1, 1)]);

        var participants = result.Figure(EvaluationGroup.Participants, Trust);
        Assert.Equal((3, (double?)null, 2), (participants.N, participants.Mean, participants.Needed));
        Assert.Empty(participants.Distribution);
        Assert.Empty(result.Gaps);
        Assert.Equal((0, 5), (result.Figure(EvaluationGroup.Partners, Trust).N, result.Figure(EvaluationGroup.Partners, Trust).Needed));
    }

    [Fact]
    public void Vet_ikke_is_counted_apart_and_does_not_count_towards_the_five()
    {
        var result = RoundEvaluation.Of([.. Answers(EvaluationGroup.Leaders, 4, 4, 4, 4, null, null)]);

        var figure = result.Figure(EvaluationGroup.Leaders, Trust);
        Assert.Equal((4, 2, 1), (figure.N, figure.DontKnow, figure.Needed));
        Assert.Null(figure.Mean);
        Assert.Equal(6, result.Responses[EvaluationGroup.Leaders]);
    }

    [Fact]
    public void A_shown_figure_has_its_distribution_over_one_to_five()
    {
        var result = RoundEvaluation.Of([.. Answers(EvaluationGroup.Participants, 1, 2, 2, 5, 5, 5)]);

        Assert.Equal([1, 2, 0, 0, 3], result.Figure(EvaluationGroup.Participants, Trust).Distribution);
    }

    [Fact]
    public void There_are_at_least_ten_statements_covering_the_three_core_elements_the_four_samson_themes_and_trust_and_language()
    {
        Assert.True(EvaluationStatements.All.Count >= 10);
        Assert.Equal(
            [EvaluationStatements.CorePartnership, EvaluationStatements.CoreResources, EvaluationStatements.CoreEverydayKnowledge,
             EvaluationStatements.SamsonEquality, EvaluationStatements.SamsonExchange, EvaluationStatements.SamsonLearning, EvaluationStatements.SamsonLeadership,
             EvaluationStatements.TrustLanguage],
            EvaluationStatements.Themes);
    }
}
