using Samskap.Web.Features.Decisions;

namespace Samskap.Tests.Features.Decisions;

public sealed class DecisionRulesTests
{
    private static readonly Guid _partner = Guid.NewGuid();
    private static readonly Guid _contribution = Guid.NewGuid();
    private static readonly Guid _liveIdea = Guid.NewGuid();
    private static readonly Guid _earlier = Guid.NewGuid();
    private static readonly DecisionContext _context = new(new HashSet<string> { "leder" }, new HashSet<Guid> { _partner }, new HashSet<Guid> { _contribution }, new HashSet<Guid> { _liveIdea }, new HashSet<Guid> { _earlier }, new DateOnly(2026, 12, 2));

    private static DecisionInput Valid() => new()
    {
        Title = "Møteplassen legges til biblioteket",
        DecidedOn = "2026-12-02",
        ParticipantIds = ["leder"],
        PartnerIds = [_partner.ToString()],
        ContributionIds = [_contribution.ToString()],
        LiveContributionIds = [_liveIdea.ToString(), _liveIdea.ToString()],
        CitizenKnowledgeChanged = "yes",
        CitizenKnowledgeNote = "Ungdommene ville ikke være på skolen.",
    };

    private static List<string> Errors(DecisionInput input) => [.. DecisionRules.Check(input, _context).Errors.Select(e => $"{e.Field}:{e.MessageKey}")];

    [Fact]
    public void A_decision_that_built_on_a_partner_and_a_contribution_is_accepted()
    {
        var (errors, decision) = DecisionRules.Check(Valid(), _context);

        Assert.Empty(errors);
        Assert.Equal([_partner], decision!.PartnerIds);
        Assert.Equal([_liveIdea], decision.LiveContributionIds);
        Assert.Equal(KnowledgeChanged.Yes, decision.CitizenKnowledgeChanged);
    }

    [Theory]
    [InlineData("2026-12-02", null)]
    [InlineData("2026-12-03", "DecidedOn:Error.DecidedOnFuture")]
    [InlineData("2026-02-30", "DecidedOn:Error.DecidedOn")]
    public void A_decision_is_dated_today_or_earlier(string date, string? error)
    {
        var input = Valid();
        input.DecidedOn = date;

        Assert.Equal(error is null ? [] : [error], Errors(input));
    }

    [Fact]
    public void Partners_contributions_ideas_from_sessions_and_people_must_belong_to_the_project()
    {
        var input = Valid();
        input.PartnerIds = [Guid.NewGuid().ToString()];
        input.ContributionIds = ["ikke-en-id"];
        input.ParticipantIds = ["fremmed"];
        input.LiveContributionIds = [_liveIdea.ToString(), Guid.NewGuid().ToString()];

        Assert.Equal(
            ["ParticipantIds:Error.ParticipantIds", "PartnerIds:Error.PartnerIds", "ContributionIds:Error.ContributionIds", "LiveContributionIds:Error.LiveContributionIds"],
            Errors(input));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", true)]
    [InlineData("unclear", true)]
    [InlineData("Yes", false)]
    [InlineData(null, false)]
    public void Whether_citizens_knowledge_changed_the_outcome_is_yes_no_or_unclear(string? word, bool valid)
    {
        var input = Valid();
        input.CitizenKnowledgeChanged = word;

        Assert.Equal(valid, Errors(input).Count == 0);
    }

    [Fact]
    public void A_correction_names_an_earlier_decision_of_the_project()
    {
        var input = Valid();
        input.Corrects = _earlier.ToString();
        Assert.Equal(_earlier, DecisionRules.Check(input, _context).Decision!.Corrects);

        input.Corrects = Guid.NewGuid().ToString();
        Assert.Equal(["Corrects:Error.Corrects"], Errors(input));
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(301, false)]
    public void The_title_may_have_300_characters(int length, bool valid)
    {
        var input = Valid();
        input.Title = new string('a', length);

        Assert.Equal(valid, Errors(input).Count == 0);
    }
}
