namespace Samskap.Web.Resources;

/// <summary>
/// Marker for the names of the model's twelve points (ModelText.resx and its nn and en siblings),
/// keyed "Point.{id}" by the ids of ReadinessScoring. Every page that names a point takes its
/// name from here, so a point is called the same everywhere.
/// </summary>
public sealed class ModelText;
