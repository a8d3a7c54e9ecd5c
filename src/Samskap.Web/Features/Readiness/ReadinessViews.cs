using System.Globalization;

namespace Samskap.Web.Features.Readiness;

/// <summary>How scores and statuses look on pages: colour and word always together, one decimal.</summary>
public static class ReadinessViews
{
    public static string Color(ReadinessStatus status) => status switch
    {
        ReadinessStatus.Red => "danger",
        ReadinessStatus.Yellow => "warning",
        ReadinessStatus.Green => "success",
        _ => "neutral",
    };

    public static string Color(ReadinessVerdict verdict) => verdict switch
    {
        ReadinessVerdict.NotReady => "danger",
        ReadinessVerdict.Unclear => "neutral",
        ReadinessVerdict.ConditionallyReady => "warning",
        _ => "success",
    };

    /// <summary>Scores are rounded to one decimal only for display, in the reader's culture (3,5 in Norwegian).</summary>
    public static string Format(double? score) => score is { } value ? value.ToString("0.0", CultureInfo.CurrentCulture) : "–";

    /// <summary>The element id of a point on the competence page: its model id with the dot as a hyphen.</summary>
    public static string CompetenceAnchor(string pointId) => pointId.Replace('.', '-');
}
