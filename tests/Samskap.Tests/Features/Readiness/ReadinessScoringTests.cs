using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

public sealed class ReadinessScoringTests
{
    /// <summary>One respondent who gives every point the same value.</summary>
    private static Dictionary<string, int?> Everything(int? value) =>
        ReadinessScoring.PointIds.ToDictionary(id => id, _ => value);

    private static Dictionary<string, int?> With(Dictionary<string, int?> response, string point, int? value)
    {
        response[point] = value;
        return response;
    }

    [Theory]
    [InlineData(2.99, ReadinessStatus.Red)]
    [InlineData(3.0, ReadinessStatus.Yellow)]
    [InlineData(3.99, ReadinessStatus.Yellow)]
    [InlineData(4.0, ReadinessStatus.Green)]
    [InlineData(1.0, ReadinessStatus.Red)]
    [InlineData(5.0, ReadinessStatus.Green)]
    public void Colours_follow_the_boundaries_without_rounding(double score, ReadinessStatus status) =>
        Assert.Equal(status, ReadinessScoring.StatusOf(score));

    [Fact]
    public void A_point_is_the_mean_of_its_answers_leaving_out_dont_know()
    {
        var result = ReadinessScoring.Score([With(Everything(4), "frames.time", 5), With(Everything(4), "frames.time", 2), With(Everything(4), "frames.time", null)]);

        var point = result.Points.Single(p => p.Id == "frames.time");
        Assert.Equal(3.5, point.Score);
        Assert.Equal(ReadinessStatus.Yellow, point.Status);
    }

    [Fact]
    public void A_point_where_more_than_half_say_dont_know_is_unknown()
    {
        var result = ReadinessScoring.Score([With(Everything(4), "trust.language", null), With(Everything(4), "trust.language", null), Everything(5)]);

        var point = result.Points.Single(p => p.Id == "trust.language");
        Assert.Null(point.Score);
        Assert.Equal(ReadinessStatus.Unknown, point.Status);
        Assert.Equal(ReadinessVerdict.Unclear, result.Verdict);
    }

    [Fact]
    public void Exactly_half_dont_know_still_gives_a_score()
    {
        var result = ReadinessScoring.Score([With(Everything(4), "trust.language", null), Everything(2)]);

        Assert.Equal(2.0, result.Points.Single(p => p.Id == "trust.language").Score);
    }

    [Fact]
    public void All_dont_know_makes_every_point_and_prerequisite_unknown()
    {
        var result = ReadinessScoring.Score([Everything(null), new Dictionary<string, int?>()]);

        Assert.All(result.Points, p => Assert.Equal(ReadinessStatus.Unknown, p.Status));
        Assert.All(result.Prerequisites, p => Assert.Null(p.Score));
        Assert.Equal(ReadinessVerdict.Unclear, result.Verdict);
    }

    [Fact]
    public void A_prerequisite_is_the_mean_of_its_known_points()
    {
        var response = With(With(Everything(5), "competence.what", 4), "competence.whenWhy", 2);
        var result = ReadinessScoring.Score([With(response, "competence.how", null)]);

        var competence = result.Prerequisites.Single(p => p.Id == "competence");
        Assert.Equal(3.0, competence.Score);
        Assert.Equal(ReadinessStatus.Yellow, competence.Status);
    }

    [Fact]
    public void A_missing_point_counts_as_dont_know()
    {
        var response = Everything(4);
        response.Remove("facilitation.venue");

        var result = ReadinessScoring.Score([response]);

        Assert.Equal(ReadinessStatus.Unknown, result.Points.Single(p => p.Id == "facilitation.venue").Status);
    }

    [Fact]
    public void Answers_three_or_more_apart_flag_disagreement()
    {
        var result = ReadinessScoring.Score([With(Everything(4), "trust.curiosity", 1), Everything(4), With(Everything(4), "trust.relations", 2)]);

        Assert.True(result.Points.Single(p => p.Id == "trust.curiosity").Disagreement);
        Assert.False(result.Points.Single(p => p.Id == "trust.relations").Disagreement);
    }

    [Fact]
    public void A_red_prerequisite_means_not_ready_even_with_unknown_points()
    {
        var response = With(Everything(2), "frames.time", null);
        var result = ReadinessScoring.Score([response, Everything(2)]);

        Assert.Equal(ReadinessVerdict.NotReady, result.Verdict);
    }

    [Fact]
    public void Yellow_without_red_or_unknown_is_conditionally_ready_and_all_green_is_ready()
    {
        var yellow = ReadinessScoring.Score([With(Everything(5), "frames.resources", 3), With(Everything(5), "frames.resources", 3)]);
        var green = ReadinessScoring.Score([Everything(4), Everything(5)]);

        Assert.Equal(ReadinessStatus.Green, yellow.Prerequisites.Single(p => p.Id == "frames").Status);
        Assert.Equal(ReadinessVerdict.Ready, yellow.Verdict);
        Assert.Equal(ReadinessVerdict.Ready, green.Verdict);
        var conditionally = ReadinessScoring.Score([With(With(Everything(5), "frames.resources", 3), "frames.time", 3)]);
        Assert.Equal(ReadinessStatus.Yellow, conditionally.Prerequisites.Single(p => p.Id == "frames").Status);
        Assert.Equal(ReadinessVerdict.ConditionallyReady, conditionally.Verdict);
    }
}
