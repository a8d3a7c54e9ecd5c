using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

public sealed class RadarChartTests
{
    [Fact]
    public void The_first_axis_points_up_and_the_second_to_the_right()
    {
        var (upX, upY) = RadarChart.Point(0, 4, RadarChart.MaxScore);
        var (rightX, rightY) = RadarChart.Point(1, 4, RadarChart.MaxScore);

        Assert.Equal((RadarChart.CenterX, RadarChart.CenterY - RadarChart.Radius), (Math.Round(upX, 6), Math.Round(upY, 6)));
        Assert.Equal((RadarChart.CenterX + RadarChart.Radius, RadarChart.CenterY), (Math.Round(rightX, 6), Math.Round(rightY, 6)));
    }

    [Fact]
    public void A_score_lies_in_proportion_along_its_axis_and_an_unknown_sits_at_the_centre()
    {
        var polygon = RadarChart.Polygon([2.5, null, 5, 0]);

        Assert.Equal("350,130 350,190 350,310 350,190", polygon);
    }

    [Fact]
    public void Labels_run_away_from_the_chart()
    {
        Assert.Equal("middle", RadarChart.Label(0, 4).Anchor);
        Assert.Equal("start", RadarChart.Label(1, 4).Anchor);
        Assert.Equal("end", RadarChart.Label(3, 4).Anchor);
    }
}
