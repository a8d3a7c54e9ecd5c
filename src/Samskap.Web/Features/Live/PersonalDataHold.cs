using Samskap.Klarsprak;

namespace Samskap.Web.Features.Live;

/// <summary>
/// Keeps a contribution from the wall when the Klarspråk analyser finds personal data in it: a
/// fødselsnummer, a D-number, a phone number or an e-mail address. The wall is public in the room,
/// so here even the writer's own contact details are held; the writer is told and may edit.
/// </summary>
public sealed class PersonalDataHold(KlarsprakAnalyzer analyzer)
{
    /// <summary>The kinds of personal data found (email, phone, national-id), none when the text may go on the wall.</summary>
    public IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // The personal-data rule is the same for both written standards; bokmål picks the lists.
        return [.. analyzer.Analyze(text, WrittenStandard.Bokmal).Findings
            .Where(f => f.Rule == RuleIds.PersonalData && f.Kind is not null)
            .Select(f => f.Kind!)
            .Distinct(StringComparer.Ordinal)];
    }

    public bool Holds(params ReadOnlySpan<string?> texts)
    {
        foreach (var text in texts)
        {
            if (Find(text).Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
