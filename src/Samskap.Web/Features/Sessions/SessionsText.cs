namespace Samskap.Web.Features.Sessions;

/// <summary>Marker for the sessions texts: the agenda's warnings and the API's messages.</summary>
public sealed class SessionsText;
