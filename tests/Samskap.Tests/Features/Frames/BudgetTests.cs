using Samskap.Web.Features.Frames;

namespace Samskap.Tests.Features.Frames;

public sealed class BudgetTests
{
    [Fact]
    public void Using_exactly_what_was_planned_is_not_an_overrun()
    {
        var budget = new Budget(PlannedHours: 100, UsedHours: 100, PlannedNok: 50_000, UsedNok: 50_000);

        Assert.False(budget.HoursOverrun);
        Assert.False(budget.NokOverrun);
        Assert.False(budget.Overrun);
        Assert.Equal(1m, budget.HoursShare);
    }

    [Fact]
    public void One_hour_over_the_plan_is_an_overrun_of_hours_only()
    {
        var budget = new Budget(PlannedHours: 100, UsedHours: 101, PlannedNok: 50_000, UsedNok: 50_000);

        Assert.True(budget.HoursOverrun);
        Assert.False(budget.NokOverrun);
        Assert.True(budget.Overrun);
    }

    [Fact]
    public void One_krone_over_the_plan_is_an_overrun_of_money_only()
    {
        var budget = new Budget(PlannedHours: 100, UsedHours: 99, PlannedNok: 50_000, UsedNok: 50_001);

        Assert.False(budget.HoursOverrun);
        Assert.True(budget.NokOverrun);
        Assert.True(budget.Overrun);
    }

    [Fact]
    public void The_share_is_used_divided_by_planned()
    {
        var budget = new Budget(PlannedHours: 200, UsedHours: 50, PlannedNok: 40_000, UsedNok: 30_000);

        Assert.Equal(0.25m, budget.HoursShare);
        Assert.Equal(0.75m, budget.NokShare);
    }

    [Fact]
    public void Nothing_planned_has_no_share_and_no_overrun()
    {
        var unplanned = new Budget(PlannedHours: null, UsedHours: 10, PlannedNok: null, UsedNok: 10);
        var zero = new Budget(PlannedHours: 0, UsedHours: 0, PlannedNok: 0, UsedNok: 0);

        Assert.Null(unplanned.HoursShare);
        Assert.Null(unplanned.NokShare);
        Assert.False(unplanned.Overrun);
        Assert.Null(zero.HoursShare);
        Assert.False(zero.Overrun);
    }

    [Fact]
    public void Anything_used_of_a_plan_of_zero_is_an_overrun()
    {
        Assert.True(new Budget(PlannedHours: 0, UsedHours: 1, PlannedNok: null, UsedNok: null).HoursOverrun);
    }

    [Fact]
    public void A_plan_without_anything_used_yet_is_not_an_overrun()
    {
        var budget = new Budget(PlannedHours: 10, UsedHours: null, PlannedNok: 10, UsedNok: null);

        Assert.False(budget.Overrun);
        Assert.Null(budget.HoursShare);
        Assert.True(budget.IsSet);
        Assert.False(Budget.None.IsSet);
    }
}

public sealed class FrameValuesTests
{
    private static readonly DateOnly _start = new(2027, 3, 1);

    [Fact]
    public void An_end_on_the_start_day_is_in_order_and_the_day_before_is_not()
    {
        Assert.Empty(new FrameValues(_start, _start, null, null, null, null).Check());

        var error = Assert.Single(new FrameValues(_start, _start.AddDays(-1), null, null, null, null).Check());
        Assert.Equal("End", error.Field);
        Assert.Equal("Frames.Error.EndBeforeStart", error.MessageKey);
    }

    [Fact]
    public void Zero_is_an_amount_and_minus_one_is_refused_by_its_field()
    {
        Assert.Empty(new FrameValues(null, null, 0, 0, 0, 0).Check());

        var errors = new FrameValues(null, null, -1, 0, 0, -1).Check();

        Assert.Equal(["PlannedHours", "UsedNok"], errors.Select(e => e.Field));
        Assert.Equal("Frames.Error.PlannedHours.Negative", errors[0].MessageKey);
    }

    [Fact]
    public void The_largest_amount_is_taken_and_one_more_is_refused()
    {
        Assert.Empty(new FrameValues(null, null, FrameValues.MaxAmount, null, null, null).Check());
        Assert.Equal("Frames.Error.PlannedHours.TooLarge", Assert.Single(new FrameValues(null, null, FrameValues.MaxAmount + 1, null, null, null).Check()).MessageKey);
    }

    [Theory]
    [InlineData("1500", 1500L)]
    [InlineData("1 500", 1500L)]
    [InlineData("1\u00A0500", 1500L)]
    [InlineData(" 7 ", 7L)]
    [InlineData("-3", -3L)]
    [InlineData("", null)]
    public void Amounts_are_read_with_or_without_spaces_between_the_thousands(string typed, long? expected)
    {
        Assert.True(FrameText.TryParseAmount(typed, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("7,5")]
    [InlineData("7.5")]
    [InlineData("ti")]
    public void A_fraction_or_a_word_is_not_an_amount(string typed)
    {
        Assert.False(FrameText.TryParseAmount(typed, out _));
    }
}
