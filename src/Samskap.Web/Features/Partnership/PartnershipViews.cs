using Microsoft.Extensions.Localization;

namespace Samskap.Web.Features.Partnership;

/// <summary>Words the partnership's pages share.</summary>
public static class PartnershipViews
{
    public static string KindName(IStringLocalizer<PartnershipText> text, PartnerKind kind) => text[$"PartnerKind.{PartnershipWords.Word(kind)}"];

    public static string KindName(IStringLocalizer<PartnershipText> text, ContributionKind kind) => text[$"ContributionKind.{PartnershipWords.Word(kind)}"];

    /// <summary>"Innbyggere: 2, Frivillig sektor: 1": the kinds that have partners, most first.</summary>
    public static IEnumerable<string> MakeUpWords(Ledger ledger, IStringLocalizer<PartnershipText> text) =>
        ledger.MakeUp.Where(k => k.Value > 0)
            .OrderByDescending(k => k.Value)
            .Select(k => $"{KindName(text, k.Key)}: {k.Value}");
}
