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

        Assert.Equal("210,130 210,210 210,370 210,210", polygon);
    }

    [Fact]
    public void The_chart_is_square_and_centred_in_its_picture()
    {
        Assert.Equal(RadarChart.Size / 2, RadarChart.CenterX);
        Assert.Equal(RadarChart.Size / 2, RadarChart.CenterY);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Each_axis_marker_lies_beyond_the_edge_of_the_chart_and_wholly_inside_the_picture(int axisCount)
    {
        for (var axis = 0; axis < axisCount; axis++)
        {
            var (x, y) = RadarChart.Marker(axis, axisCount);
            var fromCentre = Math.Sqrt(Math.Pow(x - RadarChart.CenterX, 2) + Math.Pow(y - RadarChart.CenterY, 2));

            Assert.True(fromCentre - RadarChart.MarkerRadius > RadarChart.Radius, $"Marker {axis} of {axisCount} overlaps the chart.");
            Assert.InRange(x - RadarChart.MarkerRadius, 0, RadarChart.Size);
            Assert.InRange(x + RadarChart.MarkerRadius, 0, RadarChart.Size);
            Assert.InRange(y - RadarChart.MarkerRadius, 0, RadarChart.Size);
            Assert.InRange(y + RadarChart.MarkerRadius, 0, RadarChart.Size);
        }
    }

    [Fact]
    public void The_markers_number_is_body_text_size_on_the_narrowest_screen()
    {
        // 320 px less the page's 16 px margins on either side, less the figure's own room.
        const double NarrowestChart = 280;

        Assert.True(RadarChart.MarkerFontSize * NarrowestChart / RadarChart.Size >= 16);
    }
}
