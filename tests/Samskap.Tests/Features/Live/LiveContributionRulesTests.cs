using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Live;

/// <summary>What a phone may send, each rule at its boundary.</summary>
public sealed class LiveContributionRulesTests
{
    private static readonly HashSet<string> _options = new(StringComparer.Ordinal) { "o1", "o2", "o3" };

    [Fact]
    public void An_idea_of_500_characters_is_taken_and_one_of_501_is_refused()
    {
        Assert.Null(LiveContributionRules.CheckIdea(new string('a', 500), null, [], out var clean, out _));
        Assert.Equal(500, clean.Length);
        Assert.Equal(new LiveRefusal("text", LiveReasons.TextTooLong), LiveContributionRules.CheckIdea(new string('a', 501), null, [], out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void An_empty_idea_is_refused(string? text) =>
        Assert.Equal(new LiveRefusal("text", LiveReasons.TextEmpty), LiveContributionRules.CheckIdea(text, null, [], out _, out _));

    [Fact]
    public void An_idea_is_trimmed_and_its_category_must_be_one_the_facilitator_set()
    {
        Assert.Null(LiveContributionRules.CheckIdea("  Flere benker  ", "Trygghet", ["Trygghet", "Møteplasser"], out var text, out var category));
        Assert.Equal("Flere benker", text);
        Assert.Equal("Trygghet", category);
        Assert.Equal(new LiveRefusal("category", LiveReasons.CategoryUnknown), LiveContributionRules.CheckIdea("Benker", "Annet", ["Trygghet"], out _, out _));
        Assert.Null(LiveContributionRules.CheckIdea("Benker", " ", ["Trygghet"], out _, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Words_are_one_to_three_of_at_most_40_characters()
    {
        Assert.Null(LiveContributionRules.CheckWords(["trygghet"], out _));
        Assert.Null(LiveContributionRules.CheckWords(["trygghet", " fellesskap ", "", new string('o', 40)], out var clean));
        Assert.Equal(["trygghet", "fellesskap", new string('o', 40)], clean);
        Assert.Equal(LiveReasons.WordsCount, LiveContributionRules.CheckWords([], out _)!.Reason);
        Assert.Equal(LiveReasons.WordsCount, LiveContributionRules.CheckWords(["  "], out _)!.Reason);
        Assert.Equal(LiveReasons.WordsCount, LiveContributionRules.CheckWords(["a", "b", "c", "d"], out _)!.Reason);
        Assert.Equal(new LiveRefusal("words[1]", LiveReasons.WordTooLong), LiveContributionRules.CheckWords(["a", new string('o', 41)], out _));
    }

    [Fact]
    public void All_the_dots_may_go_on_one_option_but_not_one_more_than_allowed()
    {
        Assert.Null(LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o1"] = 5 }, 5, _options, out var allOnOne));
        Assert.Equal(5, allOnOne["o1"]);
        Assert.Null(LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o1"] = 2, ["o2"] = 3, ["o3"] = 0 }, 5, _options, out var spread));
        Assert.Equal(["o1", "o2"], spread.Keys.Order());
        Assert.Equal(new LiveRefusal("dots", LiveReasons.DotsTooMany), LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o1"] = 3, ["o2"] = 3 }, 5, _options, out _));
    }

    [Fact]
    public void Dots_on_a_target_outside_the_activity_negative_dots_and_no_dots_are_refused()
    {
        Assert.Equal(new LiveRefusal("dots.o9", LiveReasons.DotsTarget), LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o9"] = 1 }, 5, _options, out _));
        Assert.Equal(new LiveRefusal("dots.o1", LiveReasons.DotsNegative), LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o1"] = -1, ["o2"] = 3 }, 5, _options, out _));
        Assert.Equal(new LiveRefusal("dots", LiveReasons.DotsNone), LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o1"] = 0 }, 5, _options, out _));
        Assert.Equal(new LiveRefusal("dots", LiveReasons.DotsNone), LiveContributionRules.CheckDots(null, 5, _options, out _));
        Assert.Equal(new LiveRefusal("dots", LiveReasons.DotsTooMany), LiveContributionRules.CheckDots(new Dictionary<string, int> { ["o1"] = int.MaxValue, ["o2"] = int.MaxValue }, 5, _options, out _));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(-3, false)]
    public void A_rating_is_from_1_to_5(int value, bool taken)
    {
        var refusal = LiveContributionRules.CheckRatings(new Dictionary<string, int> { ["o2"] = value }, _options, out _);

        Assert.Equal(taken ? null : new LiveRefusal("ratings.o2", LiveReasons.RatingRange), refusal);
    }

    [Fact]
    public void A_rating_of_an_unknown_option_or_of_nothing_is_refused()
    {
        Assert.Equal(new LiveRefusal("ratings.o7", LiveReasons.RatingOption), LiveContributionRules.CheckRatings(new Dictionary<string, int> { ["o7"] = 3 }, _options, out _));
        Assert.Equal(new LiveRefusal("ratings", LiveReasons.RatingNone), LiveContributionRules.CheckRatings(new Dictionary<string, int>(), _options, out _));
    }

    [Fact]
    public void The_pulse_takes_blank_answers_but_not_an_empty_pulse()
    {
        var answers = new Dictionary<string, int?> { [PulseStatements.SafeToDisagree] = 4, [PulseStatements.KnowWhatHappens] = null };

        Assert.Null(LiveContributionRules.CheckPulse(answers, "  ", out var clean, out var open));
        Assert.Equal(new Dictionary<string, int> { [PulseStatements.SafeToDisagree] = 4 }, clean);
        Assert.Null(open);
        Assert.Null(LiveContributionRules.CheckPulse(new Dictionary<string, int?> { [PulseStatements.KnowWhatHappens] = null }, "Mer tid", out var none, out var onlyOpen));
        Assert.Empty(none);
        Assert.Equal("Mer tid", onlyOpen);
        Assert.Equal(new LiveRefusal("answers", LiveReasons.PulseNone), LiveContributionRules.CheckPulse(new Dictionary<string, int?> { [PulseStatements.KnowWhatHappens] = null }, null, out _, out _));
    }

    [Fact]
    public void The_pulse_refuses_unknown_statements_answers_outside_1_to_5_and_open_answers_over_1000_characters()
    {
        Assert.Equal(new LiveRefusal("answers.happy", LiveReasons.PulseStatement), LiveContributionRules.CheckPulse(new Dictionary<string, int?> { ["happy"] = 3 }, null, out _, out _));
        Assert.Equal(new LiveRefusal($"answers.{PulseStatements.SaidWhatIMeant}", LiveReasons.PulseRange), LiveContributionRules.CheckPulse(new Dictionary<string, int?> { [PulseStatements.SaidWhatIMeant] = 6 }, null, out _, out _));
        Assert.Null(LiveContributionRules.CheckPulse(null, new string('a', 1000), out _, out _));
        Assert.Equal(new LiveRefusal("openAnswer", LiveReasons.TextTooLong), LiveContributionRules.CheckPulse(null, new string('a', 1001), out _, out _));
    }

    [Fact]
    public void The_pulse_has_the_six_statements_of_trust_and_language()
    {
        Assert.Equal(
            ["said-what-i-meant", "safe-to-disagree", "understandable-language", "know-what-happens", "knowledge-valued", "belief-in-influence"],
            PulseStatements.Ids);
    }

    [Fact]
    public void A_dot_vote_has_five_dots_unless_told_and_from_1_to_20()
    {
        Assert.Null(LiveContributionRules.CheckActivity(ActivityKind.Dots, "Hva er viktigst?", ["A", "B"], null, null, overIdeas: false, out var draft));
        Assert.Equal(5, draft.Dots);
        Assert.Null(LiveContributionRules.CheckActivity(ActivityKind.Dots, "Hva er viktigst?", ["A", "B"], 20, null, overIdeas: false, out _));
        Assert.Equal(LiveReasons.DotsAllowed, LiveContributionRules.CheckActivity(ActivityKind.Dots, "Hva er viktigst?", ["A", "B"], 21, null, overIdeas: false, out _)!.Reason);
        Assert.Equal(LiveReasons.DotsAllowed, LiveContributionRules.CheckActivity(ActivityKind.Dots, "Hva er viktigst?", ["A", "B"], 0, null, overIdeas: false, out _)!.Reason);
        Assert.Equal(LiveReasons.DotsAllowed, LiveContributionRules.CheckActivity(ActivityKind.Ideas, "Idéer", null, 3, null, overIdeas: false, out _)!.Reason);
    }

    [Fact]
    public void Votes_and_ratings_need_two_to_twenty_options_and_dots_over_ideas_need_none()
    {
        string[] twenty = [.. Enumerable.Range(1, 20).Select(i => $"Alternativ {i}")];
        Assert.Equal(new LiveRefusal("options", LiveReasons.OptionsCount), LiveContributionRules.CheckActivity(ActivityKind.Rating, "Vurder", ["Bare ett"], null, null, overIdeas: false, out _));
        Assert.Null(LiveContributionRules.CheckActivity(ActivityKind.Rating, "Vurder", twenty, null, null, overIdeas: false, out _));
        Assert.Equal(LiveReasons.OptionsCount, LiveContributionRules.CheckActivity(ActivityKind.Rating, "Vurder", [.. twenty, "En til"], null, null, overIdeas: false, out _)!.Reason);
        Assert.Null(LiveContributionRules.CheckActivity(ActivityKind.Dots, "Stem på idéene", null, 3, null, overIdeas: true, out _));
        Assert.Equal(LiveReasons.OptionsCount, LiveContributionRules.CheckActivity(ActivityKind.Words, "Ett ord", ["A", "B"], null, null, overIdeas: false, out _)!.Reason);
        Assert.Equal(new LiveRefusal("options[1]", LiveReasons.OptionTooLong), LiveContributionRules.CheckActivity(ActivityKind.Rating, "Vurder", ["A", new string('b', 201)], null, null, overIdeas: false, out _));
    }

    [Fact]
    public void Only_idea_collection_has_categories_and_every_activity_needs_a_title()
    {
        Assert.Null(LiveContributionRules.CheckActivity(ActivityKind.Ideas, "Idéer", null, null, ["Trygghet", "Trygghet", "Møteplasser"], overIdeas: false, out var draft));
        Assert.Equal(["Trygghet", "Møteplasser"], draft.Categories);
        Assert.Equal(LiveReasons.CategoriesCount, LiveContributionRules.CheckActivity(ActivityKind.Pulse, "Puls", null, null, ["A"], overIdeas: false, out _)!.Reason);
        Assert.Equal(new LiveRefusal("title", LiveReasons.TitleEmpty), LiveContributionRules.CheckActivity(ActivityKind.Pulse, "  ", null, null, null, overIdeas: false, out _));
    }
}
