using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Klarsprak.Benchmarks;

/// <summary>The baseline's (ceiling's) mean time divided by this benchmark's: 100 % is as fast as the ceiling.</summary>
internal sealed class SpeedOfCeilingColumn : IColumn
{
    public string Id => nameof(SpeedOfCeilingColumn);

    public string ColumnName => "Speed vs ceiling";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time of the ceiling in the same group divided by this mean time (target for the analyser: at least 25 %)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        var ceiling = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return ceiling is null || mean is null or 0
            ? "?"
            : (ceiling.Value / mean.Value).ToString("P0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Millions of characters analysed per second, from the benchmark's Characters parameter and its mean time.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "M chars/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Millions of UTF-16 characters per second (the texts are mostly ASCII, so about MB/s of UTF-8)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var characters = benchmarkCase.Parameters[nameof(KlarsprakBenchmarks.Characters)] as int?;
        return mean is null or 0 || characters is null
            ? "?"
            : (characters.Value / mean.Value * 1_000).ToString("F0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
