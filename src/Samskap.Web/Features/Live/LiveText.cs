namespace Samskap.Web.Features.Live;

/// <summary>Marker for the live texts: refusals, the pulse's statements, and the pages of phones, wall and projector.</summary>
public sealed class LiveText;
