using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

/// <summary>Which actions a round shows as taken since the last one. In winter Norway is an hour ahead of UTC.</summary>
public sealed class ActionsSinceLastRoundTests
{
    private static readonly Guid _projectId = Guid.NewGuid();

    /// <summary>Started the day before it opened, so it opened at midnight in Norway: 3 January 23:00 UTC.</summary>
    private static readonly ReadinessRound _first = Round(1, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 18), Utc(2027, 1, 3, 10, 0));

    /// <summary>Closes at midnight in Norway after its closing date: 15 March 23:00 UTC.</summary>
    private static readonly ReadinessRound _second = Round(2, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 15), Utc(2027, 2, 25, 9, 0));

    private static readonly DateTime _firstOpened = Utc(2027, 1, 3, 23, 0);
    private static readonly DateTime _secondCloses = Utc(2027, 3, 15, 23, 0);

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    private static ReadinessRound Round(int number, DateOnly opensOn, DateOnly closesOn, DateTime createdAt, DateTime? closedAt = null, Guid? projectId = null) =>
        new() { ProjectId = projectId ?? _projectId, Number = number, OpensOn = opensOn, ClosesOn = closesOn, CreatedAt = createdAt, ClosedAt = closedAt };

    private static ProjectAction Action(DateTime createdAt, string? point = "frames.time", string title = "Sett av tid", Guid? projectId = null) =>
        new() { ProjectId = projectId ?? _projectId, Title = title, Point = point, CreatedAt = createdAt };

    private static string[] Titles(ReadinessRound shown, ReadinessRound? previous, params ProjectAction[] actions) =>
        ActionsSinceLastRound.ByPoint(shown, previous, actions).TryGetValue("frames.time", out var taken) ? taken.Select(a => a.Title).ToArray() : [];

    [Fact]
    public void An_action_made_the_moment_the_previous_round_opened_counts() =>
        Assert.Equal(["Sett av tid"], Titles(_second, _first, Action(_firstOpened)));

    [Fact]
    public void An_action_made_just_before_the_previous_round_opened_does_not() =>
        Assert.Empty(Titles(_second, _first, Action(_firstOpened.AddSeconds(-1))));

    [Fact]
    public void An_action_made_up_to_the_end_of_the_closing_date_counts_and_one_made_at_midnight_after_it_does_not()
    {
        Assert.Equal(["Sett av tid"], Titles(_second, _first, Action(_secondCloses.AddSeconds(-1))));
        Assert.Empty(Titles(_second, _first, Action(_secondCloses)));
    }

    [Fact]
    public void A_round_the_leader_closed_early_counts_actions_only_until_it_was_closed()
    {
        var closedAt = Utc(2027, 3, 10, 12, 0);
        var closedEarly = Round(2, _second.OpensOn, _second.ClosesOn, _second.CreatedAt, closedAt);

        Assert.Equal(["Sett av tid"], Titles(closedEarly, _first, Action(closedAt.AddSeconds(-1))));
        Assert.Empty(Titles(closedEarly, _first, Action(closedAt)));
    }

    [Fact]
    public void A_round_started_later_on_its_opening_day_opened_when_it_was_started()
    {
        var startedAt = Utc(2027, 1, 4, 9, 30);
        var startedThatMorning = Round(1, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 18), startedAt);

        Assert.Equal(startedAt, ActionsSinceLastRound.OpenedAt(startedThatMorning));
        Assert.Empty(Titles(_second, startedThatMorning, Action(startedAt.AddSeconds(-1))));
        Assert.Equal(["Sett av tid"], Titles(_second, startedThatMorning, Action(startedAt)));
    }

    [Fact]
    public void The_first_round_has_no_previous_round_and_shows_nothing()
    {
        var previous = ActionsSinceLastRound.PreviousOf(_first, [_first, _second]);

        Assert.Null(previous);
        Assert.Empty(ActionsSinceLastRound.ByPoint(_first, previous, [Action(Utc(2027, 1, 10, 12, 0))]));
    }

    [Fact]
    public void The_previous_round_is_the_latest_of_the_same_project_that_opened_before_and_ran()
    {
        var third = Round(3, new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 14), Utc(2027, 5, 20, 8, 0));
        var otherProjects = Round(7, new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 14), Utc(2027, 4, 20, 8, 0), projectId: Guid.NewGuid());
        var neverRan = Round(4, new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 20), Utc(2027, 4, 1, 8, 0), closedAt: Utc(2027, 4, 2, 8, 0));

        Assert.Same(_second, ActionsSinceLastRound.PreviousOf(third, [third, neverRan, _first, otherProjects, _second]));
        Assert.Same(_first, ActionsSinceLastRound.PreviousOf(_second, [third, _second, _first]));
    }

    [Fact]
    public void Actions_without_a_point_or_of_another_project_are_left_out()
    {
        var during = Utc(2027, 2, 1, 12, 0);

        var taken = ActionsSinceLastRound.ByPoint(_second, _first, [Action(during, point: null), Action(during, projectId: Guid.NewGuid())]);

        Assert.Empty(taken);
    }

    [Fact]
    public void Each_point_gets_only_its_own_actions_oldest_first()
    {
        var taken = ActionsSinceLastRound.ByPoint(_second, _first,
        [
            Action(Utc(2027, 2, 3, 12, 0), title: "Milepæler"),
            Action(Utc(2027, 2, 2, 12, 0), point: "trust.relations", title: "Bli kjent"),
            Action(Utc(2027, 2, 1, 12, 0), title: "Tid i kalenderen"),
        ]);

        Assert.Equal(["frames.time", "trust.relations"], taken.Keys.Order());
        Assert.Equal(["Tid i kalenderen", "Milepæler"], taken["frames.time"].Select(a => a.Title));
        Assert.Equal(["Bli kjent"], taken["trust.relations"].Select(a => a.Title));
    }
}
