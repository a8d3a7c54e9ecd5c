using System.Net;
using QRCoder;

namespace Samskap.Web.Features.Live;

/// <summary>The join link as a QR code in SVG, made with QRCoder, named for screen readers by what it opens.</summary>
public static class LiveQr
{
    public static string Svg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg.Replace("<svg ", $"<svg class=\"live-qr\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" ", StringComparison.Ordinal);
    }
}
