using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Frames;

/// <summary>How many of each a project keeps: enough for any real project, few enough to read on one page.</summary>
public static class FramesLimits
{
    public const int Milestones = 200;
    public const int ScopeItems = 200;
    public const int Uncertainties = 200;
    public const int Phases = 20;
}

/// <summary>The wire words of levels and statuses: low, medium, high; open, closed.</summary>
public static class FramesWords
{
    public static string Word(Level level) => level.ToString().ToLowerInvariant();

    public static string Word(UncertaintyStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParse(string? word, out Level level) => TryParseEnum(word, out level);

    public static bool TryParse(string? word, out UncertaintyStatus status) => TryParseEnum(word, out status);

    // Only the exact lower-case words: "2", "High" or "hIgh" are not part of the contract.
    private static bool TryParseEnum<T>(string? word, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString().ToLowerInvariant(), word, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>A milestone as the form and the API send it.</summary>
public sealed class MilestoneInput
{
    public string? Title { get; set; }
    public string? Date { get; set; }

    [FieldLabel(typeof(FramesText), "Milestone.RelationBuilding")]
    public bool RelationBuilding { get; set; }

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(new FieldError(nameof(Title), "Milestone.Error.TitleRequired"));
        }
        else if (Title.Trim().Length > Milestone.TitleMaxLength)
        {
            errors.Add(new FieldError(nameof(Title), "Milestone.Error.TitleTooLong", NumberText.Of(Milestone.TitleMaxLength)));
        }

        if (string.IsNullOrWhiteSpace(Date))
        {
            errors.Add(new FieldError(nameof(Date), "Milestone.Error.DateRequired"));
        }
        else if (!FrameText.TryParseDate(Date, out _))
        {
            errors.Add(new FieldError(nameof(Date), "Milestone.Error.DateInvalid"));
        }

        return errors;
    }

    /// <summary>Only after <see cref="Validate"/> found nothing.</summary>
    public void ApplyTo(Milestone milestone)
    {
        milestone.Title = Title!.Trim();
        milestone.Date = FrameText.TryParseDate(Date, out var date) ? date : throw new InvalidOperationException("Validate first.");
        milestone.RelationBuilding = RelationBuilding;
    }

    public static MilestoneInput From(Milestone milestone) => new()
    {
        Title = milestone.Title,
        Date = FrameText.Format(milestone.Date),
        RelationBuilding = milestone.RelationBuilding,
    };
}

/// <summary>A line of the scope declaration as the form and the API send it.</summary>
public sealed class ScopeItemInput
{
    public string? Text { get; set; }

    [FieldLabel(typeof(FramesText), "Scope.Open")]
    public bool Open { get; set; }

    public string? Reason { get; set; }

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add(new FieldError(nameof(Text), "Scope.Error.TextRequired"));
        }
        else if (Text.Trim().Length > ScopeItem.TextMaxLength)
        {
            errors.Add(new FieldError(nameof(Text), "Scope.Error.TextTooLong", NumberText.Of(ScopeItem.TextMaxLength)));
        }

        if ((Reason?.Trim().Length ?? 0) > ScopeItem.ReasonMaxLength)
        {
            errors.Add(new FieldError(nameof(Reason), "Scope.Error.ReasonTooLong", NumberText.Of(ScopeItem.ReasonMaxLength)));
        }
        else if (!Open && string.IsNullOrWhiteSpace(Reason))
        {
            // Partners are owed the why of everything they cannot change.
            errors.Add(new FieldError(nameof(Reason), "Scope.Error.ReasonRequired"));
        }

        return errors;
    }

    public void ApplyTo(ScopeItem item)
    {
        item.Text = Text!.Trim();
        item.Open = Open;
        item.Reason = (Reason ?? "").Trim();
    }

    public static ScopeItemInput From(ScopeItem item) => new() { Text = item.Text, Open = item.Open, Reason = item.Reason };
}

/// <summary>An uncertainty as the form and the API send it; the levels and the status as their wire words.</summary>
public sealed class UncertaintyInput
{
    public string? Text { get; set; }
    public string? Likelihood { get; set; }
    public string? Consequence { get; set; }
    public string? Response { get; set; }
    public string? OwnerId { get; set; }
    public string? Status { get; set; }

    /// <param name="ownerIsOfProject">Whether <see cref="OwnerId"/> is a person of the project; the caller asks the database.</param>
    public IReadOnlyList<FieldError> Validate(bool ownerIsOfProject)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add(new FieldError(nameof(Text), "Uncertainty.Error.TextRequired"));
        }
        else if (Text.Trim().Length > Uncertainty.TextMaxLength)
        {
            errors.Add(new FieldError(nameof(Text), "Uncertainty.Error.TextTooLong", NumberText.Of(Uncertainty.TextMaxLength)));
        }

        if (!FramesWords.TryParse(Likelihood, out Level _))
        {
            errors.Add(new FieldError(nameof(Likelihood), "Uncertainty.Error.LikelihoodInvalid"));
        }

        if (!FramesWords.TryParse(Consequence, out Level _))
        {
            errors.Add(new FieldError(nameof(Consequence), "Uncertainty.Error.ConsequenceInvalid"));
        }

        if ((Response?.Trim().Length ?? 0) > Uncertainty.ResponseMaxLength)
        {
            errors.Add(new FieldError(nameof(Response), "Uncertainty.Error.ResponseTooLong", NumberText.Of(Uncertainty.ResponseMaxLength)));
        }

        if (!ownerIsOfProject)
        {
            errors.Add(new FieldError(nameof(OwnerId), "Uncertainty.Error.OwnerNotOfProject"));
        }

        if (!FramesWords.TryParse(Status, out UncertaintyStatus _))
        {
            errors.Add(new FieldError(nameof(Status), "Uncertainty.Error.StatusInvalid"));
        }

        return errors;
    }

    public void ApplyTo(Uncertainty uncertainty)
    {
        uncertainty.Text = Text!.Trim();
        uncertainty.Likelihood = FramesWords.TryParse(Likelihood, out Level likelihood) ? likelihood : throw new InvalidOperationException("Validate first.");
        uncertainty.Consequence = FramesWords.TryParse(Consequence, out Level consequence) ? consequence : throw new InvalidOperationException("Validate first.");
        uncertainty.Response = (Response ?? "").Trim();
        uncertainty.OwnerUserId = OwnerId!;
        uncertainty.Status = FramesWords.TryParse(Status, out UncertaintyStatus status) ? status : throw new InvalidOperationException("Validate first.");
    }

    public static UncertaintyInput From(Uncertainty uncertainty) => new()
    {
        Text = uncertainty.Text,
        Likelihood = FramesWords.Word(uncertainty.Likelihood),
        Consequence = FramesWords.Word(uncertainty.Consequence),
        Response = uncertainty.Response,
        OwnerId = uncertainty.OwnerUserId,
        Status = FramesWords.Word(uncertainty.Status),
    };
}

/// <summary>The order the log is read in, and what stands out.</summary>
public static class UncertaintyLog
{
    /// <summary>Both likely and serious: the ones to talk about first.</summary>
    public static bool IsHighHigh(Level likelihood, Level consequence) => likelihood == Level.High && consequence == Level.High;

    /// <summary>Open before closed; within each, high×high first, then the greater likelihood × consequence, then the oldest.</summary>
    public static IReadOnlyList<T> Ordered<T>(IEnumerable<T> items, Func<T, UncertaintyStatus> status, Func<T, Level> likelihood, Func<T, Level> consequence, Func<T, DateTime> createdAt) =>
        items.OrderBy(i => status(i) == UncertaintyStatus.Open ? 0 : 1)
            .ThenByDescending(i => ((int)likelihood(i) + 1) * ((int)consequence(i) + 1))
            .ThenBy(createdAt)
            .ToList();
}

/// <summary>Milestones are read by date; the next one is the first from today on, in Norway.</summary>
public static class MilestoneDates
{
    public static T? Next<T>(IEnumerable<T> milestones, Func<T, DateOnly> date, DateOnly today)
        where T : class =>
        milestones.Where(m => date(m) >= today).OrderBy(date).FirstOrDefault();
}
