using Samskap.Web.Features.Account;

namespace Samskap.Web.Features.Projects;

public enum ProjectStatus
{
    Idea = 0,
    Planning = 1,
    Active = 2,
    Completed = 3,
}

public class Project
{
    public const int TitleMaxLength = 200;
    public const int ChallengeMaxLength = 10_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The challenge the project takes on, in a few paragraphs.</summary>
    public string Challenge { get; set; } = "";

    public string OwnerUserId { get; set; } = "";
    public AppUser? Owner { get; set; }
    public ProjectStatus Status { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Archived projects are kept, read-only and out of the default list.</summary>
    public DateTime? ArchivedAt { get; set; }
}
