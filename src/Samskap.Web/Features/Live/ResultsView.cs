namespace Samskap.Web.Features.Live;

/// <summary>What the results partial shows: an activity and its results, on a phone or on the projector.</summary>
public sealed record ResultsView(ActivityDto Activity, ResultsDto Results, bool Large)
{
    /// <summary>An option's or an idea's text by its id.</summary>
    public string Label(string id) => Activity.Options?.FirstOrDefault(o => o.Id == id)?.Text ?? id;
}
