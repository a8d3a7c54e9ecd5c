using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Samskap.Klarsprak;

namespace Klarsprak.Benchmarks;

/// <summary>
/// The full analyser, every rule on, beside the ceiling pass over the same text in the same run, at
/// three sizes so that linear growth shows. The figure: the analyser must reach at least 25 % of
/// the ceiling's speed ("Speed vs ceiling").
/// </summary>
[Config(typeof(Config))]
public class KlarsprakBenchmarks
{
    private readonly KlarsprakAnalyzer _analyzer = new();
    private string _text = "";
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ceilingSet;

    [Params(100_000, 1_000_000, 10_000_000)]
    public int Characters { get; set; }

    [Params(WrittenStandard.Bokmal, WrittenStandard.Nynorsk)]
    public WrittenStandard Standard { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = NorwegianCorpus.Build(Standard, Characters);

        // As many entries as the stiff-word list of the standard, so the hash set is the same size.
        var terms = StiffWordList.For(Standard).Entries.Select(e => e.Term.Replace("*", "", StringComparison.Ordinal));
        _ceilingSet = new HashSet<string>(terms, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [Benchmark(Baseline = true, Description = "ceiling")]
    public int Ceiling() => CeilingPass.Run(_text, _ceilingSet);

    [Benchmark(Description = "analyser")]
    public int Analyser()
    {
        var analysis = _analyzer.Analyze(_text, Standard);
        return analysis.Words + analysis.Findings.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Short enough for about ten minutes on two cores, long enough for a stable mean.
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Klarsprak"));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new SpeedOfCeilingColumn(), new ThroughputColumn());
            HideColumns(Column.Job, Column.Error, Column.RatioSD);
        }
    }
}
