using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Akhbar.Bench;

/// <summary>Throughput of one benchmark: the UTF-8 megabytes of the sample divided by the mean time of one pass.</summary>
public sealed class MegabytesPerSecondColumn(long bytesPerOperation) : IColumn
{
    public string Id => nameof(MegabytesPerSecondColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"Megabytes (10^6) of UTF-8 article text per second; one operation reads {bytesPerOperation / 1e6:F1} MB";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        return stats is null ? "NA" : (bytesPerOperation / 1e6 / (stats.Mean / 1e9)).ToString("F2", CultureInfo.InvariantCulture);
    }
}
