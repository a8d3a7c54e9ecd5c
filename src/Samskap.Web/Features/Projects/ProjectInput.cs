using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Projects;

/// <summary>What the create and edit forms post; checked by <see cref="Validate"/> before anything is saved.</summary>
public sealed class ProjectInput
{
    public string? Title { get; set; }
    public string? Challenge { get; set; }
    public string? OwnerUserId { get; set; }
    [FieldLabel(typeof(ProjectsText), "Status")]
    public ProjectStatus Status { get; set; }

    public List<FieldError> Validate(IReadOnlyCollection<string> memberUserIds)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(new FieldError(nameof(Title), "TitleRequired"));
        }
        else if (Title.Trim().Length > Project.TitleMaxLength)
        {
            errors.Add(new FieldError(nameof(Title), "TitleTooLong", NumberText.Of(Project.TitleMaxLength)));
        }

        if ((Challenge?.Length ?? 0) > Project.ChallengeMaxLength)
        {
            errors.Add(new FieldError(nameof(Challenge), "ChallengeTooLong", NumberText.Of(Project.ChallengeMaxLength)));
        }

        if (OwnerUserId is null || !memberUserIds.Contains(OwnerUserId))
        {
            errors.Add(new FieldError(nameof(OwnerUserId), "OwnerMustBeMember"));
        }

        if (!Enum.IsDefined(Status))
        {
            errors.Add(new FieldError(nameof(Status), "StatusInvalid"));
        }

        return errors;
    }

    public void ApplyTo(Project project)
    {
        project.Title = Title!.Trim();
        project.Challenge = (Challenge ?? "").Trim();
        project.OwnerUserId = OwnerUserId!;
        project.Status = Status;
    }

    public static ProjectInput From(Project project) => new()
    {
        Title = project.Title,
        Challenge = project.Challenge,
        OwnerUserId = project.OwnerUserId,
        Status = project.Status,
    };
}
