namespace Samskap.Web.Features.Projects;

/// <summary>Marker for the projects feature's texts.</summary>
public sealed class ProjectsText;
