using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Samskap.Web.Features.Live;

/// <summary>
/// The fingerprint of one operation's arguments, to tell a phone's replay (same id, same content)
/// from an id used again for something else. Maps are taken in key order, so the order a phone sent
/// them in does not matter.
/// </summary>
public sealed class OperationFingerprint(string method)
{
    private readonly StringBuilder _text = new StringBuilder(method).Append('\u001e');

    public OperationFingerprint Add(string? value)
    {
        _text.Append(value is null ? "\u0000" : value.Replace("\u001f", "", StringComparison.Ordinal)).Append('\u001f');
        return this;
    }

    public OperationFingerprint Add(Guid value) => Add(value.ToString());

    public OperationFingerprint Add(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }

        return Add("\u001d");
    }

    public OperationFingerprint Add<TValue>(IReadOnlyDictionary<string, TValue>? map)
    {
        foreach (var (key, value) in (map ?? new Dictionary<string, TValue>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(key).Add(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return Add("\u001d");
    }

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())));
}
