using Samskap.Klarsprak;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>A stretch of the text and the findings (by their number in the list) that cover all of it.</summary>
public sealed record Segment(int Start, int Length, IReadOnlyList<int> Findings, IReadOnlyList<int> EndingHere);

/// <summary>
/// Cuts a text into stretches at every start and end of a finding, so that findings that overlap
/// (a stiff word inside a long sentence) can each be marked without nesting elements across each other.
/// </summary>
public static class HighlightSegments
{
    public static IReadOnlyList<Segment> Split(string text, IReadOnlyList<Finding> findings)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var finding in findings)
        {
            cuts.Add(Math.Clamp(finding.Start, 0, text.Length));
            cuts.Add(Math.Clamp(finding.End, 0, text.Length));
        }

        var segments = new List<Segment>();
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var covering = new List<int>();
                var ending = new List<int>();
                for (var index = 0; index < findings.Count; index++)
                {
                    if (findings[index].Start <= previous && findings[index].End >= cut)
                    {
                        covering.Add(index);
                        if (findings[index].End == cut)
                        {
                            ending.Add(index);
                        }
                    }
                }

                segments.Add(new Segment(previous, cut - previous, covering, ending));
            }

            previous = cut;
        }

        return segments;
    }
}
