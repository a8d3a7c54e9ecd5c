using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Samskap.Klarsprak;

/// <summary>
/// The character classes behind the word and sentence rules, with an ASCII table so that the
/// common case costs one array read.
/// </summary>
internal static class TextChars
{
    public const byte Other = 0;
    public const byte Letter = 1;
    public const byte Digit = 2;
    public const byte Terminator = 3;
    public const byte Colon = 4;
    public const byte LineBreak = 5;
    public const byte At = 6;
    public const byte Plus = 7;
    public const byte Space = 8;
    public const byte Joiner = 9;

    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    /// <summary>Lower case of every Latin-1 character; the rest go through <see cref="char.ToLowerInvariant"/>.</summary>
    private static readonly char[] Latin1Lower = BuildLatin1Lower();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte AsciiKind(char c) => AsciiKinds[c];

    public static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';

    public static bool IsTerminator(char c) => c is '.' or '!' or '?';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Blanks that may stand between the words of a listed phrase (not line breaks: a line break ends a sentence).</summary>
    public static bool IsPhraseSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 256 ? Latin1Lower[c] : FoldOutsideLatin1(c);

    private static char FoldOutsideLatin1(char c) => c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

    /// <summary>
    /// The length in UTF-16 code units (1, or 2 for a surrogate pair) of the letter or decimal digit
    /// at <paramref name="index"/>, or 0 when there is none.
    /// </summary>
    public static int WordCharAt(string text, int index, out bool isLetter)
    {
        var c = text[index];
        if (c < 0x80)
        {
            var kind = AsciiKinds[c];
            isLetter = kind == Letter;
            return kind is Letter or Digit ? 1 : 0;
        }

        if (char.IsLetter(c))
        {
            isLetter = true;
            return 1;
        }

        isLetter = false;
        if (char.IsDigit(c))
        {
            return 1;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            var rune = new Rune(c, text[index + 1]);
            if (Rune.IsLetter(rune))
            {
                isLetter = true;
                return 2;
            }

            return Rune.IsDigit(rune) ? 2 : 0;
        }

        return 0;
    }

    public static bool IsWordCharAt(string text, int index) => WordCharAt(text, index, out _) > 0;

    /// <summary>
    /// Combining marks and invisible format characters continue a word without counting as letters,
    /// so that a decomposed «å» (a + ring) or a soft hyphen does not split a word in two.
    /// </summary>
    public static bool IsWordInternalMark(char c) =>
        c is '\u00AD' or '\u200C' or '\u200D'
        || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    /// <summary>
    /// The end of the word that starts at <paramref name="start"/> (which must hold a letter or
    /// digit): runs of letters and digits, joined by single hyphens or apostrophes.
    /// </summary>
    public static int ScanWord(string text, int start, out int letters)
    {
        var ignore = default(IgnoreChars);
        return ScanWord(text, start, out letters, ref ignore);
    }

    /// <summary>
    /// <see cref="ScanWord(string, int, out int)"/> that also shows every character of the word,
    /// in order, to <paramref name="visitor"/>; the analyser walks the stiff-word trie that way
    /// without reading the word twice. Generic over a struct, so the call costs nothing.
    /// </summary>
    public static int ScanWord<TVisitor>(string text, int start, out int letters, ref TVisitor visitor)
        where TVisitor : struct, IWordCharVisitor
    {
        var n = text.Length;
        var i = start;
        letters = 0;
        while (i < n)
        {
            var c = text[i];
            if (c < 0x80)
            {
                var kind = AsciiKinds[c];
                if (kind == Letter)
                {
                    letters++;
                }
                else if (kind != Digit && !(kind == Joiner && i + 1 < n && IsWordCharAt(text, i + 1)))
                {
                    break;
                }

                visitor.Visit(c);
                i++;
                continue;
            }

            var length = WordCharAt(text, i, out var isLetter);
            if (length > 0)
            {
                if (isLetter)
                {
                    letters++;
                }
            }
            else if (IsWordInternalMark(c) || (c == '\u2019' && i + 1 < n && IsWordCharAt(text, i + 1)))
            {
                length = 1;
            }
            else
            {
                break;
            }

            for (var unit = 0; unit < length; unit++)
            {
                visitor.Visit(text[i + unit]);
            }

            i += length;
        }

        return i;
    }

    /// <summary>Whether the word at <paramref name="index"/> starts with a capital letter.</summary>
    public static bool StartsUpper(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            return Rune.IsUpper(new Rune(c, text[index + 1]));
        }

        return char.IsUpper(c);
    }

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            kinds[c] = Letter;
            kinds[char.ToUpperInvariant(c)] = Letter;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            kinds[c] = Digit;
        }

        kinds['.'] = Terminator;
        kinds['!'] = Terminator;
        kinds['?'] = Terminator;
        kinds[':'] = Colon;
        foreach (var c in "\n\r\v\f")
        {
            kinds[c] = LineBreak;
        }

        kinds['@'] = At;
        kinds['+'] = Plus;
        kinds[' '] = Space;
        kinds['\t'] = Space;
        kinds['-'] = Joiner;
        kinds['\''] = Joiner;
        return kinds;
    }

    private static char[] BuildLatin1Lower()
    {
        var lower = new char[256];
        for (var c = 0; c < 256; c++)
        {
            lower[c] = char.ToLowerInvariant((char)c);
        }

        return lower;
    }
}

/// <summary>Sees the characters of a word as <see cref="TextChars.ScanWord{TVisitor}"/> reads them.</summary>
internal interface IWordCharVisitor
{
    void Visit(char c);
}

/// <summary>The visitor of a plain scan.</summary>
internal struct IgnoreChars : IWordCharVisitor
{
    public readonly void Visit(char c)
    {
    }
}
