using Microsoft.Extensions.Localization;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Partnership;

public static class PartnerHints
{
    /// <summary>How the deletion date was chosen: from the project's end, or a year ahead while there is no end.</summary>
    public static string DeleteContactOn(ProjectScope scope, IStringLocalizer<PartnershipText> partnershipText) =>
        scope.Project.EndsOn is { } end
            ? partnershipText["Field.DeleteContactOnHint", NumberText.Of(PartnerRules.KeepContactDaysAfterEnd), DateText.Date(end)]
            : partnershipText["Field.DeleteContactOnHintNoEnd"];
}
