namespace Samskap.Web.Features.Partnership;

/// <summary>The contract's words for the kinds, as the API writes them and forms post them.</summary>
public static class PartnershipWords
{
    private static readonly Dictionary<PartnerKind, string> _partnerKinds = new()
    {
        [PartnerKind.Citizen] = "citizen",
        [PartnerKind.CivilSociety] = "civil-society",
        [PartnerKind.Public] = "public",
        [PartnerKind.Business] = "business",
        [PartnerKind.Research] = "research",
        [PartnerKind.Other] = "other",
    };

    public static IReadOnlyList<PartnerKind> PartnerKinds { get; } = [.. _partnerKinds.Keys];

    public static IReadOnlyList<ContributionKind> ContributionKinds { get; } = Enum.GetValues<ContributionKind>();

    public static string Word(PartnerKind kind) => _partnerKinds[kind];

    public static string Word(ContributionKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParsePartnerKind(string? word, out PartnerKind kind)
    {
        foreach (var (candidate, candidateWord) in _partnerKinds)
        {
            if (candidateWord == word)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static bool TryParseContributionKind(string? word, out ContributionKind kind)
    {
        kind = ContributionKinds.FirstOrDefault(k => Word(k) == word);
        return word is not null && ContributionKinds.Any(k => Word(k) == word);
    }

    /// <summary>The kinds whose partners bring the knowledge of "ordinary people": citizens and civil society.</summary>
    public static bool IsCitizenOrCivilSociety(PartnerKind kind) => kind is PartnerKind.Citizen or PartnerKind.CivilSociety;
}
