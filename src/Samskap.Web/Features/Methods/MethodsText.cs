namespace Samskap.Web.Features.Methods;

/// <summary>Marker for the method library's texts: the pages, the filters and the API's messages (the methods' own words are in methods.json).</summary>
public sealed class MethodsText;
