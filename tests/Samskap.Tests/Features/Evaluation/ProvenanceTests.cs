using Samskap.Web.Features.Evaluation;

namespace Samskap.Tests.Features.Evaluation;

public sealed class ProvenanceTests
{
    private static DecisionBasis Decision(bool corrected = false, params string[] kinds) => new(Guid.NewGuid(), kinds, corrected);

    [Fact]
    public void The_share_counts_decisions_that_cite_a_citizen_or_a_civil_society_contribution()
    {
        var share = Provenance.Share(
        [
            Decision(false, "citizen"),
            Decision(false, "public", "civil-society"),
            Decision(false, "public", "research"),
            Decision(false),
        ]);

        Assert.Equal((4, 2), (share.Decisions, share.BuiltOnCitizens));
        Assert.Equal(0.5, share.Share);
    }

    [Fact]
    public void A_corrected_decision_is_counted_once_through_its_correction()
    {
        var share = Provenance.Share([Decision(true, "citizen"), Decision(false, "citizen"), Decision(false, "business")]);

        Assert.Equal((2, 1), (share.Decisions, share.BuiltOnCitizens));
    }

    [Fact]
    public void Without_decisions_there_is_no_share() => Assert.Null(Provenance.Share([]).Share);

    [Fact]
    public void Contributions_are_counted_per_kind_with_the_unsaid_together_and_the_most_first() =>
        Assert.Equal(
            [("citizen", 3), ("not-said", 2), ("public", 1)],
            Provenance.ByKind(["citizen", null, "public", "citizen", "", "citizen"]));
}
