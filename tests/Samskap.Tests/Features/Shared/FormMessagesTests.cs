using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Samskap.Tests.Support;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Klarsprak;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Tests.Features.Shared;

/// <summary>
/// Every message a form gives names the field it is about, in the summary and beside the field:
/// "Skriv inn e-postadressen.", never "Fyll ut feltet.".
/// </summary>
public sealed partial class FormMessagesTests(Apps apps)
{
    private static readonly string[] _languages = ["nb", "nn", "en"];

    /// <summary>Messages that could stand under any field, and so name none.</summary>
    [GeneratedRegex(@"^(?:(?:Fyll ut|Fill in) (?:feltet|this field|the field)|(?:Verdien|The value) (?:er ikke gyldig|er ikkje gyldig|is not valid|is invalid)|(?:Teksten er for lang|The text is too long)\. (?:Høyst|Høgst|At most) \{0\} (?:tegn|teikn|characters)|(?:Feltet|This field|The field) (?:må|is|er)\b.*)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldlessMessage();

    /// <summary>Field → its message in bokmål, nynorsk and English.</summary>
    private sealed class Expected : Dictionary<string, string[]>;

    private static readonly string[] _email = ["Skriv inn e-postadressen.", "Skriv inn e-postadressa.", "Enter your e-mail address."];

    private static readonly string[] _name = ["Skriv inn navnet ditt.", "Skriv inn namnet ditt.", "Enter your name."];

    private static readonly string[] _passwordTooShort =
        ["Passordet må ha minst 12 tegn.", "Passordet må ha minst 12 teikn.", "The password must have at least 12 characters."];

    /// <summary>Posts the form and checks that the summary holds exactly the expected messages, each also beside its field.</summary>
    private static async Task AssertMessagesAsync(Browserless browser, string url, Dictionary<string, string> fields, Expected expected, string language, string? action = null)
    {
        var (response, page) = await browser.SubmitAsync(url, fields, action);
        var index = Array.IndexOf(_languages, language);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{url} answered {response.StatusCode}");
        Assert.Equal(
            expected.Values.Select(messages => messages[index]).Order(),
            page.QuerySelectorAll(".ds-error-summary li").Select(item => item.TextContent.Trim()).Order());
        foreach (var (field, messages) in expected)
        {
            Assert.Equal(messages[index], page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public async Task Setup_sign_in_and_a_new_account_name_each_empty_field(string language)
    {
        await using var fresh = new SamskapFactory(DatabaseProvider.Sqlite);
        using (var newcomer = Browserless.For(fresh, language))
        {
            await AssertMessagesAsync(newcomer, "/setup", new()
            {
                ["Input.OrganizationName"] = "", ["Input.AdminName"] = "", ["Input.Email"] = "", ["Input.Password"] = "", ["Input.Language"] = "",
            }, new()
            {
                ["Input.OrganizationName"] = ["Skriv inn navnet på organisasjonen.", "Skriv inn namnet på organisasjonen.", "Enter the name of the organisation."],
                ["Input.AdminName"] = _name,
                ["Input.Email"] = _email,
                ["Input.Password"] = _passwordTooShort,
                ["Input.Language"] = ["Velg språk: bokmål, nynorsk eller engelsk.", "Vel språk: bokmål, nynorsk eller engelsk.", "Choose a language: bokmål, nynorsk or English."],
            }, language);
        }

        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization) = await app.CreateOrganizationAsync();
        var token = await app.Arrange.InvitationAsync(organization.Id, admin);
        using var visitor = Browserless.For(app, language);

        await AssertMessagesAsync(visitor, AccountRoutes.SignIn, new() { ["Input.Email"] = "", ["Input.Password"] = "" }, new()
        {
            ["Input.Email"] = _email,
            ["Input.Password"] = ["Skriv inn passordet.", "Skriv inn passordet.", "Enter your password."],
        }, language);
        await AssertMessagesAsync(visitor, AccountRoutes.Invitation(token), new() { ["Input.Name"] = "", ["Input.Email"] = "", ["Input.Password"] = "" }, new()
        {
            ["Input.Name"] = _name,
            ["Input.Email"] = _email,
            ["Input.Password"] = _passwordTooShort,
        }, language, action: "handler=Register");
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("nn")]
    [InlineData("en")]
    public async Task The_project_members_round_veivalg_and_klarsprak_forms_name_each_bad_field(string language)
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, organization, browser) = await app.SignedInAdminAsync(language);
        var project = await app.Arrange.ProjectAsync(organization.Id, admin);

        await AssertMessagesAsync(browser, ProjectRoutes.New, new() { ["Input.Title"] = "", ["Input.Challenge"] = "", ["Input.OwnerUserId"] = "", ["Input.Status"] = "" }, new()
        {
            ["Input.Title"] = ["Skriv inn en tittel.", "Skriv inn ein tittel.", "Enter a title."],
            ["Input.OwnerUserId"] = ["Velg en eier som er med i organisasjonen.", "Vel ein eigar som er med i organisasjonen.", "Choose an owner who belongs to the organisation."],
            ["Input.Status"] = ["Fyll ut «Status».", "Fyll ut «Status».", "Fill in “Status”."],
        }, language);
        await AssertMessagesAsync(browser, OrganizationRoutes.Members, new() { ["Invite.Note"] = new string('x', MembersModel.NoteMaxLength + 1), ["Invite.Role"] = "" }, new()
        {
            ["Invite.Note"] =
            [
                "Teksten om hvem lenken er til, er for lang. Høyst 200 tegn.",
                "Teksten om kven lenkja er til, er for lang. Høgst 200 teikn.",
                "The text on who the link is for is too long. At most 200 characters.",
            ],
            ["Invite.Role"] = ["Fyll ut «Rolle».", "Fyll ut «Rolle».", "Fill in “Role”."],
        }, language, action: "handler=Invite");
        await AssertMessagesAsync(browser, ReadinessRoutes.NewRound(project.Id), new() { ["Input.OpensOn"] = "", ["Input.ClosesOn"] = "" }, new()
        {
            ["Input.OpensOn"] = ["Skriv inn en gyldig dato for når runden åpner.", "Skriv inn ein gyldig dato for når runden opnar.", "Enter a valid date for when the round opens."],
            ["Input.ClosesOn"] = ["Skriv inn en gyldig dato for når runden lukker.", "Skriv inn ein gyldig dato for når runden lukkar.", "Enter a valid date for when the round closes."],
        }, language);
        await AssertMessagesAsync(browser, VeivalgRoutes.Result(project.Id), new() { ["Rationale"] = new string('x', ApproachDecision.RationaleMaxLength + 1) }, new()
        {
            ["Rationale"] =
            [
                "Teksten om hvorfor dere valgte denne veien, er for lang. Høyst 4\u00A0000 tegn.",
                "Teksten om kvifor de valde denne vegen, er for lang. Høgst 4\u00A0000 teikn.",
                "The text on why you chose this approach is too long. At most 4,000 characters.",
            ],
        }, language);
        await AssertMessagesAsync(browser, KlarsprakRoutes.Index, new() { ["Text"] = "", ["Language"] = "" }, new()
        {
            ["Language"] = ["Velg hva teksten er skrevet på: bokmål eller nynorsk.", "Vel kva teksten er skriven på: bokmål eller nynorsk.", "Choose what the text is written in: bokmål or nynorsk."],
        }, language);
        await AssertMessagesAsync(browser, KlarsprakRoutes.Index, new() { ["Text"] = "", ["Language"] = "nb" }, new()
        {
            ["Text"] = ["Skriv eller lim inn en tekst først.", "Skriv eller lim inn ein tekst først.", "Write or paste a text first."],
        }, language);
    }

    [Fact]
    public async Task A_tampered_choice_is_named_by_its_label()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        var (admin, _, browser) = await app.SignedInAdminAsync("nn");

        var (response, page) = await browser.SubmitAsync(ProjectRoutes.New, new() { ["Input.Title"] = "Ein tittel", ["Input.OwnerUserId"] = admin.Id, ["Input.Status"] = "Exploded" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["Verdien i «Status» kan ikkje brukast."], page.QuerySelectorAll(".ds-error-summary li").Select(item => item.TextContent.Trim()));
    }

    [Fact]
    public void No_text_is_a_message_that_could_stand_under_any_field()
    {
        var fieldless = Repository.NeutralTextFiles()
            .SelectMany(neutral => _languages.Select(language => Repository.TextFile(Path.GetFileNameWithoutExtension(neutral), language)))
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Where(d => FieldlessMessage().IsMatch(d.Element("value")!.Value.Trim()))
                .Select(d => $"{Path.GetFileName(file)}: {d.Attribute("name")!.Value}"))
            .ToList();

        Assert.True(fieldless.Count == 0, "Name the field in: " + string.Join(", ", fieldless));
    }

    [Theory]
    [InlineData("Fyll ut feltet.", true)]
    [InlineData("Fill in this field.", true)]
    [InlineData("Verdien er ikkje gyldig.", true)]
    [InlineData("Teksten er for lang. Høyst {0} tegn.", true)]
    [InlineData("Skriv inn e-postadressen.", false)]
    [InlineData("Fyll ut «{0}».", false)]
    public void The_fieldless_message_check_catches_generic_messages(string message, bool caught) =>
        Assert.Equal(caught, FieldlessMessage().IsMatch(message));

    [Fact]
    public void Every_form_field_that_binding_can_refuse_has_a_label_for_its_messages()
    {
        // Strings bind whatever is sent; any other type can fail to bind, and its message must then name the field.
        var unlabelled = typeof(FieldLabelAttribute).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel)))
            .SelectMany(page => page.GetProperties())
            .Where(property => property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: false })
            .SelectMany(property => property.PropertyType == typeof(string) || property.PropertyType.IsValueType
                ? new[] { property }
                : property.PropertyType.GetProperties().Where(inner => inner.CanWrite))
            .Where(property => property.PropertyType != typeof(string) && property.GetCustomAttribute<FieldLabelAttribute>() is null)
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .ToList();

        Assert.True(unlabelled.Count == 0, "Give these a [FieldLabel]: " + string.Join(", ", unlabelled));
    }

    [Fact]
    public void Every_shared_validation_key_the_code_uses_exists()
    {
        var keys = XDocument.Load(Repository.TextFile("SharedResource")).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        var used = Repository.SourceFiles("*.cs*")
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"""(Validation\.[A-Za-z.]+)""").Select(match => match.Groups[1].Value))
            .ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(keys).Order());
    }
}
