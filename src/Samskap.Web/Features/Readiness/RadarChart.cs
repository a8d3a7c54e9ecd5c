using System.Globalization;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// The geometry of the server-rendered radar chart: one axis per prerequisite, the centre is 0 and
/// the edge is 5. Plain numbers in, SVG coordinates out, so that no chart library or script is needed.
/// The picture holds the chart and a numbered marker at each axis's end, nothing else: the names
/// are HTML beside or below it, at the page's text size however small the chart is drawn.
/// </summary>
public static class RadarChart
{
    /// <summary>The picture is square and tight around the chart, so that the chart fills whatever width it is given.</summary>
    public const double Size = 420;
    public const double CenterX = Size / 2;
    public const double CenterY = Size / 2;
    public const double Radius = 160;
    public const double MaxScore = 5;

    /// <summary>
    /// The numbered circle at each axis's end. Its number is 24 units high: at least 16 px, the body
    /// text, wherever the chart is drawn at least 280 px wide (a 320 px screen less the page's margins).
    /// </summary>
    public const double MarkerRadius = 20;

    public const double MarkerFontSize = 24;

    /// <summary>The marker's centre lies this far out from the chart's centre: just beyond the edge, inside the picture.</summary>
    public const double MarkerDistance = Radius + 8 + MarkerRadius;

    /// <summary>The radius of the dot on each score.</summary>
    public const double DotRadius = 6;

    /// <summary>Where a score lies on an axis; axis 0 points straight up and the rest follow clockwise.</summary>
    public static (double X, double Y) Point(int axis, int axisCount, double score) =>
        Along(axis, axisCount, Radius * Math.Clamp(score, 0, MaxScore) / MaxScore);

    /// <summary>The centre of an axis's numbered marker.</summary>
    public static (double X, double Y) Marker(int axis, int axisCount) => Along(axis, axisCount, MarkerDistance);

    /// <summary>The SVG "points" of a polygon through the scores; an unknown score sits at the centre.</summary>
    public static string Polygon(IReadOnlyList<double?> scores) =>
        string.Join(' ', scores.Select((score, axis) => Format(Point(axis, scores.Count, score ?? 0))));

    /// <summary>A ring at one score on every axis: the grid, and the 3.0 and 4.0 lines where the colours change.</summary>
    public static string Ring(double score, int axisCount) =>
        string.Join(' ', Enumerable.Range(0, axisCount).Select(axis => Format(Point(axis, axisCount, score))));

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static (double X, double Y) Along(int axis, int axisCount, double distance)
    {
        var angle = (-90 + (360.0 * axis / axisCount)) * Math.PI / 180;
        return (CenterX + (distance * Math.Cos(angle)), CenterY + (distance * Math.Sin(angle)));
    }

    private static string Format((double X, double Y) point) => $"{Number(point.X)},{Number(point.Y)}";
}
