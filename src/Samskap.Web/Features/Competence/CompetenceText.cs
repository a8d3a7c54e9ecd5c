namespace Samskap.Web.Features.Competence;

/// <summary>Marker for the competence pages' texts.</summary>
public sealed class CompetenceText;
