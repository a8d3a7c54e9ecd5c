namespace Samskap.Web.Features.Live;

/// <summary>Marker for the live texts: refusals, the pulse's statements, and the pages of phones, wall and projector.</summary>
public sealed class LiveText;

/// <summary>Counted texts: the key as it is for any number, and "{key}.One" for exactly one.</summary>
public static class LiveTextCounts
{
    public static string Count(this Microsoft.Extensions.Localization.IStringLocalizer<LiveText> texts, string key, int count) =>
        texts[count == 1 ? $"{key}.One" : key, count];
}
