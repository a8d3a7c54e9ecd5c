using System.Net;
using System.Threading.RateLimiting;

namespace Samskap.Web.Infrastructure.Security;

public static class RateLimits
{
    /// <summary>Anonymous forms and APIs (sign-in, setup, invitations): per client address.</summary>
    public const string Anonymous = "anonymous";

    public static IServiceCollection AddSamskapRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("RateLimiting:AnonymousPermitPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitioned by the address itself, not its text: the planner is a hot anonymous endpoint.
            options.AddPolicy(Anonymous, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress ?? IPAddress.None,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
