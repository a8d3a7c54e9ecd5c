using Samskap.Web.Features.Veivalg;
using static Samskap.Web.Features.Veivalg.ApproachRules;

namespace Samskap.Tests.Features.Veivalg;

public sealed class ApproachRulesTests
{
    /// <summary>A team that needs new knowledge others hold, with every gate open.</summary>
    private static Dictionary<string, Answer> CoCreationCase() => new()
    {
        [KnowledgeExists] = Answer.No,
        [ImprovedByInvolvement] = Answer.Yes,
        [NewKnowledgeNeeded] = Answer.Yes,
        [OthersHoldKnowledge] = Answer.Yes,
        [OthersMustAct] = Answer.No,
        [ExpertOrRegulated] = Answer.No,
        [Mandate] = Answer.Yes,
        [OpenOutcomeAccepted] = Answer.Yes,
        [ResourcesSecured] = Answer.Yes,
    };

    private static Dictionary<string, Answer> With(Dictionary<string, Answer> answers, params (string Question, Answer Answer)[] changes)
    {
        foreach (var (question, answer) in changes)
        {
            answers[question] = answer;
        }

        return answers;
    }

    [Fact]
    public void Recommends_co_creation_when_new_knowledge_is_needed_and_others_hold_it()
    {
        var result = Recommend(CoCreationCase());

        Assert.Equal(Approach.CoCreation, result.Approach);
        Assert.Equal(ApproachStatus.Ready, result.Status);
        Assert.Equal(["new-knowledge-shared"], result.Rules);
        Assert.Empty(result.Blockers);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Recommends_co_creation_when_others_must_act_even_if_they_hold_no_knowledge()
    {
        var result = Recommend(With(CoCreationCase(), (OthersHoldKnowledge, Answer.No), (OthersMustAct, Answer.Yes)));

        Assert.Equal(Approach.CoCreation, result.Approach);
        Assert.Equal(["new-knowledge-shared"], result.Rules);
    }

    [Theory]
    [InlineData(Answer.No)]
    [InlineData(Answer.Unsure)]
    public void Recommends_participation_when_new_knowledge_is_needed_but_nobody_outside_holds_it(Answer others)
    {
        var result = Recommend(With(CoCreationCase(), (OthersHoldKnowledge, others), (OthersMustAct, others)));

        Assert.Equal(Approach.Participation, result.Approach);
        Assert.Equal(ApproachStatus.Ready, result.Status);
        Assert.Equal(["new-knowledge-not-shared"], result.Rules);
    }

    [Fact]
    public void Recommends_participation_when_knowledge_improves_by_involvement()
    {
        var result = Recommend(With(CoCreationCase(), (NewKnowledgeNeeded, Answer.No), (KnowledgeExists, Answer.No)));

        Assert.Equal(Approach.Participation, result.Approach);
        Assert.Equal(["improved-by-involvement"], result.Rules);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Recommends_a_literature_study_when_the_knowledge_exists()
    {
        var result = Recommend(new Dictionary<string, Answer> { [KnowledgeExists] = Answer.Yes, [ImprovedByInvolvement] = Answer.No, [NewKnowledgeNeeded] = Answer.No });

        Assert.Equal(Approach.LiteratureStudy, result.Approach);
        Assert.Equal(ApproachStatus.Ready, result.Status);
        Assert.Equal(["existing-knowledge"], result.Rules);
        Assert.Empty(result.Suggestions);
    }

    [Theory]
    [InlineData(Answer.No)]
    [InlineData(Answer.Unsure)]
    public void Starts_with_what_is_known_when_no_need_points_elsewhere_and_knowledge_is_not_known_to_exist(Answer knowledgeExists)
    {
        var result = Recommend(new Dictionary<string, Answer> { [KnowledgeExists] = knowledgeExists });

        Assert.Equal(Approach.LiteratureStudy, result.Approach);
        Assert.Equal(["start-with-what-is-known"], result.Rules);
    }

    [Fact]
    public void Unanswered_questions_count_as_unsure()
    {
        var result = Recommend(new Dictionary<string, Answer>());

        Assert.Equal(Approach.LiteratureStudy, result.Approach);
        Assert.Equal(["start-with-what-is-known"], result.Rules);
    }

    [Fact]
    public void Expert_or_regulated_questions_turn_co_creation_into_participation()
    {
        var result = Recommend(With(CoCreationCase(), (ExpertOrRegulated, Answer.Yes), (Mandate, Answer.No)));

        Assert.Equal(Approach.Participation, result.Approach);
        Assert.Equal(ApproachStatus.Ready, result.Status);
        Assert.Equal(["new-knowledge-shared", "expert-or-regulated"], result.Rules);
    }

    [Fact]
    public void Without_a_mandate_co_creation_becomes_participation()
    {
        var result = Recommend(With(CoCreationCase(), (Mandate, Answer.No)));

        Assert.Equal(Approach.Participation, result.Approach);
        Assert.Equal(["new-knowledge-shared", "no-mandate"], result.Rules);
    }

    [Theory]
    [InlineData(Answer.No, Answer.Yes, new[] { "open-outcome" })]
    [InlineData(Answer.Yes, Answer.No, new[] { "resources" })]
    [InlineData(Answer.No, Answer.No, new[] { "open-outcome", "resources" })]
    [InlineData(Answer.No, Answer.Unsure, new[] { "open-outcome" })]
    public void Co_creation_without_an_open_outcome_or_resources_is_not_ready(Answer openOutcome, Answer resources, string[] blockers)
    {
        var result = Recommend(With(CoCreationCase(), (OpenOutcomeAccepted, openOutcome), (ResourcesSecured, resources)));

        Assert.Equal(Approach.CoCreation, result.Approach);
        Assert.Equal(ApproachStatus.NotReady, result.Status);
        Assert.Equal(blockers, result.Blockers);
    }

    [Theory]
    [InlineData(ExpertOrRegulated)]
    [InlineData(Mandate)]
    [InlineData(OpenOutcomeAccepted)]
    [InlineData(ResourcesSecured)]
    public void Each_unsure_gate_asks_the_team_to_clarify_it(string question)
    {
        var result = Recommend(With(CoCreationCase(), (question, Answer.Unsure)));

        Assert.Equal(Approach.CoCreation, result.Approach);
        Assert.Equal(ApproachStatus.Clarify, result.Status);
        Assert.Equal([question], result.Blockers);
    }

    [Fact]
    public void All_unsure_gates_are_named_in_question_order()
    {
        var result = Recommend(With(CoCreationCase(), (ResourcesSecured, Answer.Unsure), (ExpertOrRegulated, Answer.Unsure), (Mandate, Answer.Unsure)));

        Assert.Equal([ExpertOrRegulated, Mandate, ResourcesSecured], result.Blockers);
    }

    [Fact]
    public void A_red_prerequisite_makes_ready_co_creation_not_ready()
    {
        var red = Recommend(CoCreationCase(), ReadinessSignal.RedPrerequisite);
        var fine = Recommend(CoCreationCase(), ReadinessSignal.NoRedPrerequisite);
        var clarifying = Recommend(With(CoCreationCase(), (Mandate, Answer.Unsure)), ReadinessSignal.RedPrerequisite);

        Assert.Equal(ApproachStatus.NotReady, red.Status);
        Assert.Equal(["readiness"], red.Blockers);
        Assert.Equal(ApproachStatus.Ready, fine.Status);
        Assert.Equal(ApproachStatus.Clarify, clarifying.Status);
        Assert.Equal([Mandate], clarifying.Blockers);
    }

    [Theory]
    [InlineData(Answer.Yes, true)]
    [InlineData(Answer.Unsure, true)]
    [InlineData(Answer.No, false)]
    public void Suggests_starting_with_what_is_known_before_participation_or_co_creation(Answer knowledgeExists, bool suggested)
    {
        var coCreation = Recommend(With(CoCreationCase(), (KnowledgeExists, knowledgeExists)));
        var participation = Recommend(With(CoCreationCase(), (KnowledgeExists, knowledgeExists), (NewKnowledgeNeeded, Answer.No)));

        Assert.Equal(suggested, coCreation.Suggestions.Contains("literature-first"));
        Assert.Equal(suggested, participation.Suggestions.Contains("literature-first"));
    }
}
