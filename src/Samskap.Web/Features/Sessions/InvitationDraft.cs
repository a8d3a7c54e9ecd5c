using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Web.Features.Sessions;

/// <summary>What an invitation is drafted from: the session, its venue, the project's scope declaration and its Veivalg decision.</summary>
public sealed record InvitationFacts(
    string Title,
    string Purpose,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string? VenueName,
    string? VenueAddress,
    IReadOnlyDictionary<string, bool>? VenueChecklist,
    IReadOnlyList<string> OpenItems,
    IReadOnlyList<string> FixedItems,
    Approach? Approach);

/// <summary>
/// The first draft of a session's invitation, in bokmål or nynorsk: what, why, when, where, how
/// accessible the place is, and what the participants can influence. The leader edits it from here.
/// </summary>
public static class InvitationDraft
{
    public const string Bokmal = "nb";
    public const string Nynorsk = "nn";

    /// <summary>The criteria worth telling participants about, in the order a letter names them.</summary>
    private static readonly string[] _accessibility = ["stepFree", "accessibleToilet", "hearingLoop", "publicTransport", "childFriendly", "foodAllowed", "freeOfCharge"];

    public static bool IsLanguage(string? language) => language is Bokmal or Nynorsk;

    public static string Write(InvitationFacts facts, string language)
    {
        var texts = new EmailTexts<SessionsText>(language);
        var venues = new EmailTexts<VenuesText>(language);
        var parts = new List<string> { texts.Format("Invitation.Draft.Welcome", facts.Title) };
        if (!string.IsNullOrWhiteSpace(facts.Purpose))
        {
            parts.Add(texts.Format("Invitation.Draft.What", facts.Purpose.Trim()));
        }

        var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
        string Clock(TimeOnly time) => time.ToString("HH'.'mm", culture);
        parts.Add(texts.Format("Invitation.Draft.When", texts.Date(facts.Date), Clock(facts.Start), Clock(facts.End)));
        if (facts.VenueName is { } venue)
        {
            parts.Add(texts.Format("Invitation.Draft.Where", string.IsNullOrWhiteSpace(facts.VenueAddress) ? venue : $"{venue}, {facts.VenueAddress}"));
            var met = _accessibility.Where(c => facts.VenueChecklist?.GetValueOrDefault(c) == true).Select(c => venues[$"Invitation.{c}"]).ToList();
            parts.Add(met.Count > 0 ? texts.Format("Invitation.Draft.Access", string.Join(", ", met)) + " " + texts["Invitation.Draft.AskUs"] : texts["Invitation.Draft.AskUs"]);
        }

        if (facts.OpenItems.Count > 0)
        {
            parts.Add(texts["Invitation.Draft.Open"] + "\n" + string.Join("\n", facts.OpenItems.Select(item => $"– {item}")));
        }

        if (facts.FixedItems.Count > 0)
        {
            parts.Add(texts["Invitation.Draft.Fixed"] + "\n" + string.Join("\n", facts.FixedItems.Select(item => $"– {item}")));
        }

        if (facts.Approach is { } approach)
        {
            parts.Add(new EmailTexts<VeivalgText>(language)[$"Promise.{approach}"]);
        }

        parts.Add(texts["Invitation.Draft.Reply"]);
        return string.Join("\n\n", parts);
    }

    /// <summary>The invitation as an e-mail: each paragraph of the text as one paragraph.</summary>
    public static EmailMessage Mail(string to, string language, string title, string text)
    {
        var texts = new EmailTexts<SessionsText>(language);
        var body = new EmailBody();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Paragraph(paragraph);
        }

        return body.ToMessage(to, language, texts.Format("Invitation.Subject", title));
    }
}
