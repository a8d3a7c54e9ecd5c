using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

public sealed class RoundDatesTests
{
    private static readonly DateOnly _today = new(2026, 11, 27);

    private static string[] Errors(string? opens, string? closes) =>
        RoundDates.Check(opens, closes, _today).Select(e => $"{e.Field}:{e.MessageKey}").ToArray();

    [Fact]
    public void Accepts_a_round_from_today_for_two_weeks() =>
        Assert.Empty(Errors("2026-11-27", "2026-12-11"));

    [Fact]
    public void Accepts_a_round_that_opens_and_closes_on_the_same_day() =>
        Assert.Empty(Errors("2026-12-01", "2026-12-01"));

    [Fact]
    public void Refuses_an_opening_date_in_the_past() =>
        Assert.Equal(["OpensOn:Round.Error.OpensInPast"], Errors("2026-11-26", "2026-12-11"));

    [Fact]
    public void Refuses_a_closing_date_before_the_opening_date() =>
        Assert.Equal(["ClosesOn:Round.Error.ClosesBeforeOpens"], Errors("2026-12-10", "2026-12-09"));

    [Fact]
    public void Refuses_a_round_longer_than_the_limit_and_accepts_one_exactly_at_it()
    {
        var opens = _today;
        Assert.Empty(Errors(RoundDates.Format(opens), RoundDates.Format(opens.AddDays(ReadinessRound.MaxLengthInDays))));
        Assert.Equal(["ClosesOn:Round.Error.TooLong"], Errors(RoundDates.Format(opens), RoundDates.Format(opens.AddDays(ReadinessRound.MaxLengthInDays + 1))));
    }

    [Fact]
    public void Refuses_an_opening_more_than_a_year_ahead() =>
        Assert.Equal(["OpensOn:Round.Error.OpensTooLate"], Errors(RoundDates.Format(_today.AddDays(RoundDates.MaxDaysAhead + 1)), RoundDates.Format(_today.AddDays(RoundDates.MaxDaysAhead + 2))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("27.11.2026")]
    [InlineData("2026-02-30")]
    public void Refuses_what_is_not_a_date(string? text) =>
        Assert.Equal(["OpensOn:Round.Error.OpensOnInvalid", "ClosesOn:Round.Error.ClosesOnInvalid"], Errors(text, text));

    [Fact]
    public void A_round_is_scheduled_then_open_then_closed_by_date_or_early()
    {
        var round = new ReadinessRound { OpensOn = new DateOnly(2026, 12, 1), ClosesOn = new DateOnly(2026, 12, 14) };

        Assert.Equal(RoundState.Scheduled, round.StateOn(new DateOnly(2026, 11, 30)));
        Assert.Equal(RoundState.Open, round.StateOn(new DateOnly(2026, 12, 1)));
        Assert.Equal(RoundState.Open, round.StateOn(new DateOnly(2026, 12, 14)));
        Assert.Equal(RoundState.Closed, round.StateOn(new DateOnly(2026, 12, 15)));
        round.ClosedAt = DateTime.UtcNow;
        Assert.Equal(RoundState.Closed, round.StateOn(new DateOnly(2026, 12, 5)));
    }
}
