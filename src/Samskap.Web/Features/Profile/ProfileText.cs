namespace Samskap.Web.Features.Profile;

/// <summary>Marker for the profile's texts: the person's own details and their access keys.</summary>
public sealed class ProfileText;
