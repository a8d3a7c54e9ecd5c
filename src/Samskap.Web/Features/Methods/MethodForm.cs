namespace Samskap.Web.Features.Methods;

/// <summary>What the own-method form shows: the input, whether it makes a new method, and the button's text.</summary>
public sealed record MethodForm(MethodInput Input, bool IsNew, string SubmitText);
