using SkiaSharp;
using Samskap.Web.Features.Readiness;

namespace Samskap.Web.Features.Report;

/// <summary>
/// The readiness radar as a PNG for the DOCX, where an SVG is not read everywhere: the same
/// geometry as the page's chart (<see cref="RadarChart"/>), drawn with SkiaSharp. The numbered
/// markers match the legend the document gives under the picture.
/// </summary>
public static class RadarPng
{
    /// <summary>Drawn at twice the chart's size, so it stays sharp when printed at 8 cm.</summary>
    private const float Scale = 2;

    public static byte[] Draw(IReadOnlyList<double?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var size = (int)(RadarChart.Size * Scale);
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(Scale);
        var axes = scores.Count;
        using var grid = new SKPaint { Color = new SKColor(0xC8, 0xCE, 0xD6), Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, IsAntialias = true };
        using var yellow = new SKPaint { Color = new SKColor(0xD9, 0x9A, 0x00), Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f, IsAntialias = true };
        using var green = new SKPaint { Color = new SKColor(0x1E, 0x80, 0x3C), Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f, IsAntialias = true };
        using var area = new SKPaint { Color = new SKColor(0x1E, 0x5A, 0xA8, 0x55), Style = SKPaintStyle.Fill, IsAntialias = true };
        using var outline = new SKPaint { Color = new SKColor(0x1E, 0x5A, 0xA8), Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
        using var marker = new SKPaint { Color = new SKColor(0x1E, 0x29, 0x3B), Style = SKPaintStyle.Fill, IsAntialias = true };
        using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var font = new SKFont(SKTypeface.Default, (float)RadarChart.MarkerFontSize);

        for (var ring = 1; ring <= 5; ring++)
        {
            using var path = Polygon(Enumerable.Repeat<double?>(ring, axes).ToList());
            canvas.DrawPath(path, ring == 3 ? yellow : ring == 4 ? green : grid);
        }

        for (var axis = 0; axis < axes; axis++)
        {
            var (x, y) = RadarChart.Point(axis, axes, RadarChart.MaxScore);
            canvas.DrawLine((float)RadarChart.CenterX, (float)RadarChart.CenterY, (float)x, (float)y, grid);
        }

        using (var shape = Polygon(scores))
        {
            canvas.DrawPath(shape, area);
            canvas.DrawPath(shape, outline);
        }

        for (var axis = 0; axis < axes; axis++)
        {
            var (mx, my) = RadarChart.Marker(axis, axes);
            canvas.DrawCircle((float)mx, (float)my, (float)RadarChart.MarkerRadius, marker);
            var number = (axis + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            canvas.DrawText(number, (float)mx, (float)my + ((float)RadarChart.MarkerFontSize / 3), SKTextAlign.Center, font, text);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKPath Polygon(IReadOnlyList<double?> scores)
    {
        using var builder = new SKPathBuilder();
        for (var axis = 0; axis < scores.Count; axis++)
        {
            var (x, y) = RadarChart.Point(axis, scores.Count, scores[axis] ?? 0);
            if (axis == 0)
            {
                builder.MoveTo((float)x, (float)y);
            }
            else
            {
                builder.LineTo((float)x, (float)y);
            }
        }

        builder.Close();
        return builder.Detach();
    }
}
