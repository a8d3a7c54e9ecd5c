using System.Globalization;
using System.Resources;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Infrastructure.Email;

/// <summary>
/// A message's texts in the recipient's language. An e-mail is often sent while someone else's
/// request runs, so its texts are looked up in a culture given here, never the current one.
/// </summary>
/// <typeparam name="TMarker">The marker class of the resx files, as for <c>IStringLocalizer&lt;T&gt;</c>.</typeparam>
public sealed class EmailTexts<TMarker>
{
    private static readonly ResourceManager _resources = new(typeof(TMarker));

    private readonly CultureInfo _culture;

    public EmailTexts(string language)
    {
        if (!Cultures.IsSupported(language))
        {
            throw new ArgumentException($"The language '{language}' is not one of {string.Join(", ", Cultures.Supported)}.", nameof(language));
        }

        Language = language.ToLowerInvariant();
        _culture = CultureInfo.GetCultureInfo(Language);
    }

    /// <summary>nb, nn or en.</summary>
    public string Language { get; }

    public string this[string key] =>
        _resources.GetString(key, _culture) ?? throw new MissingManifestResourceException($"{typeof(TMarker).Name} has no text '{key}'.");

    /// <summary>The text with its placeholders filled in, numbers written as the language writes them.</summary>
    public string Format(string key, params object[] values) => string.Format(_culture, this[key], values);

    /// <summary>A date as a letter in this language writes it.</summary>
    public string Date(DateOnly date) => EmailDates.Format(date, Language);
}
