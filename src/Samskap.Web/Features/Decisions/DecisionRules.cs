using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Decisions;

/// <summary>A decision as a form or an API body gives it.</summary>
public sealed class DecisionInput
{
    public string? Title { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? DecidedOn { get; set; }

    [FieldLabel(typeof(DecisionsText), "Field.Participants")]
    public List<string> ParticipantIds { get; set; } = [];

    [FieldLabel(typeof(DecisionsText), "Field.Partners")]
    public List<string> PartnerIds { get; set; } = [];

    [FieldLabel(typeof(DecisionsText), "Field.Contributions")]
    public List<string> ContributionIds { get; set; } = [];

    [FieldLabel(typeof(DecisionsText), "Field.LiveContributions")]
    public List<string> LiveContributionIds { get; set; } = [];

    public string? BasedOnText { get; set; }
    public string? CitizenKnowledgeChanged { get; set; }
    public string? CitizenKnowledgeNote { get; set; }
    public string? Corrects { get; set; }
}

/// <summary>What the project holds that a decision may cite: its people, partners, contributions, ideas from its live sessions and earlier decisions.</summary>
public sealed record DecisionContext(
    IReadOnlySet<string> PeopleIds,
    IReadOnlySet<Guid> PartnerIds,
    IReadOnlySet<Guid> ContributionIds,
    IReadOnlySet<Guid> LiveContributionIds,
    IReadOnlySet<Guid> DecisionIds,
    DateOnly Today);

public sealed record CheckedDecision(
    string Title, DateOnly DecidedOn, IReadOnlyList<string> ParticipantIds, IReadOnlyList<Guid> PartnerIds, IReadOnlyList<Guid> ContributionIds,
    IReadOnlyList<Guid> LiveContributionIds, string BasedOnText, KnowledgeChanged CitizenKnowledgeChanged, string CitizenKnowledgeNote, Guid? Corrects);

public static class DecisionRules
{
    public static string Word(KnowledgeChanged changed) => changed.ToString().ToLowerInvariant();

    public static bool TryParse(string? word, out KnowledgeChanged changed)
    {
        foreach (var candidate in Enum.GetValues<KnowledgeChanged>())
        {
            if (Word(candidate) == word)
            {
                changed = candidate;
                return true;
            }
        }

        changed = default;
        return false;
    }

    public static (List<FieldError> Errors, CheckedDecision? Decision) Check(DecisionInput input, DecisionContext context)
    {
        var errors = new List<FieldError>();
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors.Add(new FieldError(nameof(DecisionInput.Title), "Error.TitleRequired"));
        }
        else if (title.Length > DecisionEntry.TitleMaxLength)
        {
            errors.Add(new FieldError(nameof(DecisionInput.Title), "Error.TitleTooLong", NumberText.Of(DecisionEntry.TitleMaxLength)));
        }

        if (!DateOnly.TryParseExact(input.DecidedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var decidedOn))
        {
            errors.Add(new FieldError(nameof(DecisionInput.DecidedOn), "Error.DecidedOn"));
        }
        else if (decidedOn > context.Today)
        {
            errors.Add(new FieldError(nameof(DecisionInput.DecidedOn), "Error.DecidedOnFuture"));
        }

        var participants = input.ParticipantIds.Distinct().ToList();
        if (participants.Any(id => !context.PeopleIds.Contains(id)))
        {
            errors.Add(new FieldError(nameof(DecisionInput.ParticipantIds), "Error.ParticipantIds"));
        }

        var partners = Ids(input.PartnerIds, context.PartnerIds, nameof(DecisionInput.PartnerIds), errors);
        var contributions = Ids(input.ContributionIds, context.ContributionIds, nameof(DecisionInput.ContributionIds), errors);
        var liveContributions = Ids(input.LiveContributionIds, context.LiveContributionIds, nameof(DecisionInput.LiveContributionIds), errors);

        var basedOn = (input.BasedOnText ?? "").Trim();
        if (basedOn.Length > DecisionEntry.BasedOnTextMaxLength)
        {
            errors.Add(new FieldError(nameof(DecisionInput.BasedOnText), "Error.BasedOnTextTooLong", NumberText.Of(DecisionEntry.BasedOnTextMaxLength)));
        }

        if (!TryParse(input.CitizenKnowledgeChanged, out var changed))
        {
            errors.Add(new FieldError(nameof(DecisionInput.CitizenKnowledgeChanged), "Error.CitizenKnowledgeChanged"));
        }

        var note = (input.CitizenKnowledgeNote ?? "").Trim();
        if (note.Length > DecisionEntry.NoteMaxLength)
        {
            errors.Add(new FieldError(nameof(DecisionInput.CitizenKnowledgeNote), "Error.CitizenKnowledgeNoteTooLong", NumberText.Of(DecisionEntry.NoteMaxLength)));
        }

        Guid? corrects = null;
        if (!string.IsNullOrWhiteSpace(input.Corrects))
        {
            if (Guid.TryParse(input.Corrects, out var correctsId) && context.DecisionIds.Contains(correctsId))
            {
                corrects = correctsId;
            }
            else
            {
                errors.Add(new FieldError(nameof(DecisionInput.Corrects), "Error.Corrects"));
            }
        }

        return errors.Count > 0
            ? (errors, null)
            : (errors, new CheckedDecision(title, decidedOn, participants, partners, contributions, liveContributions, basedOn, changed, note, corrects));
    }

    private static List<Guid> Ids(List<string> given, IReadOnlySet<Guid> known, string field, List<FieldError> errors)
    {
        var ids = new List<Guid>();
        foreach (var text in given.Distinct())
        {
            if (Guid.TryParse(text, out var id) && known.Contains(id))
            {
                ids.Add(id);
            }
            else
            {
                errors.Add(new FieldError(field, $"Error.{field}"));
                return [];
            }
        }

        return ids;
    }
}
