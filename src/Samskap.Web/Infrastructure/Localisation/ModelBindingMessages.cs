using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Samskap.Web.Resources;

namespace Samskap.Web.Infrastructure.Localisation;

/// <summary>
/// The label a form shows for a bound property, as a key in the feature's texts, so that model
/// binding can name the field in its messages ("The value in “Status” cannot be used.").
/// Every form property that is not a string carries one (a guard test checks).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldLabelAttribute(Type texts, string key) : Attribute
{
    public Type Texts { get; } = texts;
    public string Key { get; } = key;
}

/// <summary>
/// Model binding's own messages (a value that is not a number, a missing value) in the user's
/// language. A property with a <see cref="FieldLabelAttribute"/> gets messages that name its field;
/// anything else (a handler's parameter, a property without a label) says the form could not be read.
/// </summary>
public static class ModelBindingMessages
{
    // Looks strings up in the request's UI culture at call time, so one instance serves every request.
    private static readonly ResourceManagerStringLocalizerFactory _factory =
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static readonly IStringLocalizer _strings = _factory.Create(typeof(SharedResource));

    public static void Localize(MvcOptions options)
    {
        var provider = options.ModelBindingMessageProvider;
        static string Unreadable() => _strings["Validation.FormUnreadable"];

        provider.SetValueMustNotBeNullAccessor(_ => Unreadable());
        provider.SetMissingBindRequiredValueAccessor(_ => Unreadable());
        provider.SetAttemptedValueIsInvalidAccessor((_, _) => Unreadable());
        provider.SetUnknownValueIsInvalidAccessor(_ => Unreadable());
        provider.SetValueIsInvalidAccessor(_ => Unreadable());
        provider.SetValueMustBeANumberAccessor(_ => Unreadable());
        provider.SetMissingKeyOrValueAccessor(Unreadable);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Unreadable());
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(Unreadable);
        provider.SetNonPropertyValueMustBeANumberAccessor(Unreadable);
        provider.SetMissingRequestBodyRequiredValueAccessor(Unreadable);
        options.ModelMetadataDetailsProviders.Add(new LabelledFields(provider));
    }

    /// <summary>Gives each labelled property messages of its own, with its label in them.</summary>
    private sealed class LabelledFields(DefaultModelBindingMessageProvider general) : IBindingMetadataProvider
    {
        public void CreateBindingMetadata(BindingMetadataProviderContext context)
        {
            if (context.PropertyAttributes?.OfType<FieldLabelAttribute>().FirstOrDefault() is not { } label)
            {
                return;
            }

            var labels = _factory.Create(label.Texts);
            string Required() => _strings["Validation.RequiredField", labels[label.Key]];
            string Invalid() => _strings["Validation.InvalidField", labels[label.Key]];
            var messages = new DefaultModelBindingMessageProvider(general);
            messages.SetValueMustNotBeNullAccessor(_ => Required());
            messages.SetMissingBindRequiredValueAccessor(_ => Required());
            messages.SetMissingKeyOrValueAccessor(Required);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => Invalid());
            messages.SetUnknownValueIsInvalidAccessor(_ => Invalid());
            messages.SetValueIsInvalidAccessor(_ => Invalid());
            messages.SetValueMustBeANumberAccessor(_ => Invalid());
            context.BindingMetadata.ModelBindingMessageProvider = messages;
        }
    }
}
