using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Actions;

/// <summary>An action as a form or an API body gives it.</summary>
public sealed class ActionInput
{
    public string? Title { get; set; }
    public string? OwnerId { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? Due { get; set; }

    public string? Status { get; set; }
    public string? DecisionId { get; set; }
    public string? Point { get; set; }
}

public sealed record ActionContext(IReadOnlySet<string> PeopleIds, IReadOnlySet<Guid> DecisionIds, IReadOnlySet<string> PointIds);

public sealed record CheckedAction(string Title, string OwnerId, DateOnly Due, ActionStatus Status, Guid? DecisionId, string? Point);

public static class ActionRules
{
    public static string Word(ActionStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>
    /// An external partner changes only what is theirs: an action they own, or one they take on by
    /// making themselves its owner. Everyone else who may edit the project may change any action.
    /// </summary>
    public static bool MayChange(bool isExternalPartner, string? me, string storedOwnerId, string? newOwnerId) =>
        !isExternalPartner || (me is not null && (storedOwnerId == me || newOwnerId == me));

    /// <summary>An open action whose day has passed, counted in Norwegian days: due today is not overdue yet.</summary>
    public static bool IsOverdue(ActionStatus status, DateOnly due, DateOnly today) => status == ActionStatus.Open && due < today;

    public static (List<FieldError> Errors, CheckedAction? Action) Check(ActionInput input, ActionContext context)
    {
        var errors = new List<FieldError>();
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors.Add(new FieldError(nameof(ActionInput.Title), "Error.TitleRequired"));
        }
        else if (title.Length > ProjectAction.TitleMaxLength)
        {
            errors.Add(new FieldError(nameof(ActionInput.Title), "Error.TitleTooLong", NumberText.Of(ProjectAction.TitleMaxLength)));
        }

        if (input.OwnerId is null || !context.PeopleIds.Contains(input.OwnerId))
        {
            errors.Add(new FieldError(nameof(ActionInput.OwnerId), "Error.OwnerId"));
        }

        if (!DateOnly.TryParseExact(input.Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            errors.Add(new FieldError(nameof(ActionInput.Due), "Error.Due"));
        }

        var status = ActionStatus.Open;
        if (input.Status is not null)
        {
            var known = Enum.GetValues<ActionStatus>().Where(s => Word(s) == input.Status).ToList();
            if (known.Count == 0)
            {
                errors.Add(new FieldError(nameof(ActionInput.Status), "Error.Status"));
            }
            else
            {
                status = known[0];
            }
        }

        Guid? decisionId = null;
        if (!string.IsNullOrWhiteSpace(input.DecisionId))
        {
            if (Guid.TryParse(input.DecisionId, out var id) && context.DecisionIds.Contains(id))
            {
                decisionId = id;
            }
            else
            {
                errors.Add(new FieldError(nameof(ActionInput.DecisionId), "Error.DecisionId"));
            }
        }

        var point = string.IsNullOrWhiteSpace(input.Point) ? null : input.Point.Trim();
        if (point is not null && !context.PointIds.Contains(point))
        {
            errors.Add(new FieldError(nameof(ActionInput.Point), "Error.Point"));
        }

        return errors.Count > 0 ? (errors, null) : (errors, new CheckedAction(title, input.OwnerId!, due, status, decisionId, point));
    }
}
