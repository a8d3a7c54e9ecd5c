namespace Samskap.Web.Infrastructure.Email;

public static class EmailRegistration
{
    /// <summary>
    /// Binds <see cref="SmtpOptions"/> from the section <c>Smtp</c>, refuses a configuration that
    /// could never send when the app starts, and registers <see cref="Mailer"/>.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<Mailer>();
        return services;
    }
}
