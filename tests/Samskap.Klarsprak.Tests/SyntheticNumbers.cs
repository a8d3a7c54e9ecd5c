namespace Samskap.Klarsprak.Tests;

/// <summary>Synthetic fødselsnummer for tests: a date part, an individual number and the check digits the algorithm gives.</summary>
internal static class SyntheticNumbers
{
    /// <summary>
    /// Eleven digits: the six given, the first individual number from 100 up for which both check
    /// digits exist, and those check digits. Whether the date is real is not checked here.
    /// </summary>
    public static string WithCheckDigits(string sixDigits)
    {
        for (var individual = 100; individual < 1000; individual++)
        {
            if (NationalIdentityNumber.Complete(sixDigits + individual) is { } number)
            {
                return number;
            }
        }

        throw new InvalidOperationException($"No individual number completes {sixDigits}.");
    }
}
