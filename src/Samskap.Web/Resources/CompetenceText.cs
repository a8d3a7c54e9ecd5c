namespace Samskap.Web.Resources;

/// <summary>Marker for the competence pages' texts.</summary>
public sealed class CompetenceText;
