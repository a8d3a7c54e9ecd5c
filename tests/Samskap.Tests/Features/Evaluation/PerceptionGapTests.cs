using Samskap.Web.Features.Evaluation;

namespace Samskap.Tests.Features.Evaluation;

public sealed class PerceptionGapTests
{
    [Theory]
    // Means 4.2 and 3.2: exactly 1.0 apart, which floating point makes 0.9999999999999996.
    [InlineData(5, 21, 5, 16, true)]
    // Means 4.0 and 3.01: 0.99 apart.
    [InlineData(5, 20, 100, 301, false)]
    // Means 2.0 and 3.0, the other way round.
    [InlineData(6, 12, 8, 24, true)]
    [InlineData(5, 20, 5, 20, false)]
    public void A_statement_is_flagged_when_the_means_are_one_or_more_apart(int leaders, int leadersSum, int others, int othersSum, bool flagged) =>
        Assert.Equal(flagged, PerceptionGap.Differs(new ScaleAnswers(leaders, leadersSum), new ScaleAnswers(others, othersSum)));

    [Theory]
    [InlineData(4, 5)]
    [InlineData(5, 4)]
    [InlineData(0, 9)]
    public void No_gap_is_found_where_either_mean_is_hidden_by_the_group_size_rule(int leaders, int others) =>
        Assert.Null(PerceptionGap.Differs(new ScaleAnswers(leaders, leaders * 5), new ScaleAnswers(others, others)));

    [Fact]
    public void The_difference_is_the_leaders_mean_minus_the_others() =>
        Assert.Equal(-1.0, PerceptionGap.Difference(new ScaleAnswers(6, 12), new ScaleAnswers(8, 24)), 10);
}
