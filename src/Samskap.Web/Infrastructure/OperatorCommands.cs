using System.CommandLine;
using Samskap.Web.Data;
using Samskap.Web.Features.Setup;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Infrastructure;

/// <summary>
/// Operator commands in the same program as the web app:
/// <c>migrate</c> applies the configured provider's migrations and exits;
/// <c>create-admin</c> creates an organisation and its first administrator.
/// </summary>
public static class OperatorCommands
{
    private static readonly string[] _names = ["migrate", "create-admin"];

    public static bool IsCommand(string[] args) => args.Length > 0 && (_names.Contains(args[0]) || args[0] is "--help" or "-h" or "-?");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var migrate = new Command("migrate", "Apply the configured database provider's migrations, then exit.");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await DatabaseRegistration.MigrateAsync(app.Services, cancellationToken);
            await Console.Out.WriteLineAsync($"Migrations applied ({DatabaseRegistration.ReadProvider(app.Configuration)}).");
            return 0;
        });

        var organization = new Option<string>("--organization") { Description = "The organisation's name, e.g. \"Skien kommune\".", Required = true };
        var email = new Option<string>("--email") { Description = "The administrator's e-mail address; it is also the user name.", Required = true };
        var password = new Option<string>("--password") { Description = "At least 12 characters. A long passphrase is best.", Required = true };
        var name = new Option<string?>("--name") { Description = "The administrator's display name (default: the e-mail address)." };
        var language = new Option<string>("--language") { Description = "nb, nn or en (default nb).", DefaultValueFactory = _ => Cultures.Bokmal };
        var createAdmin = new Command("create-admin", "Create an organisation and its first administrator.")
        {
            organization, email, password, name, language,
        };
        createAdmin.SetAction(async (parsed, cancellationToken) =>
        {
            if (DatabaseRegistration.ReadProvider(app.Configuration) == DatabaseProvider.Sqlite)
            {
                await DatabaseRegistration.MigrateAsync(app.Services, cancellationToken);
            }

            var input = new NewOrganization(
                parsed.GetValue(organization) ?? "",
                parsed.GetValue(name) ?? parsed.GetValue(email) ?? "",
                parsed.GetValue(email) ?? "",
                parsed.GetValue(password) ?? "",
                parsed.GetValue(language) ?? "");
            await using var scope = app.Services.CreateAsyncScope();
            var setup = scope.ServiceProvider.GetRequiredService<OrganizationSetup>();
            var setupText = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SetupText>>();
            var text = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>();
            var (user, created, errors) = await setup.CreateAsync(input, cancellationToken);
            if (user is null || created is null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync($"error: --{OptionName(error.Field)}: {FormErrors.Text(error, setupText, text)}");
                }

                return 2;
            }

            await Console.Out.WriteLineAsync($"Created organisation \"{created.Name}\" with administrator {user.Email}.");
            return 0;
        });

        var root = new RootCommand("Samskap operator commands. Without a command, the web app starts.") { migrate, createAdmin };
        return await root.Parse(args).InvokeAsync();
    }

    private static string OptionName(string field) => field switch
    {
        nameof(NewOrganization.OrganizationName) => "organization",
        nameof(NewOrganization.AdminName) => "name",
        _ => field.ToLowerInvariant(),
    };
}
