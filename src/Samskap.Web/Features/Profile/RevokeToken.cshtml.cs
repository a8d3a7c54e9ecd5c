using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Profile;

/// <summary>Revokes one of the person's own keys; it stops working at once and stays listed as revoked. Anyone else's key is a 404.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RevokeTokenModel(AppDbContext db, TimeProvider clock, IStringLocalizer<ProfileText> profileText) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnPostAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = profileText["Tokens.Revoked", token.Name];
        return Redirect(ProfileRoutes.Tokens);
    }
}
