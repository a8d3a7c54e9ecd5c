namespace Samskap.Web.Features.Report;

/// <summary>Marker for the report's texts (ReportText.resx, .nn.resx, .en.resx).</summary>
public sealed class ReportText;
