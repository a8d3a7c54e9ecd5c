using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Email;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Partnership;

/// <summary>A partner as a form or an API body gives it: text as typed, checked before anything is saved.</summary>
public sealed class PartnerInput
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Role { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? KeepBasis { get; set; }

    /// <summary>YYYY-MM-DD.</summary>
    public string? DeleteContactOn { get; set; }

    public static PartnerInput From(Partner partner) => new()
    {
        Name = partner.Name,
        Kind = PartnershipWords.Word(partner.Kind),
        Role = partner.Role,
        ContactName = partner.ContactName,
        ContactEmail = partner.ContactEmail,
        ContactPhone = partner.ContactPhone,
        KeepBasis = partner.KeepBasis,
        DeleteContactOn = partner.DeleteContactOn is { } date ? PartnerRules.FormatDate(date) : null,
    };

    public bool HasContactDetails =>
        !string.IsNullOrWhiteSpace(ContactName) || !string.IsNullOrWhiteSpace(ContactEmail) || !string.IsNullOrWhiteSpace(ContactPhone);
}

/// <summary>The rules a partner must keep, as plain code: what the pages and the API both check.</summary>
public static class PartnerRules
{
    /// <summary>Contact details are kept this long after the project's end, unless the leader chooses otherwise.</summary>
    public const int KeepContactDaysAfterEnd = 90;

    /// <summary>Without an end date, contact details are kept a year by default: long enough for most projects, and shown to be changed.</summary>
    public const int KeepContactDaysWithoutEnd = 365;

    /// <summary>The deletion date a new partner's contact details get unless the leader chooses another.</summary>
    public static DateOnly DefaultDeleteContactOn(DateOnly? projectEnds, DateOnly today) =>
        projectEnds is { } end && end >= today ? end.AddDays(KeepContactDaysAfterEnd) : today.AddDays(KeepContactDaysWithoutEnd);

    public static List<FieldError> Check(PartnerInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        Text(errors, nameof(PartnerInput.Name), input.Name, Partner.NameMaxLength, required: true);
        if (!PartnershipWords.TryParsePartnerKind(input.Kind, out _))
        {
            errors.Add(new FieldError(nameof(PartnerInput.Kind), "Partner.Error.Kind"));
        }

        Text(errors, nameof(PartnerInput.Role), input.Role, Partner.RoleMaxLength, required: false);
        Text(errors, nameof(PartnerInput.ContactName), input.ContactName, Partner.ContactNameMaxLength, required: false);
        Text(errors, nameof(PartnerInput.ContactEmail), input.ContactEmail, Partner.ContactEmailMaxLength, required: false);
        if (!string.IsNullOrWhiteSpace(input.ContactEmail) && !EmailAddresses.IsValid(input.ContactEmail.Trim()))
        {
            errors.Add(new FieldError(nameof(PartnerInput.ContactEmail), "Partner.Error.ContactEmail"));
        }

        Text(errors, nameof(PartnerInput.ContactPhone), input.ContactPhone, Partner.ContactPhoneMaxLength, required: false);
        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !IsPhoneNumber(input.ContactPhone))
        {
            errors.Add(new FieldError(nameof(PartnerInput.ContactPhone), "Partner.Error.ContactPhone"));
        }

        Text(errors, nameof(PartnerInput.KeepBasis), input.KeepBasis, Partner.KeepBasisMaxLength, required: input.HasContactDetails);
        if (input.HasContactDetails)
        {
            if (string.IsNullOrWhiteSpace(input.DeleteContactOn))
            {
                errors.Add(new FieldError(nameof(PartnerInput.DeleteContactOn), "Partner.Error.DeleteContactOnRequired"));
            }
            else if (!TryParseDate(input.DeleteContactOn, out var deleteOn))
            {
                errors.Add(new FieldError(nameof(PartnerInput.DeleteContactOn), "Partner.Error.DeleteContactOnDate"));
            }
            else if (deleteOn < today)
            {
                errors.Add(new FieldError(nameof(PartnerInput.DeleteContactOn), "Partner.Error.DeleteContactOnPast"));
            }
        }

        return errors;
    }

    /// <summary>Writes a checked input onto the partner. Without contact details, no basis or date is kept either.</summary>
    public static void Apply(PartnerInput input, Partner partner)
    {
        partner.Name = input.Name!.Trim();
        partner.Kind = PartnershipWords.TryParsePartnerKind(input.Kind, out var kind)
            ? kind
            : throw new ArgumentException("Check the input before applying it.", nameof(input));
        partner.Role = (input.Role ?? "").Trim();
        partner.ContactName = Blank(input.ContactName);
        partner.ContactEmail = Blank(input.ContactEmail);
        partner.ContactPhone = Blank(input.ContactPhone);
        var keeps = partner.HasContactDetails;
        partner.KeepBasis = keeps ? Blank(input.KeepBasis) : null;
        partner.DeleteContactOn = keeps && TryParseDate(input.DeleteContactOn, out var deleteOn) ? deleteOn : null;
        partner.Version = Guid.NewGuid();
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Digits with the usual separators and an optional leading +: enough to catch a name typed in the wrong field.</summary>
    public static bool IsPhoneNumber(string text)
    {
        var trimmed = text.Trim();
        var digits = trimmed.Count(char.IsAsciiDigit);
        return digits is >= 3 and <= 15
            && trimmed.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Text(List<FieldError> errors, string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new FieldError(field, $"Partner.Error.{field}Required"));
            }
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new FieldError(field, $"Partner.Error.{field}TooLong", NumberText.Of(maxLength)));
        }
    }
}
