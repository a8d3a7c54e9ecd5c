using System.Collections.Frozen;

namespace Samskap.Klarsprak;

/// <summary>
/// Abbreviations whose periods never end a sentence, in bokmål and nynorsk. A period belongs to one
/// when the whole token around it (letters and periods, bounded by anything else) is on the list,
/// case-insensitively: «f.eks.», «Bl.a.», «kl.» in «kl.18». Both spellings of the multi-period ones
/// are listed, with and without the final period, so that the inner periods of «f.eks» count too.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Longer than any listed abbreviation; bounds the look around a period.</summary>
    private const int MaxLength = 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Listed = BuildList();

    /// <summary>Whether the period at <paramref name="index"/> belongs to a listed abbreviation.</summary>
    public static bool IsAbbreviationPeriod(string text, int index)
    {
        var start = index;
        while (start > 0 && index - start < MaxLength && IsTokenChar(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && (IsTokenChar(text[start - 1]) || TextChars.IsWordCharAt(text, start - 1)))
        {
            return false;
        }

        var end = index + 1;
        while (end < text.Length && end - index < MaxLength && IsTokenChar(text[end]))
        {
            end++;
        }

        if (end < text.Length && (IsTokenChar(text[end]) || char.IsLetter(text[end])))
        {
            return false;
        }

        return Listed.Contains(text.AsSpan(start, end - start));
    }

    private static bool IsTokenChar(char c) => c == '.' || char.IsLetter(c);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildList()
    {
        string[] withPeriods =
        [
            "f.eks.", "bl.a.", "m.m.", "o.l.", "m.a.", "t.d.", "o.a.", "m.fl.", "m.v.", "o.s.v.", "d.v.s.", "e.l.",
            "t.o.m.", "f.o.m.", "m.a.o.",
        ];
        string[] single =
        [
            "dvs.", "osv.", "mv.", "nr.", "kl.", "ca.", "jf.", "jfr.", "evt.", "ev.", "pga.", "iht.", "mht.", "ifm.",
            "inkl.", "ekskl.", "tlf.", "mfl.", "etc.", "pkt.", "kap.", "vedr.", "ang.", "avd.", "adr.", "hhv.",
            "høvesv.", "ift.", "iflg.", "ref.", "mnd.", "stk.", "tel.", "prof.", "dr.", "vha.", "mao.", "ds.", "sml.",
            "utg.",
        ];

        // The multi-period ones also without the final period (f.eks), which is common in running text.
        var all = withPeriods.Concat(withPeriods.Select(a => a[..^1])).Concat(single);
        return all.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
