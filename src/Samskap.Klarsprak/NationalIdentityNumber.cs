namespace Samskap.Klarsprak;

/// <summary>
/// Norwegian fødselsnummer and D-numbers: eleven digits DDMMYY NNN CC, where the two last digits
/// are mod-11 check digits. A D-number adds 4 to the first digit of the day (41–71).
/// </summary>
public static class NationalIdentityNumber
{
    private static ReadOnlySpan<int> FirstWeights => [3, 7, 6, 1, 8, 9, 4, 5, 2];

    private static ReadOnlySpan<int> SecondWeights => [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>
    /// Whether eleven digits form a valid fødselsnummer or D-number: a real day of a real month
    /// (29 February is accepted in any year, as the century is not known from the digits alone)
    /// and both check digits right.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 11)
        {
            return false;
        }

        Span<int> d = stackalloc int[11];
        for (var i = 0; i < 11; i++)
        {
            if (!TextChars.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            d[i] = digits[i] - '0';
        }

        var day = (d[0] * 10) + d[1];
        var month = (d[2] * 10) + d[3];
        if (day > 40)
        {
            day -= 40;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysIn(month))
        {
            return false;
        }

        return CheckDigit(d[..9], FirstWeights) == d[9] && CheckDigit(d[..10], SecondWeights) == d[10];
    }

    /// <summary>
    /// The check digit for the digits before it: 11 − (weighted sum mod 11), where 11 gives 0 and
    /// 10 means no valid check digit exists (returns −1).
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<int> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }

    /// <summary>
    /// Appends the two check digits to nine digits (DDMMYY + individual number), or returns null
    /// when no valid number exists for them. Meant for building synthetic test numbers.
    /// </summary>
    public static string? Complete(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        if (nineDigits.Length != 9 || !nineDigits.All(TextChars.IsAsciiDigit))
        {
            throw new ArgumentException("Expected nine digits.", nameof(nineDigits));
        }

        Span<int> d = stackalloc int[11];
        for (var i = 0; i < 9; i++)
        {
            d[i] = nineDigits[i] - '0';
        }

        d[9] = CheckDigit(d[..9], FirstWeights);
        if (d[9] < 0)
        {
            return null;
        }

        d[10] = CheckDigit(d[..10], SecondWeights);
        if (d[10] < 0)
        {
            return null;
        }

        return string.Concat(nineDigits, (char)('0' + d[9]), (char)('0' + d[10]));
    }

    private static int DaysIn(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
