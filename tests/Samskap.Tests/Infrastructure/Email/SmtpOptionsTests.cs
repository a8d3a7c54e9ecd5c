using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Email;

namespace Samskap.Tests.Infrastructure.Email;

/// <summary>The Smtp keys: what they default to, and how a configuration that could never send is refused at start.</summary>
public sealed class SmtpOptionsTests(Apps apps)
{
    [Theory]
    [InlineData(null, 587)]
    [InlineData("None", 25)]
    [InlineData("StartTls", 587)]
    [InlineData("tls", 465)]
    public void Without_a_port_the_usual_one_for_the_security_mode_is_used(string? security, int port)
    {
        var options = Bind(("Host", "smtp.kommune.no"), ("From", "samskap@kommune.no"), ("Security", security));

        Assert.Equal(port, options.EffectivePort);
    }

    [Fact]
    public void A_given_port_and_sign_in_are_read_from_the_Smtp_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.kommune.no",
            ["Smtp:Port"] = "2525",
            ["Smtp:From"] = "samskap@kommune.no",
            ["Smtp:Username"] = "samskap",
            ["Smtp:Password"] = "hemmelig",
            ["Smtp:Security"] = "Tls",
        }).Build();
        using var services = new ServiceCollection().AddEmail(configuration).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<SmtpOptions>>().Value;

        Assert.True(options.IsConfigured);
        Assert.Equal(2525, options.EffectivePort);
        Assert.Equal(SmtpSecurity.Tls, options.SecurityMode);
        Assert.Equal(("samskap", "hemmelig"), (options.Username, options.Password));
    }

    [Fact]
    public void Without_a_host_nothing_else_is_checked_and_e_mail_is_not_configured()
    {
        var options = Bind(("From", "not an address"), ("Port", "0"), ("Security", "Ssl"));

        Assert.False(options.IsConfigured);
        Assert.True(new SmtpOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Smtp:From is empty, but Smtp:Host is set.", null, null, null, null)]
    [InlineData("Smtp:From is 'samskap', which is not an e-mail address.", "samskap", null, null, null)]
    [InlineData("Smtp:Port is 0. Use a port from 1 to 65535", "samskap@kommune.no", "0", null, null)]
    [InlineData("Smtp:Port is 70000.", "samskap@kommune.no", "70000", null, null)]
    [InlineData("Smtp:Security is 'Ssl'. Use 'None', 'StartTls' or 'Tls'.", "samskap@kommune.no", null, "Ssl", null)]
    [InlineData("Smtp:Password is set, but Smtp:Username is empty.", "samskap@kommune.no", null, null, "hemmelig")]
    public void A_configuration_that_could_never_send_is_refused_with_a_message_naming_the_key(string message, string? from, string? port, string? security, string? password)
    {
        var options = Bind(("Host", "smtp.kommune.no"), ("From", from), ("Port", port), ("Security", security), ("Password", password));

        var result = new SmtpOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.StartsWith(message, StringComparison.Ordinal));
        Assert.Single(result.Failures!);
    }

    [Fact]
    public void A_sender_with_a_name_is_taken()
    {
        var options = Bind(("Host", "smtp.kommune.no"), ("From", "Samskap i Skien <samskap@skien.kommune.no>"));

        Assert.True(new SmtpOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task The_program_refuses_to_start_with_bad_Smtp_keys_named_in_a_plain_error()
    {
        var folder = Directory.CreateTempSubdirectory("samskap-smtp-").FullName;
        try
        {
            var (exitCode, errors) = await RunProgramAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Samskap"] = $"Data Source={Path.Combine(folder, "samskap.db")}",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["Smtp__Host"] = "smtp.kommune.no",
                ["Smtp__From"] = "samskap@kommune.no",
                ["Smtp__Port"] = "99999",
                ["Smtp__Security"] = "Ssl",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("error: Smtp:Port is 99999. Use a port from 1 to 65535", errors, StringComparison.Ordinal);
            Assert.Contains("Smtp:Security is 'Ssl'. Use 'None', 'StartTls' or 'Tls'.", errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_app_has_a_mailer_that_is_not_configured_until_a_host_is_given()
    {
        var app = apps.For(DatabaseProvider.Sqlite);

        Assert.False(app.Services.GetRequiredService<Mailer>().IsConfigured);
    }

    [Fact]
    public async Task An_app_given_a_loopback_server_sends_its_mail_there()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var app = new SamskapFactory(DatabaseProvider.Sqlite, smtp: smtp);
        var to = $"person-{Guid.NewGuid():N}@kommune.test";
        var mailer = app.Services.GetRequiredService<Mailer>();

        var result = await mailer.SendAsync(new EmailMessage(to, "en", "Subject", "Text"), TestContext.Current.CancellationToken);

        Assert.True(mailer.IsConfigured);
        Assert.True(result.Succeeded);
        Assert.Equal("Subject", (await smtp.WaitForMessageToAsync(to)).Subject);
    }

    /// <summary>The real program in a process of its own, as an operator starts it.</summary>
    private static async Task<(int ExitCode, string Errors)> RunProgramAsync(Dictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.WebProject, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.WebProject, "bin", configuration, "net10.0", "Samskap.Web.dll"));
        start.Environment["Logging__LogLevel__Default"] = "None";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await errors);
    }

    private static SmtpOptions Bind(params (string Key, string? Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(pair => pair.Value is not null).Select(pair => KeyValuePair.Create($"Smtp:{pair.Key}", pair.Value)))
            .Build();
        // The binder AddEmail uses, without its start-up validation, so that each test can run the validator itself.
        return configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
    }
}
