using System.Diagnostics;
using System.Text;

namespace Samskap.Klarsprak.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string> AdversarialInputs() =>
    [
        "digits",
        "dots",
        "hyphens",
        "at-a",
        "a-at",
        "digit-groups",
        "letters",
        "hyphenated-word",
        "apostrophes",
        "local-part",
        "domain",
        "abbreviations",
        "colons",
        "line-breaks",
        "phrase-starts",
        "auxiliaries",
        "plus-signs",
        "surrogates",
        "mix",
    ];

    private static string Build(string name) => name switch
    {
        "digits" => new string('7', 100_000),
        "dots" => new string('.', 100_000),
        "hyphens" => new string('-', 100_000),
        "at-a" => Repeat("@a", 50_000),
        "a-at" => Repeat("a@", 50_000),
        "digit-groups" => Repeat("2 ", 50_000),
        "letters" => new string('å', 100_000),
        "hyphenated-word" => Repeat("e-", 50_000) + "e",
        "apostrophes" => Repeat("a'", 50_000),
        "local-part" => Repeat("a.", 50_000) + "@samskap.no",
        "domain" => "post@" + Repeat("a.", 50_000) + "no",
        "abbreviations" => Repeat("f.eks.", 20_000),
        "colons" => Repeat("A: ", 35_000),
        "line-breaks" => Repeat("a\n", 50_000),
        "phrase-starts" => Repeat("i ", 50_000),
        "auxiliaries" => Repeat("blir ikke ", 10_000),
        "plus-signs" => Repeat("+47 ", 25_000),
        "surrogates" => Repeat("🙂", 50_000),
        "mix" => Mix(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(AdversarialInputs))]
    public void Adversarial_input_is_analysed_quickly_and_without_errors(string name)
    {
        var text = Build(name);
        Texts.Bokmal("Oppvarming.");

        var clock = Stopwatch.StartNew();
        var bokmal = Texts.Bokmal(text);
        var nynorsk = Texts.Nynorsk(text);
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name}: {clock.Elapsed.TotalMilliseconds:F0} ms for both standards");
        Assert.Equal(bokmal.Words, nynorsk.Words);
        Assert.All(bokmal.Findings, f => Assert.InRange(f.End, f.Start + 1, text.Length));
    }

    [Fact]
    public void Spans_count_utf16_code_units_after_an_emoji()
    {
        const string text = "🙂👍🏽 Vi vil benytte e-post: kari@samskap.no eller 22 33 44 55.";

        var findings = Texts.Bokmal(text).Findings;

        Assert.Equal(text.IndexOf("benytte", StringComparison.Ordinal), findings.Single(f => f.Rule == RuleIds.StiffWord).Start);
        Assert.Equal(["benytte", "kari@samskap.no", "22 33 44 55"], findings.Select(f => text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void A_letter_outside_the_basic_plane_is_one_letter()
    {
        // 𝐀 (mathematical bold A) is a surrogate pair: one letter, two code units.
        var analysis = Texts.Bokmal("𝐀𝐀𝐀𝐀𝐀𝐀𝐀 og ord.");

        Assert.Equal(3, analysis.Words);
        Assert.Equal(1, analysis.LongWords);
    }

    [Fact]
    public void Findings_come_in_order_of_their_start()
    {
        var text = string.Join(' ', Enumerable.Repeat("Søknaden vil bli vurdert i forbindelse med evalueringen, kartleggingen og organisasjonen, og svar sendes til post@samskap.no eller 22 33 44 55 innen fristen.", 3));

        var starts = Texts.Bokmal(text).Findings.Select(f => f.Start).ToList();

        Assert.Equal(starts.Order(), starts);
        Assert.True(starts.Count >= 15);
    }

    [Fact]
    public void One_analyser_gives_the_same_results_on_many_threads()
    {
        var texts = Enumerable.Range(0, 64)
            .Select(i => $"Søknad {i} behandles i forbindelse med møtet. Ring 22 33 44 {i % 90 + 10} eller skriv til p{i}@samskap.no. " + new string('x', i))
            .ToArray();
        var expected = texts.Select(t => Texts.Bokmal(t)).ToArray();

        var actual = new Analysis[texts.Length];
        Parallel.For(0, texts.Length * 8, i => actual[i % texts.Length] = Texts.Bokmal(texts[i % texts.Length]));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(expected[i].Words, actual[i].Words);
            Assert.Equal(expected[i].Sentences, actual[i].Sentences);
            Assert.Equal(expected[i].Findings, actual[i].Findings);
        }
    }

    [Fact]
    public void A_null_text_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => Texts.Analyzer.Analyze(null!, WrittenStandard.Bokmal));

    private static string Repeat(string part, int count) => new StringBuilder(part.Length * count).Insert(0, part, count).ToString();

    private static string Mix()
    {
        // Every special character next to every other, deterministically shuffled.
        const string alphabet = "a1.-'’@+: \n!?æ–0ø";
        var random = new Random(20_260_101);
        var builder = new StringBuilder(100_000);
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
