namespace Samskap.Web.Features.Shared;

/// <summary>
/// A text to copy (a link, a promise): shown whole and wrapped, selectable without JavaScript, with a
/// copy button that scripts reveal and that says in a live region when it has copied.
/// </summary>
public sealed record CopyText(string Id, string Label, string Value, bool IsLink = true);
