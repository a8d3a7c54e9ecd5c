using Microsoft.EntityFrameworkCore;
using Samskap.Klarsprak;
using Samskap.Web.Data;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Tenancy;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Klarsprak;

/// <summary>The limits and language choices every way into the checker shares: the page, the inline check and the API.</summary>
public static class KlarsprakRequest
{
    /// <summary>Longer texts are refused with 413; a report chapter is far shorter.</summary>
    public const int MaxLength = 200_000;

    public static bool TryLanguage(string? code, out WrittenStandard standard)
    {
        switch (code)
        {
            case "nb":
                standard = WrittenStandard.Bokmal;
                return true;
            case "nn":
                standard = WrittenStandard.Nynorsk;
                return true;
            default:
                standard = WrittenStandard.Bokmal;
                return false;
        }
    }

    public static string Code(WrittenStandard standard) => standard == WrittenStandard.Nynorsk ? "nn" : "nb";

    /// <summary>The written standard of the organisation the request acts in, or the page's language when there is none.</summary>
    public static async Task<WrittenStandard> DefaultLanguageAsync(AppDbContext db, TenantContext tenant, CancellationToken cancellationToken)
    {
        var standard = tenant.HasOrganization
            ? await db.Organizations.Where(o => o.Id == tenant.OrganizationId).Select(o => o.WrittenStandard).FirstOrDefaultAsync(cancellationToken)
            : null;
        return DefaultFor(standard);
    }

    /// <summary>The organisation's written standard when it has one; else nynorsk for a nynorsk page, bokmål otherwise.</summary>
    public static WrittenStandard DefaultFor(string? organizationStandard) =>
        organizationStandard == Cultures.Nynorsk || (organizationStandard is null && Cultures.Current == Cultures.Nynorsk)
            ? WrittenStandard.Nynorsk
            : WrittenStandard.Bokmal;
}
