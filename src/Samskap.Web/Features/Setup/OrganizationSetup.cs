using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Setup;

public sealed record NewOrganization(string OrganizationName, string AdminName, string Email, string Password, string Language);

/// <summary>
/// Creates an organisation with its first administrator. Used by the first-run setup page and by
/// the create-admin operator command, so both apply the same rules.
/// </summary>
public sealed class OrganizationSetup(AppDbContext db, UserManager<AppUser> users, SetupState state)
{
    public async Task<(AppUser? User, Organization? Organization, IReadOnlyList<FieldError> Errors)> CreateAsync(
        NewOrganization input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return (null, null, errors);
        }

        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, null, [new FieldError(nameof(NewOrganization.Email), "Identity.DuplicateEmail")]);
        }

        var language = input.Language.ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = input.AdminName.Trim(),
            PreferredCulture = language,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return (null, null, created.Errors
                .Select(e => new FieldError(
                    e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewOrganization.Password) : nameof(NewOrganization.Email),
                    "", e.Description))
                .ToList());
        }

        var organization = new Organization
        {
            Name = input.OrganizationName.Trim(),
            WrittenStandard = language == Cultures.Nynorsk ? Cultures.Nynorsk : Cultures.Bokmal,
        };
        db.Organizations.Add(organization);
        db.Memberships.Add(new Membership { OrganizationId = organization.Id, UserId = user.Id, Role = OrganizationRole.Administrator });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        state.MarkDone();
        return (user, organization, []);
    }

    public static List<FieldError> Validate(NewOrganization input)
    {
        var errors = new List<FieldError>();
        // The organisation's name has its messages in SetupText; the person's are shared with the invitation page.
        Text(errors, nameof(NewOrganization.OrganizationName), input.OrganizationName, Organization.NameMaxLength, "Error.OrganizationNameRequired", "Error.OrganizationNameTooLong");
        Text(errors, nameof(NewOrganization.AdminName), input.AdminName, AppUser.DisplayNameMaxLength, "Validation.NameRequired", "Validation.NameTooLong");
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add(new FieldError(nameof(NewOrganization.Email), "Validation.EmailRequired"));
        }
        else if (input.Email.Length > 256 || !new EmailAddressAttribute().IsValid(input.Email.Trim()))
        {
            errors.Add(new FieldError(nameof(NewOrganization.Email), "Identity.InvalidEmail"));
        }

        if (string.IsNullOrEmpty(input.Password) || input.Password.Length < Passwords.MinimumLength)
        {
            errors.Add(new FieldError(nameof(NewOrganization.Password), "Identity.PasswordTooShort", NumberText.Of(Passwords.MinimumLength)));
        }
        else if (input.Password.Length > Passwords.MaximumLength)
        {
            errors.Add(new FieldError(nameof(NewOrganization.Password), "Validation.PasswordTooLong", NumberText.Of(Passwords.MaximumLength)));
        }

        if (!Cultures.IsSupported(input.Language))
        {
            errors.Add(new FieldError(nameof(NewOrganization.Language), "Validation.UnknownLanguage"));
        }

        return errors;
    }

    /// <summary>A required text of at most maxLength characters, with the field's own message for each.</summary>
    private static void Text(List<FieldError> errors, string field, string? value, int maxLength, string requiredKey, string tooLongKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, requiredKey));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new FieldError(field, tooLongKey, NumberText.Of(maxLength)));
        }
    }
}
