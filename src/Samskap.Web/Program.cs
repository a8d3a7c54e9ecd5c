using System.Globalization;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure;

// Operator messages are in English whatever the server's locale.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

var isCommand = OperatorCommands.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.AddSamskap();
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
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
