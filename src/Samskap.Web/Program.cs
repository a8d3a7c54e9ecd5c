using System.Globalization;
using Microsoft.Extensions.Options;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure;

// Operator messages are in English whatever the server's locale.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

var isCommand = OperatorCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
try
{
    builder.AddSamskap();
}
catch (InvalidOperationException configurationError)
{
    // A wrong configuration value is the operator's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"error: {configurationError.Message}");
    return 1;
}

var app = builder.Build();

if (isCommand)
{
    return await OperatorCommands.RunAsync(app, args);
}

if (DatabaseRegistration.ReadProvider(app.Configuration) == DatabaseProvider.Sqlite
    || app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
{
    await DatabaseRegistration.MigrateAsync(app.Services);
}

app.UseSamskap();
try
{
    await app.RunAsync();
}
catch (OptionsValidationException invalidOptions)
{
    // Options checked as the host starts (ValidateOnStart) are the operator's to fix as well.
    await Console.Error.WriteLineAsync($"error: {invalidOptions.Message}");
    return 1;
}

return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
