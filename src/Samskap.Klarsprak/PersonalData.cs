namespace Samskap.Klarsprak;

/// <summary>
/// Finds e-mail addresses, Norwegian phone numbers and fødselsnummer / D-numbers by scanning
/// characters, with every scan bounded, so no input can make it slow.
/// </summary>
internal static class PersonalData
{
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 253;
    private const int MaxGroups = 5;
    private const int MaxDigits = 16;

    /// <summary>
    /// The e-mail address around the @ at <paramref name="at"/>: a local part of letters, digits and
    /// . _ % + - (not starting or ending with a period), and a domain of at least two labels of
    /// letters, digits and hyphens, the last one (the top-level domain) two or more letters. A period
    /// after the address is not part of it.
    /// </summary>
    public static bool TryEmail(string text, int at, out int start, out int end)
    {
        start = at;
        end = at;
        while (start > 0 && at - start <= MaxLocalPart && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        if (at - start > MaxLocalPart)
        {
            return false;
        }

        while (start < at && text[start] == '.')
        {
            start++;
        }

        if (start == at || text[at - 1] == '.')
        {
            return false;
        }

        var position = at + 1;
        var labels = 0;
        var lastLabelStart = position;
        while (true)
        {
            var labelEnd = position;
            while (labelEnd < text.Length && IsLabelChar(text[labelEnd]))
            {
                labelEnd++;
                if (labelEnd - at > MaxDomain)
                {
                    return false;
                }
            }

            if (labelEnd == position)
            {
                break;
            }

            labels++;
            lastLabelStart = position;
            end = labelEnd;
            if (labelEnd + 1 < text.Length && text[labelEnd] == '.' && IsLabelChar(text[labelEnd + 1]))
            {
                position = labelEnd + 1;
                continue;
            }

            break;
        }

        if (labels < 2 || end - lastLabelStart < 2)
        {
            return false;
        }

        for (var i = lastLabelStart; i < end; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads the number that starts at <paramref name="start"/> (a digit, or + before a digit):
    /// digit groups separated by single spaces. Sets where the scan ended (so that the caller
    /// does not scan the same digits again) in <paramref name="end"/>, and returns the kind if the
    /// whole number is one:
    /// <list type="bullet">
    /// <item>phone: eight digits whose first is 2–9, written 12345678, 12 34 56 78 or 123 45 678,
    /// optionally after +47 or 0047 (+4712345678, +47 12 34 56 78, 0047 123 45 678);</item>
    /// <item>national id: eleven digits, or six and five (DDMMYY NNNNN), that pass
    /// <see cref="NationalIdentityNumber.IsValid"/>.</item>
    /// </list>
    /// A number glued to letters, to an @, or to a decimal, date or range part (12.5, 1/2, 2024-2025)
    /// is not taken.
    /// </summary>
    public static string? ScanNumber(string text, int start, out int end)
    {
        var n = text.Length;
        var position = start;
        var plus = text[position] == '+';
        if (plus)
        {
            position++;
        }

        Span<char> digits = stackalloc char[MaxDigits];
        Span<int> groups = stackalloc int[MaxGroups];
        var digitCount = 0;
        var groupCount = 0;
        var tooLong = false;
        end = position;
        while (true)
        {
            var groupStart = position;
            while (position < n && TextChars.IsAsciiDigit(text[position]))
            {
                if (digitCount < MaxDigits)
                {
                    digits[digitCount] = text[position];
                }

                digitCount++;
                position++;
            }

            if (groupCount < MaxGroups)
            {
                groups[groupCount] = position - groupStart;
            }

            groupCount++;
            end = position;
            if (groupCount > MaxGroups || digitCount > MaxDigits)
            {
                tooLong = true;
            }

            if (position + 1 < n && IsGroupSeparator(text[position]) && TextChars.IsAsciiDigit(text[position + 1]))
            {
                position++;
                continue;
            }

            break;
        }

        return tooLong || !StandsAlone(text, start, end) ? null : Classify(digits[..digitCount], groups[..groupCount], plus);
    }

    private static string? Classify(ReadOnlySpan<char> digits, ReadOnlySpan<int> groups, bool plus)
    {
        // Country code: +47 or 0047, as a group of its own or glued to the number.
        var prefix = 0;
        var firstGroup = 0;
        if (plus || digits.StartsWith("0047"))
        {
            prefix = plus ? 2 : 4;
            if (!digits.StartsWith(plus ? "47" : "0047") || (groups[0] != prefix && groups.Length > 1))
            {
                return null;
            }

            firstGroup = groups[0] == prefix ? 1 : 0;
            digits = digits[prefix..];
        }

        Span<int> lengths = stackalloc int[MaxGroups];
        var count = 0;
        for (var i = firstGroup; i < groups.Length; i++)
        {
            lengths[count++] = groups[i] - (i == 0 && firstGroup == 0 ? prefix : 0);
        }

        lengths = lengths[..count];
        if (digits.Length == 8 && digits[0] is >= '2' and <= '9'
            && (lengths is [8] || lengths is [2, 2, 2, 2] || lengths is [3, 2, 3]))
        {
            return PersonalDataKinds.Phone;
        }

        if (prefix == 0 && digits.Length == 11 && (lengths is [11] || lengths is [6, 5]) && NationalIdentityNumber.IsValid(digits))
        {
            return PersonalDataKinds.NationalId;
        }

        return null;
    }

    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (before is '.' or ',' or '/' or '-' or '_' or '@' or '+' or '\\' || TextChars.IsWordCharAt(text, start - 1))
            {
                return false;
            }
        }

        if (end < text.Length)
        {
            var after = text[end];
            if (after is '@' or '_' || TextChars.IsWordCharAt(text, end))
            {
                return false;
            }

            if (after is '.' or ',' or '/' or '-' or '\'' or '\u2019' && end + 1 < text.Length && TextChars.IsWordCharAt(text, end + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsGroupSeparator(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static bool IsLocalChar(char c) => c is '.' or '_' or '%' or '+' or '-' || char.IsLetterOrDigit(c);

    private static bool IsLabelChar(char c) => c == '-' || char.IsLetterOrDigit(c);
}
