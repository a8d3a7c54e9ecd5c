using System.Globalization;

namespace Samskap.Web.Features.Live;

/// <summary>One option's or statement's answers on the 1–5 scale: how many gave each value, and the mean.</summary>
public sealed record ScaleResult(string Id, int Answers, double? Mean, IReadOnlyList<int> Distribution);

/// <summary>One dot target's total.</summary>
public sealed record DotsResult(string Id, int Dots, int People);

/// <summary>A word of the cloud and how many gave it.</summary>
public sealed record WordCount(string Word, int Count);

/// <summary>
/// The room's answers added up. Words are counted without regard to case, and shown in the form most
/// people wrote them (in small letters on a tie).
/// </summary>
public static class LiveResults
{
    /// <summary>Dots per target, most first; targets nobody chose are left out.</summary>
    public static IReadOnlyList<DotsResult> Dots(IEnumerable<IReadOnlyDictionary<string, int>> perPerson) =>
        [.. perPerson.SelectMany(person => person.Where(p => p.Value > 0))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => new DotsResult(g.Key, g.Sum(p => p.Value), g.Count()))
            .OrderByDescending(r => r.Dots).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Each id's answers on the 1–5 scale, in the order of <paramref name="ids"/>; the mean is null with no answers.</summary>
    public static IReadOnlyList<ScaleResult> Scale(IReadOnlyList<string> ids, IEnumerable<IReadOnlyDictionary<string, int>> perPerson)
    {
        var counts = ids.ToDictionary(id => id, _ => new int[LiveContributionRules.RatingMax], StringComparer.Ordinal);
        foreach (var person in perPerson)
        {
            foreach (var (id, value) in person)
            {
                if (counts.TryGetValue(id, out var distribution) && value is >= LiveContributionRules.RatingMin and <= LiveContributionRules.RatingMax)
                {
                    distribution[value - 1]++;
                }
            }
        }

        return [.. ids.Select(id =>
        {
            var distribution = counts[id];
            var answers = distribution.Sum();
            double? mean = answers == 0 ? null : Math.Round(distribution.Select((n, i) => n * (i + 1)).Sum() / (double)answers, 2);
            return new ScaleResult(id, answers, mean, distribution);
        })];
    }

    /// <summary>The word cloud: each word once, with how many gave it, most first.</summary>
    public static IReadOnlyList<WordCount> Words(IEnumerable<IReadOnlyList<string>> perPerson) =>
        [.. perPerson.SelectMany(words => words.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(w => w.ToLower(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(g => new WordCount(
                g.GroupBy(w => w, StringComparer.Ordinal)
                    .OrderByDescending(v => v.Count())
                    .ThenByDescending(v => v.Key == g.Key)
                    .ThenBy(v => v.Key, StringComparer.Ordinal)
                    .First().Key,
                g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.CurrentCulture)];
}
