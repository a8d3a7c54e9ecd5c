namespace Samskap.Web.Features.Methods;

/// <summary>Every URL of the method library.</summary>
public static class MethodsRoutes
{
    public const string Index = "/methods";
    public const string New = "/methods/new";
    public const string Api = "/api/v1/methods";

    public static string Method(string methodId) => $"{Index}/{Uri.EscapeDataString(methodId)}";

    /// <summary>The library or a method, opened from a session so that a method can be added to it.</summary>
    public static string ForSession(Guid sessionId) => $"{Index}?session={sessionId}";

    public static string Method(string methodId, Guid? sessionId) => sessionId is { } session ? $"{Method(methodId)}?session={session}" : Method(methodId);
    public static string Edit(Guid methodId) => $"{Index}/{methodId}/edit";
    public static string Copy(string methodId) => $"{New}?copy={Uri.EscapeDataString(methodId)}";
}
