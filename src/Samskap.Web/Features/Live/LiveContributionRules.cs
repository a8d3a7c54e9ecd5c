namespace Samskap.Web.Features.Live;

/// <summary>Why something from the room or the facilitator was refused: the field it names, and a reason id that LiveText words.</summary>
public sealed record LiveRefusal(string Field, string Reason);

/// <summary>The reason ids of <see cref="LiveRefusal"/>; each has a text "Refusal.{id}" in three languages.</summary>
public static class LiveReasons
{
    public const string CodeUnknown = "code-unknown";
    public const string TokenUnknown = "token-unknown";
    public const string PresenterUnknown = "presenter-unknown";
    public const string LanguageUnknown = "language-unknown";
    public const string ParticipantKindUnknown = "participant-kind-unknown";
    public const string OperationId = "operation-id";
    public const string OperationReused = "operation-reused";
    public const string ActivityUnknown = "activity-unknown";
    public const string ActivityNotOpen = "activity-not-open";
    public const string WrongKind = "wrong-kind";
    public const string TextEmpty = "text-empty";
    public const string TextTooLong = "text-too-long";
    public const string CategoryUnknown = "category-unknown";
    public const string ContributionUnknown = "contribution-unknown";
    public const string OwnIdea = "own-idea";
    public const string DotsNone = "dots-none";
    public const string DotsTooMany = "dots-too-many";
    public const string DotsTarget = "dots-target";
    public const string DotsNegative = "dots-negative";
    public const string RatingNone = "rating-none";
    public const string RatingRange = "rating-range";
    public const string RatingOption = "rating-option";
    public const string WordsCount = "words-count";
    public const string WordTooLong = "word-too-long";
    public const string PulseNone = "pulse-none";
    public const string PulseStatement = "pulse-statement";
    public const string PulseRange = "pulse-range";
    public const string TooFast = "too-fast";
    public const string TitleEmpty = "title-empty";
    public const string OptionsCount = "options-count";
    public const string OptionTooLong = "option-too-long";
    public const string CategoriesCount = "categories-count";
    public const string DotsAllowed = "dots-allowed";
    public const string SourceActivity = "source-activity";
    public const string NotLive = "not-live";
    public const string SessionNotPlanned = "session-not-planned";
    public const string MergeTarget = "merge-target";
    public const string BadShape = "bad-shape";
    public const string Failed = "failed";
}

/// <summary>
/// The rules for what a participant sends. Each check gives the cleaned value, or the refusal that
/// names the field; nothing here knows of the database or the hub.
/// </summary>
public static class LiveContributionRules
{
    public const int IdeaMaxLength = 500;
    public const int MaxWords = 3;
    public const int WordMaxLength = 40;
    public const int RatingMin = 1;
    public const int RatingMax = 5;
    public const int DefaultDots = 5;
    public const int MaxDots = 20;
    public const int MaxOptions = 20;
    public const int OptionMaxLength = 200;
    public const int MaxCategories = 12;
    public const int CategoryMaxLength = 60;
    public const int TitleMaxLength = 200;

    /// <summary>An idea: 1–500 characters once trimmed, in one of the activity's categories if a category is given.</summary>
    public static LiveRefusal? CheckIdea(string? text, string? category, IReadOnlyList<string> categories, out string cleanText, out string? cleanCategory)
    {
        cleanText = (text ?? "").Trim();
        cleanCategory = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        if (cleanText.Length == 0)
        {
            return new("text", LiveReasons.TextEmpty);
        }

        if (cleanText.Length > IdeaMaxLength)
        {
            return new("text", LiveReasons.TextTooLong);
        }

        return cleanCategory is not null && !categories.Contains(cleanCategory, StringComparer.Ordinal)
            ? new("category", LiveReasons.CategoryUnknown)
            : null;
    }

    /// <summary>A word-cloud answer: one to three words (or short phrases), each at most 40 characters; blanks are dropped.</summary>
    public static LiveRefusal? CheckWords(IReadOnlyList<string?>? words, out List<string> clean)
    {
        clean = [.. (words ?? []).Select(w => (w ?? "").Trim()).Where(w => w.Length > 0)];
        if (clean.Count is 0 || clean.Count > MaxWords)
        {
            return new("words", LiveReasons.WordsCount);
        }

        var tooLong = clean.FindIndex(w => w.Length > WordMaxLength);
        return tooLong >= 0 ? new($"words[{tooLong}]", LiveReasons.WordTooLong) : null;
    }

    /// <summary>
    /// Dots: at most <paramref name="allowed"/> in all, spread over the given targets, several on one
    /// if the person likes; at least one. Targets with 0 dots are dropped.
    /// </summary>
    public static LiveRefusal? CheckDots(IReadOnlyDictionary<string, int>? dots, int allowed, IReadOnlySet<string> targets, out Dictionary<string, int> clean)
    {
        clean = [];
        foreach (var (target, count) in dots ?? new Dictionary<string, int>())
        {
            if (count < 0)
            {
                return new($"dots.{target}", LiveReasons.DotsNegative);
            }

            if (!targets.Contains(target))
            {
                return new($"dots.{target}", LiveReasons.DotsTarget);
            }

            if (count > 0)
            {
                clean[target] = count;
            }
        }

        var total = clean.Values.Sum(c => (long)c);
        return total == 0 ? new("dots", LiveReasons.DotsNone)
            : total > allowed ? new("dots", LiveReasons.DotsTooMany)
            : null;
    }

    /// <summary>Ratings: each named option of the activity given 1–5; at least one.</summary>
    public static LiveRefusal? CheckRatings(IReadOnlyDictionary<string, int>? ratings, IReadOnlySet<string> options, out Dictionary<string, int> clean)
    {
        clean = [];
        foreach (var (option, value) in ratings ?? new Dictionary<string, int>())
        {
            if (!options.Contains(option))
            {
                return new($"ratings.{option}", LiveReasons.RatingOption);
            }

            if (value is < RatingMin or > RatingMax)
            {
                return new($"ratings.{option}", LiveReasons.RatingRange);
            }

            clean[option] = value;
        }

        return clean.Count == 0 ? new("ratings", LiveReasons.RatingNone) : null;
    }

    /// <summary>
    /// The pulse: each statement answered 1–5 or left blank (null), and the open answer at most 1000
    /// characters. Something must be answered. Blank answers are not kept.
    /// </summary>
    public static LiveRefusal? CheckPulse(IReadOnlyDictionary<string, int?>? answers, string? openAnswer, out Dictionary<string, int> clean, out string? cleanOpen)
    {
        clean = [];
        cleanOpen = string.IsNullOrWhiteSpace(openAnswer) ? null : openAnswer.Trim();
        foreach (var (statement, value) in answers ?? new Dictionary<string, int?>())
        {
            if (!PulseStatements.IsStatement(statement))
            {
                return new($"answers.{statement}", LiveReasons.PulseStatement);
            }

            if (value is null)
            {
                continue;
            }

            if (value is < RatingMin or > RatingMax)
            {
                return new($"answers.{statement}", LiveReasons.PulseRange);
            }

            clean[statement] = value.Value;
        }

        if (cleanOpen is { Length: > PulseStatements.OpenAnswerMaxLength })
        {
            return new("openAnswer", LiveReasons.TextTooLong);
        }

        return clean.Count == 0 && cleanOpen is null ? new("answers", LiveReasons.PulseNone) : null;
    }

    /// <summary>
    /// A new activity as the facilitator describes it. Dots and ratings need 2–20 options, unless dots
    /// go over the ideas of an ideas activity; dots allowed are 1–20, 5 if not given.
    /// </summary>
    public static LiveRefusal? CheckActivity(ActivityKind kind, string? title, IReadOnlyList<string?>? options, int? dots, IReadOnlyList<string?>? categories, bool overIdeas, out ActivityDraft draft)
    {
        var cleanOptions = (options ?? []).Select(o => (o ?? "").Trim()).Where(o => o.Length > 0).ToList();
        var cleanCategories = (categories ?? []).Select(c => (c ?? "").Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var cleanTitle = (title ?? "").Trim();
        draft = new ActivityDraft(kind, cleanTitle, cleanOptions, kind == ActivityKind.Dots ? dots ?? DefaultDots : null, cleanCategories);
        if (cleanTitle.Length == 0)
        {
            return new("title", LiveReasons.TitleEmpty);
        }

        if (cleanTitle.Length > TitleMaxLength)
        {
            return new("title", LiveReasons.TextTooLong);
        }

        var needsOptions = kind == ActivityKind.Rating || (kind == ActivityKind.Dots && !overIdeas);
        if (needsOptions ? cleanOptions.Count is < 2 or > MaxOptions : cleanOptions.Count > 0)
        {
            return new("options", LiveReasons.OptionsCount);
        }

        var tooLong = cleanOptions.FindIndex(o => o.Length > OptionMaxLength);
        if (tooLong >= 0)
        {
            return new($"options[{tooLong}]", LiveReasons.OptionTooLong);
        }

        if (kind == ActivityKind.Dots && draft.Dots is < 1 or > MaxDots)
        {
            return new("dots", LiveReasons.DotsAllowed);
        }

        if (kind != ActivityKind.Dots && dots is not null)
        {
            return new("dots", LiveReasons.DotsAllowed);
        }

        if (kind != ActivityKind.Ideas ? cleanCategories.Count > 0 : cleanCategories.Count > MaxCategories)
        {
            return new("categories", LiveReasons.CategoriesCount);
        }

        var longCategory = cleanCategories.FindIndex(c => c.Length > CategoryMaxLength);
        return longCategory >= 0 ? new($"categories[{longCategory}]", LiveReasons.OptionTooLong) : null;
    }

    /// <summary>The id of an option: its place in the list, from o1. Options are fixed once the activity exists.</summary>
    public static string OptionId(int index) => $"o{index + 1}";
}

/// <summary>A new activity, cleaned.</summary>
public sealed record ActivityDraft(ActivityKind Kind, string Title, IReadOnlyList<string> Options, int? Dots, IReadOnlyList<string> Categories);
