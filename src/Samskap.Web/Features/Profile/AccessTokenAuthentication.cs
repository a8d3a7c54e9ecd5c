using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Profile;

/// <summary>The names that tie personal access tokens into authentication.</summary>
public static class AccessTokenAuthentication
{
    public const string Scheme = "Bearer";

    /// <summary>The default scheme: a token request goes to <see cref="Scheme"/>, everything else to the Identity cookie.</summary>
    public const string Selector = "SamskapSignIn";

    /// <summary>The token a request was signed in with, so that it can revoke itself.</summary>
    public const string TokenIdClaim = "samskap:access_token";

    /// <summary>
    /// Only API requests that send a bearer token use it; pages never do, so a token is never a sign-in
    /// to the site, and a cookie request is left to the cookie and its protection.
    /// </summary>
    public static string SchemeFor(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && BearerValue(context.Request) is not null
            ? Scheme
            : IdentityConstants.ApplicationScheme;

    /// <summary>What follows "Bearer" in the Authorization header ("" when nothing does), or null when the request sends no bearer token.</summary>
    internal static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString().Trim();
        return header.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ? ""
            : header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : null;
    }
}

/// <summary>
/// Signs in an API request that carries <c>Authorization: Bearer &lt;personal access token&gt;</c> as
/// the token's person, acting in the token's organisation only. The same policies then decide what
/// the request may do, exactly as for the sign-in cookie.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = AccessTokenAuthentication.BearerValue(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!AccessTokenRules.IsWellFormed(token))
        {
            return Failed(Refusal.Invalid);
        }

        var hash = AccessTokenRules.Hash(token);
        var memberships = db.Memberships;
        var found = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Select(t => new
            {
                t.Id,
                t.UserId,
                t.OrganizationId,
                t.ExpiresOn,
                t.RevokedAt,
                t.LastUsedAt,
                t.User!.DisplayName,
                t.User.UserName,
                IsMember = memberships.Any(m => m.UserId == t.UserId && m.OrganizationId == t.OrganizationId),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null)
        {
            return Failed(Refusal.Invalid);
        }

        switch (AccessTokenRules.State(found.ExpiresOn, found.RevokedAt, NorwegianTime.Today(clock)))
        {
            case AccessTokenState.Revoked:
                return Failed(Refusal.Revoked);
            case AccessTokenState.Expired:
                return Failed(Refusal.Expired);
        }

        if (!found.IsMember)
        {
            return Failed(Refusal.NotMember);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (AccessTokenRules.ShouldRecordUse(found.LastUsedAt, now))
        {
            // Conditional, so that parallel calls in the same minute write once between them.
            var due = now - AccessTokenRules.UseRecordInterval;
            await db.PersonalAccessTokens
                .Where(t => t.Id == found.Id && (t.LastUsedAt == null || t.LastUsedAt <= due))
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, found.UserId),
                new Claim(ClaimTypes.Name, found.UserName ?? ""),
                new Claim(DisplayNameClaims.ClaimType, found.DisplayName),
                new Claim(TenantMiddleware.OrganizationClaim, found.OrganizationId.ToString()),
                new Claim(AccessTokenAuthentication.TokenIdClaim, found.Id.ToString()),
            ],
            AccessTokenAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AccessTokenAuthentication.Scheme));
    }

    /// <summary>401 with problem details in the caller's language, and never a redirect to the sign-in form.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await HandleAuthenticateOnceSafeAsync();
        var refusal = Context.Items[typeof(Refusal)] is Refusal refused ? refused : Refusal.Invalid;
        var text = Context.RequestServices.GetRequiredService<IStringLocalizer<ProfileText>>();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = text[$"Tokens.Refused.{refusal}"].Value },
        });
    }


    /// <summary>Notes why the token was refused, for the challenge that answers the request.</summary>
    private AuthenticateResult Failed(Refusal refusal)
    {
        Context.Items[typeof(Refusal)] = refusal;
        return AuthenticateResult.Fail($"Access token refused: {refusal}.");
    }

    private enum Refusal
    {
        Invalid,
        Expired,
        Revoked,
        NotMember,
    }
}
