namespace Samskap.Web.Features.Live;

/// <summary>An option of a rating or a dot vote, or an idea a dot vote goes over.</summary>
public sealed record OptionDto(string Id, string Text);

/// <summary>An activity as phones, the wall and the API see it. The wire words of kind and state are a contract.</summary>
public sealed record ActivityDto(
    Guid Id,
    string Kind,
    string Title,
    string State,
    bool ResultsRevealed,
    IReadOnlyList<OptionDto>? Options,
    int? Dots,
    IReadOnlyList<string>? Categories,
    Guid? SourceActivityId);

public sealed record SessionInfoDto(string Title);

/// <summary>What Join and Resume answer: the phone's token, the session, and what is open or has been.</summary>
public sealed record JoinedDto(string ParticipantToken, SessionInfoDto Session, IReadOnlyList<ActivityDto> Activities, string Language, string? ParticipantKind);

public sealed record SubmittedDto(Guid Id, bool Held);

public sealed record OperationDto(Guid Id);

/// <summary>A contribution as the wall shows it; <c>held</c> marks one kept back for personal data (its text is not sent).</summary>
public sealed record ContributionDto(
    Guid Id,
    Guid ActivityId,
    string Kind,
    string? Text,
    string? Category,
    int Upvotes,
    string? ParticipantKind,
    DateTime CreatedAt,
    IReadOnlyList<string>? Words,
    bool Pinned,
    bool Held,
    bool Hidden,
    Guid? MergedIntoId);

/// <summary>A participant's own contribution on their phone, with what they gave.</summary>
public sealed record OwnContributionDto(Guid Id, Guid ActivityId, string Kind, string? Text, string? Category, IReadOnlyList<string>? Words, IReadOnlyDictionary<string, int>? Values, bool Held, IReadOnlyList<string> HeldFor);

/// <summary>People and contributions of one participant kind ("not-said" for those who did not say).</summary>
public sealed record KindCountDto(int Participants, int Contributions);

/// <summary>The room's counts, so that the wall shows whether all parties take part.</summary>
public sealed record CountsDto(int Participants, int Contributions, int Held, IReadOnlyDictionary<string, KindCountDto> ByKind);

/// <summary>Revealed results: the dots, the ratings or the pulse, or the words of the cloud.</summary>
public sealed record ResultsDto(
    Guid ActivityId,
    string Kind,
    int People,
    IReadOnlyList<DotsResult>? Dots,
    IReadOnlyList<ScaleResult>? Scale,
    IReadOnlyList<WordCount>? Words);

/// <summary>What POST …/live answers: the code and the two links.</summary>
public sealed record LiveStartedDto(string Code, string JoinUrl, string PresenterUrl);
