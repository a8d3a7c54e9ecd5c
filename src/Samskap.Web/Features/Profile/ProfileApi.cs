using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Profile;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder endpoints)
    {
        // Lets a system give up a key it no longer needs, or one that may have leaked, without a person at the page.
        endpoints.MapDelete(ProfileRoutes.CurrentTokenApi, async (ClaimsPrincipal user, AppDbContext db, TimeProvider clock, IStringLocalizer<ProfileText> profileText, CancellationToken cancellationToken) =>
            {
                if (!Guid.TryParse(user.FindFirstValue(AccessTokenAuthentication.TokenIdClaim), out var tokenId))
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: profileText["Tokens.Api.NoToken"]);
                }

                var now = clock.GetUtcNow().UtcDateTime;
                await db.PersonalAccessTokens
                    .Where(t => t.Id == tokenId && t.RevokedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithTags("Profile")
            .WithName("RevokeCurrentToken")
            .WithSummary("Revokes the personal access token the request is sent with; it stops working at once.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return endpoints;
    }
}
