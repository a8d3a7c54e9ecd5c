using FsCheck;
using FsCheck.Fluent;
using Samskap.Web.Features.Evaluation;

namespace Samskap.Tests.Features.Evaluation;

public sealed class GroupSizeRuleTests
{
    [Theory]
    [InlineData(0, false, 5)]
    [InlineData(4, false, 1)]
    [InlineData(5, true, 0)]
    [InlineData(120, true, 0)]
    public void A_figure_is_shown_from_five_answers_and_otherwise_says_how_many_more_are_needed(int answers, bool shown, int needed)
    {
        var figure = GroupSizeRule.Alone("trust", answers);

        Assert.Equal((shown, needed), (figure.Shown, figure.Needed));
        Assert.Equal(shown ? HiddenBecause.NotHidden : HiddenBecause.TooFewAnswers, figure.Hidden);
    }

    [Fact]
    public void When_the_total_and_every_group_but_one_are_shown_the_smallest_other_group_is_hidden_too()
    {
        var split = GroupSizeRule.Split(26, [("citizen", 12), ("civil-society", 7), ("public", 3), ("not-said", 4)]);

        // Two groups are under five, so neither can be worked out from the rest: nothing more is hidden.
        Assert.True(split.Total.Shown);
        Assert.Equal([true, true, false, false], split.Groups.Select(g => g.Shown));

        var subtraction = GroupSizeRule.Split(22, [("citizen", 12), ("civil-society", 7), ("public", 3)]);

        Assert.True(subtraction.Total.Shown);
        Assert.True(subtraction.Group("citizen").Shown);
        Assert.Equal(HiddenBecause.TooFewAnswers, subtraction.Group("public").Hidden);
        var cover = subtraction.Group("civil-society");
        Assert.Equal(HiddenBecause.WouldRevealAnother, cover.Hidden);
        Assert.Equal(2, cover.Needed);
    }

    [Fact]
    public void A_group_with_no_answers_reveals_nothing_so_it_needs_no_cover()
    {
        var split = GroupSizeRule.Split(19, [("citizen", 12), ("civil-society", 7), ("research", 0)]);

        Assert.Equal([true, true, false], split.Groups.Select(g => g.Shown));
        Assert.Equal(HiddenBecause.TooFewAnswers, split.Group("research").Hidden);
    }

    [Fact]
    public void Below_five_in_all_nothing_is_shown()
    {
        var split = GroupSizeRule.Split(4, [("citizen", 4), ("public", 0)]);

        Assert.False(split.Total.Shown);
        Assert.Equal(1, split.Total.Needed);
        Assert.All(split.Groups, g => Assert.False(g.Shown));
    }

    [Fact]
    public void Groups_that_do_not_add_up_to_the_total_are_refused() =>
        Assert.Throws<ArgumentException>(() => GroupSizeRule.Split(10, [("citizen", 6), ("public", 5)]));

    [Fact]
    public void No_split_ever_shows_a_figure_under_five_or_lets_a_hidden_group_be_worked_out()
    {
        var counts = Gen.Choose(0, 12).ArrayOf().Where(a => a.Length is > 0 and < 8);
        Prop.ForAll(counts.ToArbitrary(), answers =>
        {
            var split = GroupSizeRule.Split(answers.Sum(), [.. answers.Select((n, i) => ($"g{i}", n))]);
            var figures = split.Groups.Append(split.Total).ToList();
            var hiddenWithAnswers = split.Groups.Count(g => !g.Shown && g.Answers > 0);
            return figures.All(f => !f.Shown || f.Answers >= GroupSizeRule.MinimumAnswers)
                && figures.All(f => f.Shown == (f.Needed == 0))
                && (!split.Total.Shown || hiddenWithAnswers != 1);
        }).QuickCheckThrowOnFailure();
    }
}
