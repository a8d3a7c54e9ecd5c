using System.Globalization;

namespace Samskap.Web.Features.Readiness;

/// <summary>
/// The geometry of the server-rendered radar chart: one axis per prerequisite, the centre is 0 and
/// the edge is 5. Plain numbers in, SVG coordinates out, so that no chart library or script is needed.
/// </summary>
public static class RadarChart
{
    public const double Width = 700;
    public const double Height = 380;
    public const double CenterX = Width / 2;
    public const double CenterY = Height / 2;
    public const double Radius = 120;
    public const double MaxScore = 5;

    /// <summary>Where a score lies on an axis; axis 0 points straight up and the rest follow clockwise.</summary>
    public static (double X, double Y) Point(int axis, int axisCount, double score)
    {
        var angle = (-90 + (360.0 * axis / axisCount)) * Math.PI / 180;
        var distance = Radius * Math.Clamp(score, 0, MaxScore) / MaxScore;
        return (CenterX + (distance * Math.Cos(angle)), CenterY + (distance * Math.Sin(angle)));
    }

    /// <summary>The SVG "points" of a polygon through the scores; an unknown score sits at the centre.</summary>
    public static string Polygon(IReadOnlyList<double?> scores) =>
        string.Join(' ', scores.Select((score, axis) => Format(Point(axis, scores.Count, score ?? 0))));

    /// <summary>A ring at one score on every axis: the grid, and the 3.0 and 4.0 lines where the colours change.</summary>
    public static string Ring(double score, int axisCount) =>
        string.Join(' ', Enumerable.Range(0, axisCount).Select(axis => Format(Point(axis, axisCount, score))));

    /// <summary>The height of one line of label text, in the chart's units.</summary>
    public const double LineHeight = 17;

    /// <summary>
    /// Where an axis's two-line label (name, then score) starts, just beyond the axis's end, and which
    /// way its text runs from there: above the top axis, below the bottom one, beside the others.
    /// </summary>
    public static (double X, double Y, string Anchor) Label(int axis, int axisCount)
    {
        var (x, y) = Point(axis, axisCount, MaxScore + 0.35);
        var anchor = Math.Abs(x - CenterX) < 1 ? "middle" : x > CenterX ? "start" : "end";
        var firstLine = y < CenterY - 1 ? y - LineHeight
            : y > CenterY + 1 ? y + LineHeight - 4
            : y - (LineHeight / 2) + 4;
        return (x, firstLine, anchor);
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Format((double X, double Y) point) => $"{Number(point.X)},{Number(point.Y)}";
}
