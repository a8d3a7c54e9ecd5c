using Samskap.Web.Features.Partnership;

namespace Samskap.Web.Features.Live;

/// <summary>What an activity asks of the room. The wire words are a contract: ideas, dots, rating, words, pulse.</summary>
public enum ActivityKind
{
    Ideas = 0,
    Dots = 1,
    Rating = 2,
    Words = 3,
    Pulse = 4,
}

/// <summary>An activity is added ready, opened for the room, and closed again. Wire words: ready, open, closed.</summary>
public enum ActivityState
{
    Ready = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>The contract's words for the live kinds and states, and the participant kinds a phone may give.</summary>
public static class LiveWords
{
    /// <summary>What a participant says who would rather not say what kind of participant they are.</summary>
    public const string NotSaid = "not-said";

    public static IReadOnlyList<ActivityKind> ActivityKinds { get; } = Enum.GetValues<ActivityKind>();

    public static string Word(ActivityKind kind) => kind.ToString().ToLowerInvariant();

    public static string Word(ActivityState state) => state.ToString().ToLowerInvariant();

    public static bool TryParseKind(string? word, out ActivityKind kind)
    {
        foreach (var candidate in ActivityKinds)
        {
            if (Word(candidate) == word)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>
    /// A participant kind as the phone gave it: a partner kind's word, or null for "vil ikke si"
    /// (also when nothing or <see cref="NotSaid"/> was given). False for any other word.
    /// </summary>
    public static bool TryParticipantKind(string? word, out string? kind)
    {
        kind = null;
        if (string.IsNullOrEmpty(word) || word == NotSaid)
        {
            return true;
        }

        if (PartnershipWords.TryParsePartnerKind(word, out var partnerKind))
        {
            kind = PartnershipWords.Word(partnerKind);
            return true;
        }

        return false;
    }

    /// <summary>The languages a phone may choose.</summary>
    public static bool IsLanguage(string? code) => code is "nb" or "nn" or "en";
}
