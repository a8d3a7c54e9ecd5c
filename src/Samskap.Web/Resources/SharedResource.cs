namespace Samskap.Web.Resources;

/// <summary>Marker for the user-interface strings in SharedResource.resx (bokmål) and its nn and en siblings.</summary>
public sealed class SharedResource;
