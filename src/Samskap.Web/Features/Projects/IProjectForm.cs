namespace Samskap.Web.Features.Projects;

/// <summary>What the shared project form partial needs from the create and edit pages.</summary>
public interface IProjectForm
{
    ProjectInput Input { get; }
    IReadOnlyList<MemberOption> Members { get; }
}
