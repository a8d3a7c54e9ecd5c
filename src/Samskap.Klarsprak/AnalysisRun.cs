namespace Samskap.Klarsprak;

/// <summary>
/// One analysis: a single pass over the characters that counts words and sentences and runs every
/// rule as it goes. Each word is read once, walking the stiff-word trie as it is read; words are
/// never copied into strings, and the few checks that need a word in lower case fold it into a
/// small buffer.
/// </summary>
internal sealed class AnalysisRun(string text, LanguageModel model)
{
    private readonly List<Finding> _findings = [];

    /// <summary>A word in lower case, for the grammar checks.</summary>
    private readonly char[] _lowered = new char[PassiveGrammar.MaxWordLength];

    private int _words;
    private int _longWords;
    private int _sentences;

    // The sentence being read.
    private int _sentenceStart;
    private int _sentenceWords;
    private int _sentenceNominalisations;
    private int _lastWordEnd;
    private bool _colonPending;
    private int _colonIndex;

    // The verb phrase being read, for the passive rule.
    private VerbChain _chain;
    private int _chainStart;
    private int _chainSkipped;
    private bool _previousWasPerfect;
    private int _previousWordStart;

    // Where earlier findings end, so that they do not overlap or scan the same characters twice.
    private int _stiffWordEnd;
    private int _numberScanEnd;
    private int _emailEnd;

    private enum VerbChain
    {
        None,
        Modal,
        Auxiliary,
    }

    public Analysis Run()
    {
        var length = text.Length;
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                switch (TextChars.AsciiKind(c))
                {
                    case TextChars.Letter:
                    case TextChars.Digit:
                        i = Word(i);
                        continue;
                    case TextChars.Space:
                        break;
                    case TextChars.Terminator:
                        Terminator(i);
                        break;
                    case TextChars.Colon:
                        BreakChain();
                        if (_sentenceWords > 0)
                        {
                            _colonPending = true;
                            _colonIndex = i;
                        }

                        break;
                    case TextChars.LineBreak:
                        EndSentence(_lastWordEnd);
                        break;
                    case TextChars.At:
                        BreakChain();
                        Email(i);
                        break;
                    case TextChars.Plus:
                        BreakChain();
                        if (i + 1 < length && TextChars.IsAsciiDigit(text[i + 1]) && i >= _numberScanEnd)
                        {
                            Number(i);
                        }

                        break;
                    default:
                        BreakChain();
                        break;
                }

                i++;
                continue;
            }

            if (TextChars.IsWordCharAt(text, i))
            {
                i = Word(i);
                continue;
            }

            if (TextChars.IsLineBreak(c))
            {
                EndSentence(_lastWordEnd);
            }
            else if (!char.IsWhiteSpace(c))
            {
                BreakChain();
            }

            i++;
        }

        EndSentence(_lastWordEnd);
        return new Analysis(_words, _sentences, _longWords, _findings);
    }

    private int Word(int start)
    {
        var walker = model.Trie.StartWalk();
        var end = TextChars.ScanWord(text, start, out var letters, ref walker);
        _words++;
        if (letters > KlarsprakAnalyzer.LongWordLetters)
        {
            _longWords++;
        }

        if (_colonPending)
        {
            _colonPending = false;
            if (TextChars.StartsUpper(text, start))
            {
                EndSentence(_colonIndex + 1);
            }
        }

        if (_sentenceWords == 0)
        {
            _sentenceStart = start;
        }

        _sentenceWords++;
        _lastWordEnd = end;

        // The words of an e-mail address's domain get no other findings.
        if (start < _emailEnd)
        {
            return end;
        }

        var first = text[start];
        if (first < 0x80 ? TextChars.IsAsciiDigit(first) : char.IsDigit(first))
        {
            BreakChain();
            if (start >= _numberScanEnd)
            {
                Number(start);
            }

            return end;
        }

        var wordClass = model.Trie.FinishWalk(walker, text, start, end, out var entry, out var matchEnd);
        if (entry >= 0 && start >= _stiffWordEnd)
        {
            var listed = model.StiffWords[entry];
            AddFinding(new Finding(RuleIds.StiffWord, start, matchEnd - start) { Suggestion = listed.Suggestion, Term = listed.Term });
            _stiffWordEnd = matchEnd;
        }

        Passive(start, end, wordClass);
        if (Nominalisations.IsNominalisation(text, start, end))
        {
            _sentenceNominalisations++;
        }

        return end;
    }

    private void Terminator(int index)
    {
        if (text[index] == '.')
        {
            if (index > 0 && index + 1 < text.Length && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]))
            {
                return;
            }

            if (Abbreviations.IsAbbreviationPeriod(text, index))
            {
                return;
            }
        }

        BreakChain();
        if (_sentenceWords == 0)
        {
            return;
        }

        var end = index + 1;
        while (end < text.Length && TextChars.IsTerminator(text[end]))
        {
            end++;
        }

        EndSentence(end);
    }

    private void EndSentence(int end)
    {
        _colonPending = false;
        BreakChain();
        if (_sentenceWords == 0)
        {
            return;
        }

        _sentences++;
        if (_sentenceWords > KlarsprakAnalyzer.LongSentenceWords)
        {
            AddFinding(new Finding(RuleIds.LongSentence, _sentenceStart, end - _sentenceStart) { WordCount = _sentenceWords });
        }

        if (_sentenceNominalisations >= KlarsprakAnalyzer.NominalisationMinimum
            && _sentenceNominalisations * KlarsprakAnalyzer.NominalisationOneIn >= _sentenceWords)
        {
            AddFinding(new Finding(RuleIds.Nominalisation, _sentenceStart, end - _sentenceStart)
            {
                WordCount = _sentenceWords,
                NominalisationCount = _sentenceNominalisations,
            });
        }

        _sentenceWords = 0;
        _sentenceNominalisations = 0;
    }

    private void Passive(int start, int end, WordClass wordClass)
    {
        var grammar = model.Grammar;
        var length = end - start;
        if (_chain != VerbChain.None)
        {
            if ((wordClass & WordClass.Transparent) != 0 && _chainSkipped < 2)
            {
                _chainSkipped++;
                _previousWasPerfect = false;
                return;
            }

            if (length <= PassiveGrammar.MaxWordLength && !TextChars.StartsUpper(text, start))
            {
                var word = Lower(start, end);
                if (_chain == VerbChain.Auxiliary ? grammar.IsParticiple(word) : grammar.IsModalSPassive(word))
                {
                    AddFinding(new Finding(RuleIds.Passive, _chainStart, end - _chainStart) { Suggestion = model.ActiveVoice.Suggest(text, _chainStart, end) });
                    BreakChain();
                    return;
                }
            }
        }

        var previousChain = _chain;
        var previousChainStart = _chainStart;
        var previousWasPerfect = _previousWasPerfect;
        BreakChain();
        if ((wordClass & WordClass.PassiveAuxiliary) != 0)
        {
            // vil bli sendt, er blitt sendt: the phrase starts at the modal or at er/har.
            _chain = VerbChain.Auxiliary;
            _chainStart = previousChain == VerbChain.Modal ? previousChainStart : previousWasPerfect ? _previousWordStart : start;
        }
        else if ((wordClass & WordClass.Modal) != 0)
        {
            _chain = VerbChain.Modal;
            _chainStart = start;
        }
        else if (grammar.MayBePresentSPassive(text, start, end) && grammar.IsPresentSPassive(Lower(start, end)))
        {
            AddFinding(new Finding(RuleIds.Passive, start, length) { Suggestion = model.ActiveVoice.Suggest(text, start, end) });
        }

        _previousWasPerfect = (wordClass & WordClass.PerfectAuxiliary) != 0;
        _previousWordStart = start;
    }

    /// <summary>
    /// Keeps the findings in order as they come: word findings arrive in text order, and the few
    /// that start earlier (a sentence, a verb phrase) move back past the findings inside them.
    /// </summary>
    private void AddFinding(Finding finding)
    {
        var index = _findings.Count;
        while (index > 0 && Precedes(finding, _findings[index - 1]))
        {
            index--;
        }

        _findings.Insert(index, finding);
    }

    /// <summary>By start; at the same start the longer span first, then by rule id.</summary>
    private static bool Precedes(Finding a, Finding b) =>
        a.Start != b.Start ? a.Start < b.Start
        : a.Length != b.Length ? a.Length > b.Length
        : string.CompareOrdinal(a.Rule, b.Rule) < 0;

    private void BreakChain()
    {
        _chain = VerbChain.None;
        _chainSkipped = 0;
        _previousWasPerfect = false;
    }

    private ReadOnlySpan<char> Lower(int start, int end)
    {
        var word = _lowered.AsSpan(0, end - start);
        for (var i = 0; i < word.Length; i++)
        {
            word[i] = TextChars.Fold(text[start + i]);
        }

        return word;
    }

    private void Number(int start)
    {
        var kind = PersonalData.ScanNumber(text, start, out var end);
        _numberScanEnd = end;
        if (kind is not null)
        {
            AddFinding(new Finding(RuleIds.PersonalData, start, end - start) { Kind = kind });
        }
    }

    private void Email(int at)
    {
        if (at < _emailEnd || !PersonalData.TryEmail(text, at, out var start, out var end))
        {
            return;
        }

        // The local part's words were read before the @; take back what they were flagged for.
        for (var k = _findings.Count - 1; k >= 0; k--)
        {
            var finding = _findings[k];
            if (finding.Rule is RuleIds.LongSentence or RuleIds.Nominalisation)
            {
                continue;
            }

            if (finding.End <= start)
            {
                break;
            }

            if (finding.Start >= start)
            {
                _findings.RemoveAt(k);
            }
        }

        AddFinding(new Finding(RuleIds.PersonalData, start, end - start) { Kind = PersonalDataKinds.Email });
        _emailEnd = end;
        _stiffWordEnd = Math.Max(_stiffWordEnd, end);
        _numberScanEnd = Math.Max(_numberScanEnd, end);
    }
}
