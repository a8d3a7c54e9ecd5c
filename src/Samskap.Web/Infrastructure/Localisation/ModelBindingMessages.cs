using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Samskap.Web.Resources;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>Model binding's own messages (a value that is not a number, a missing value) in the user's language.</summary>
public static class ModelBindingMessages
{
    // Looks strings up in the request's UI culture at call time, so one instance serves every request.
    private static readonly IStringLocalizer Strings =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(typeof(SharedResource));

    public static void Localize(MvcOptions options)
    {
        var provider = options.ModelBindingMessageProvider;
        static string Text(string key) => Strings[key];

        provider.SetValueMustNotBeNullAccessor(_ => Text("Validation.Required"));
        provider.SetMissingBindRequiredValueAccessor(_ => Text("Validation.Required"));
        provider.SetAttemptedValueIsInvalidAccessor((_, _) => Text("Validation.Invalid"));
        provider.SetUnknownValueIsInvalidAccessor(_ => Text("Validation.Invalid"));
        provider.SetValueIsInvalidAccessor(_ => Text("Validation.Invalid"));
        provider.SetValueMustBeANumberAccessor(_ => Text("Validation.Invalid"));
        provider.SetMissingKeyOrValueAccessor(() => Text("Validation.Required"));
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Text("Validation.Invalid"));
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text("Validation.Invalid"));
        provider.SetNonPropertyValueMustBeANumberAccessor(() => Text("Validation.Invalid"));
        provider.SetMissingRequestBodyRequiredValueAccessor(() => Text("Validation.Required"));
    }
}
