using Samskap.Web.Data;

namespace Samskap.Web.Features.Setup;

/// <summary>On an empty database every page leads to the setup page.</summary>
public sealed class FirstRunMiddleware(RequestDelegate next)
{
    private static readonly string[] _passThrough =
        ["/setup", "/api", "/healthz", "/readyz", "/openapi", "/lib", "/css", "/js", "/features", "/language", "/status", "/error", "/favicon.ico"];

    public async Task InvokeAsync(HttpContext context, SetupState state, AppDbContext db)
    {
        var path = context.Request.Path;
        if (!_passThrough.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            && HttpMethods.IsGet(context.Request.Method)
            && !await state.IsDoneAsync(db, context.RequestAborted))
        {
            context.Response.Redirect(SetupFeature.SetupPath);
            return;
        }

        await next(context);
    }
}
