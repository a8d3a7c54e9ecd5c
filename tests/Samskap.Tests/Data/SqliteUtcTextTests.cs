using Samskap.Web.Data;

namespace Samskap.Tests.Data;

public sealed class SqliteUtcTextTests
{
    [Theory]
    [InlineData("2026-11-27 07:48:00", 0L)]
    [InlineData("2026-11-27 07:48:00.5", 5_000_000L)]
    [InlineData("2026-11-27 07:48:00.1234567", 1_234_567L)]
    public void Reads_the_text_that_SQLite_stores_as_a_UTC_time(string text, long fractionTicks)
    {
        var time = SqliteUtcText.Parse(text);

        Assert.Equal(new DateTime(2026, 11, 27, 7, 48, 0, DateTimeKind.Utc).AddTicks(fractionTicks), time);
        Assert.Equal(DateTimeKind.Utc, time.Kind);
    }

    [Fact]
    public void Writes_what_it_reads_and_turns_local_times_into_UTC()
    {
        var utc = new DateTime(2026, 2, 28, 23, 59, 59, DateTimeKind.Utc).AddTicks(1);
        var local = utc.ToLocalTime();

        Assert.Equal("2026-02-28 23:59:59.0000001", SqliteUtcText.Format(utc));
        Assert.Equal(utc, SqliteUtcText.Parse(SqliteUtcText.Format(local)));
    }

    [Theory]
    [InlineData("2026-11-27T07:48:00Z")]
    [InlineData("2026-11-27 07:48")]
    public void Falls_back_to_the_general_parser_for_other_layouts(string text) =>
        Assert.Equal(new DateTime(2026, 11, 27, 7, 48, 0, DateTimeKind.Utc), SqliteUtcText.Parse(text));

    [Theory]
    [InlineData("2026-02-30 10:00:00")]
    [InlineData("not a time")]
    public void Refuses_text_that_is_no_time(string text) =>
        Assert.Throws<FormatException>(() => SqliteUtcText.Parse(text));
}
