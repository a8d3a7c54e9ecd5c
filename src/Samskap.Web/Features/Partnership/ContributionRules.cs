using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Partnership;

/// <summary>A contribution as a form or an API body gives it.</summary>
public sealed class ContributionInput
{
    public string? PartnerId { get; set; }
    public string? Kind { get; set; }
    public string? Description { get; set; }

    /// <summary>As typed: "12", "7,5" or "7.5".</summary>
    public string? Hours { get; set; }

    /// <summary>As typed: "15000", "15 000" or "1500,50".</summary>
    public string? Nok { get; set; }
}

/// <summary>A checked contribution, ready to be saved.</summary>
public sealed record CheckedContribution(Guid PartnerId, ContributionKind Kind, string Description, decimal? Hours, decimal? Nok);

public static class ContributionRules
{
    /// <summary>An external partner adds contributions for the partner they take part for, and for no other.</summary>
    public static bool MayContributeFor(bool isExternalPartner, Guid? ownPartnerId, Guid partnerId) =>
        !isExternalPartner || ownPartnerId == partnerId;

    /// <summary>More than a working life of hours, or a billion kroner, is a typing mistake.</summary>
    public const decimal MaxHours = 100_000m;
    public const decimal MaxNok = 1_000_000_000m;

    /// <summary>Checks the input against the project's own partners; returns the errors, or none and the contribution.</summary>
    public static (List<FieldError> Errors, CheckedContribution? Contribution) Check(ContributionInput input, IReadOnlyCollection<Guid> projectPartnerIds)
    {
        var errors = new List<FieldError>();
        if (!Guid.TryParse(input.PartnerId, out var partnerId) || !projectPartnerIds.Contains(partnerId))
        {
            errors.Add(new FieldError(nameof(ContributionInput.PartnerId), "Contribution.Error.PartnerId"));
        }

        if (!PartnershipWords.TryParseContributionKind(input.Kind, out var kind))
        {
            errors.Add(new FieldError(nameof(ContributionInput.Kind), "Contribution.Error.Kind"));
        }

        var description = (input.Description ?? "").Trim();
        if (description.Length == 0)
        {
            errors.Add(new FieldError(nameof(ContributionInput.Description), "Contribution.Error.DescriptionRequired"));
        }
        else if (description.Length > Contribution.DescriptionMaxLength)
        {
            errors.Add(new FieldError(nameof(ContributionInput.Description), "Contribution.Error.DescriptionTooLong", NumberText.Of(Contribution.DescriptionMaxLength)));
        }

        var hours = Amount(errors, nameof(ContributionInput.Hours), input.Hours, MaxHours);
        var nok = Amount(errors, nameof(ContributionInput.Nok), input.Nok, MaxNok);
        return errors.Count > 0 ? (errors, null) : (errors, new CheckedContribution(partnerId, kind, description, hours, nok));
    }

    /// <summary>An optional amount: empty is none; otherwise a number from 0 up to the limit, written the Norwegian or the English way.</summary>
    public static bool TryParseAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var compact = new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0')]).Replace(',', '.');
        if (decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }

        return false;
    }

    private static decimal? Amount(List<FieldError> errors, string field, string? text, decimal max)
    {
        if (!TryParseAmount(text, out var amount))
        {
            errors.Add(new FieldError(field, $"Contribution.Error.{field}NotANumber"));
            return null;
        }

        if (amount < 0)
        {
            errors.Add(new FieldError(field, $"Contribution.Error.{field}Negative"));
            return null;
        }

        if (amount > max)
        {
            errors.Add(new FieldError(field, $"Contribution.Error.{field}TooLarge", NumberText.Of((long)max)));
            return null;
        }

        return amount;
    }
}
