using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>The agenda rules, each at its boundary.</summary>
public sealed class AgendaRulesTests
{
    private static readonly DateOnly _winterDay = new(2026, 12, 2);

    private static AgendaBlockTiming Work(int minutes) => new(minutes, IsBreak: false, RelationBuilding: false);

    private static AgendaBlockTiming Pause(int minutes) => new(minutes, IsBreak: true, RelationBuilding: false);

    private static AgendaBlockTiming Opening(int minutes) => new(minutes, IsBreak: false, RelationBuilding: true);

    private static AgendaPlan Plan(string start, string end, params AgendaBlockTiming[] blocks) =>
        AgendaRules.Plan(_winterDay, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), blocks);

    private static IEnumerable<string> Ids(AgendaPlan plan) => plan.Warnings.Select(w => w.Id);

    [Fact]
    public void Each_block_starts_where_the_blocks_before_it_end()
    {
        var plan = Plan("18:00", "19:00", Opening(15), Work(30), Pause(15));

        Assert.Equal(60, plan.LengthMinutes);
        Assert.Equal(60, plan.TotalMinutes);
        Assert.Equal(
            [new TimeOnly(18, 0), new TimeOnly(18, 15), new TimeOnly(18, 45)],
            plan.Blocks.Select(b => TimeOnly.FromDateTime(b.Start.DateTime)));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.FromHours(1)), plan.Blocks[^1].End);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Across_the_change_to_summer_time_the_clock_shows_where_the_elapsed_minutes_reach()
    {
        var plan = AgendaRules.Plan(new DateOnly(2026, 3, 29), new TimeOnly(1, 30), new TimeOnly(4, 0), [Opening(60), Work(30)]);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1)), plan.Blocks[0].Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), plan.Blocks[0].End);
        Assert.Equal(90, plan.LengthMinutes);
    }

    [Fact]
    public void Across_the_change_to_winter_time_the_hour_that_comes_twice_is_counted_twice()
    {
        var plan = AgendaRules.Plan(new DateOnly(2026, 10, 25), new TimeOnly(1, 30), new TimeOnly(3, 30), [Opening(60), Work(60)]);

        Assert.Equal(180, plan.LengthMinutes);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), plan.Blocks[0].End);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)), plan.Blocks[1].End);
        Assert.Contains(AgendaRules.UnplannedTime, Ids(plan));
    }

    [Fact]
    public void A_start_in_the_skipped_spring_hour_lands_as_far_past_it_as_it_was_into_it()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), AgendaRules.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
    }

    [Fact]
    public void A_time_that_comes_twice_in_autumn_is_read_as_the_first()
    {
        Assert.Equal(TimeSpan.FromHours(2), AgendaRules.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)).Offset);
    }

    [Fact]
    public void An_end_before_the_start_is_on_the_next_day()
    {
        var plan = Plan("22:00", "01:00", Opening(30), Work(60), Pause(30), Work(60));

        Assert.Equal(180, plan.LengthMinutes);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.FromHours(1)), plan.Blocks[^1].End);
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void An_end_equal_to_the_start_is_no_session_and_twelve_hours_is_the_longest()
    {
        Assert.Equal(SpanCheck.EndIsStart, AgendaRules.CheckSpan(_winterDay, new TimeOnly(9, 0), new TimeOnly(9, 0)));
        Assert.Equal(SpanCheck.Ok, AgendaRules.CheckSpan(_winterDay, new TimeOnly(8, 0), new TimeOnly(20, 0)));
        Assert.Equal(SpanCheck.TooLong, AgendaRules.CheckSpan(_winterDay, new TimeOnly(8, 0), new TimeOnly(20, 1)));
        Assert.Equal(SpanCheck.TooLong, AgendaRules.CheckSpan(_winterDay, new TimeOnly(9, 0), new TimeOnly(8, 59)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(480, true)]
    [InlineData(481, false)]
    [InlineData(-5, false)]
    public void A_block_lasts_a_whole_number_of_minutes_from_1_to_480(int minutes, bool valid)
    {
        Assert.Equal(valid, AgendaRules.IsValidDuration(minutes));
    }

    [Fact]
    public void Overrun_says_by_how_many_minutes()
    {
        var plan = Plan("18:00", "19:00", Opening(30), Work(45));

        var overrun = Assert.Single(plan.Warnings, w => w.Id == AgendaRules.Overrun);
        Assert.Equal(15, overrun.Minutes);
        Assert.DoesNotContain(AgendaRules.Overrun, Ids(Plan("18:00", "19:00", Opening(30), Work(30))));
    }

    [Fact]
    public void Unplanned_time_warns_from_16_minutes_and_says_how_many()
    {
        var fifteen = Plan("18:00", "19:00", Opening(15), Work(30));
        var sixteen = Plan("18:00", "19:00", Opening(14), Work(30));

        Assert.DoesNotContain(AgendaRules.UnplannedTime, Ids(fifteen));
        Assert.Equal(16, Assert.Single(sixteen.Warnings, w => w.Id == AgendaRules.UnplannedTime).Minutes);
    }

    [Fact]
    public void No_break_warns_for_a_session_of_91_minutes_but_not_90()
    {
        Assert.DoesNotContain(AgendaRules.NoBreak, Ids(Plan("18:00", "19:30", Opening(30), Work(60))));
        Assert.Contains(AgendaRules.NoBreak, Ids(Plan("18:00", "19:31", Opening(30), Work(61))));
        Assert.DoesNotContain(AgendaRules.NoBreak, Ids(Plan("18:00", "19:31", Opening(30), Pause(10), Work(51))));
    }

    [Fact]
    public void Long_stretch_warns_for_91_minutes_in_a_row_without_a_break_only_when_there_is_a_break()
    {
        var ninety = Plan("18:00", "20:00", Opening(30), Work(60), Pause(15), Work(15));
        var ninetyOne = Plan("18:00", "20:00", Opening(30), Work(61), Pause(15), Work(14));
        var noBreakAtAll = Plan("18:00", "20:00", Opening(30), Work(90));

        Assert.DoesNotContain(AgendaRules.LongStretch, Ids(ninety));
        Assert.Contains(AgendaRules.LongStretch, Ids(ninetyOne));
        Assert.DoesNotContain(AgendaRules.LongStretch, Ids(noBreakAtAll));
        Assert.Contains(AgendaRules.NoBreak, Ids(noBreakAtAll));
        Assert.Equal(91, AgendaRules.LongestStretch([Opening(30), Work(61), Pause(15), Work(14)]));
    }

    [Fact]
    public void The_first_block_should_build_relationships()
    {
        Assert.Contains(AgendaRules.NoRelationOpening, Ids(Plan("18:00", "19:00", Work(30), Opening(30))));
        Assert.DoesNotContain(AgendaRules.NoRelationOpening, Ids(Plan("18:00", "19:00", Opening(30), Work(30))));
        Assert.DoesNotContain(AgendaRules.NoRelationOpening, Ids(Plan("18:00", "18:10")));
    }
}
