namespace Samskap.Web.Features.Evaluation;

/// <summary>
/// One entry of the decision log as provenance reads it: the participant or partner kinds of the
/// contributions it cites (partners' contributions and live ideas alike), and whether a later entry
/// corrects it.
/// </summary>
public sealed record DecisionBasis(Guid DecisionId, IReadOnlyCollection<string> CitedKinds, bool Corrected);

/// <summary>How many decisions stand, and how many of them built on what citizens or civil society contributed.</summary>
public sealed record ProvenanceShare(int Decisions, int BuiltOnCitizens)
{
    /// <summary>The share from 0 to 1; none without decisions.</summary>
    public double? Share => Decisions == 0 ? null : (double)BuiltOnCitizens / Decisions;
}

/// <summary>Whose knowledge shaped what: the shares and counts of the evaluation's provenance part.</summary>
public static class Provenance
{
    /// <summary>The kinds that count as citizens' knowledge in the seed's sense: citizens themselves, and their organisations.</summary>
    public static readonly IReadOnlySet<string> CitizenKinds = new HashSet<string>(StringComparer.Ordinal) { "citizen", "civil-society" };

    /// <summary>A contribution whose giver did not say what kind they are.</summary>
    public const string NotSaid = "not-said";

    /// <summary>
    /// The share of the decisions that stand (a corrected entry is replaced by its correction, so it
    /// is not counted twice) that cite at least one contribution of a citizen or a civil-society partner.
    /// </summary>
    public static ProvenanceShare Share(IEnumerable<DecisionBasis> decisions)
    {
        var standing = decisions.Where(d => !d.Corrected).ToList();
        return new ProvenanceShare(standing.Count, standing.Count(d => d.CitedKinds.Any(CitizenKinds.Contains)));
    }

    /// <summary>Contributions counted per kind, those without a kind as <see cref="NotSaid"/>, in the order of the most first.</summary>
    public static IReadOnlyList<(string Kind, int Count)> ByKind(IEnumerable<string?> kinds) =>
        [.. kinds.GroupBy(k => string.IsNullOrEmpty(k) ? NotSaid : k, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2)
            .ThenBy(x => x.Key, StringComparer.Ordinal)];
}
