namespace Samskap.Web.Features.Frames;

/// <summary>Marker for the frames and phases texts.</summary>
public sealed class FramesText;
