namespace Samskap.Web.Features.Partnership;

/// <summary>What the partner form shows: the input, and for an edit the version it was read at.</summary>
public sealed record PartnerForm(PartnerInput Input, string SubmitText, string CancelUrl, string DeleteHint, Guid? Version = null);
