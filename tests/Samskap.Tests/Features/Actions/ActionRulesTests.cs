using Samskap.Web.Features.Actions;

namespace Samskap.Tests.Features.Actions;

public sealed class ActionRulesTests
{
    private static readonly ActionContext _context = new(new HashSet<string> { "leder", "partner" }, new HashSet<Guid>(), new HashSet<string> { "frames.time" });

    [Theory]
    [InlineData("2026-12-01", true)]
    [InlineData("2026-12-02", false)]
    [InlineData("2026-12-03", false)]
    public void An_open_action_is_overdue_only_once_its_day_has_passed(string due, bool overdue)
    {
        Assert.Equal(overdue, ActionRules.IsOverdue(ActionStatus.Open, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void A_done_action_is_never_overdue()
    {
        Assert.False(ActionRules.IsOverdue(ActionStatus.Done, new DateOnly(2020, 1, 1), new DateOnly(2026, 12, 2)));
    }

    [Fact]
    public void The_owner_must_be_a_person_of_the_project()
    {
        var (errors, _) = ActionRules.Check(new ActionInput { Title = "Book lokalet", OwnerId = "fremmed", Due = "2026-12-20" }, _context);

        Assert.Equal(["OwnerId:Error.OwnerId"], errors.Select(e => $"{e.Field}:{e.MessageKey}"));
    }

    [Fact]
    public void An_action_may_address_a_readiness_point_and_defaults_to_open()
    {
        var (errors, action) = ActionRules.Check(new ActionInput { Title = "Sett av tid", OwnerId = "partner", Due = "2026-12-20", Point = "frames.time" }, _context);

        Assert.Empty(errors);
        Assert.Equal(ActionStatus.Open, action!.Status);
        Assert.Equal("frames.time", action.Point);
    }

    [Theory]
    [InlineData("frames.money", "Point:Error.Point")]
    [InlineData(null, null)]
    public void Only_a_readiness_point_can_be_addressed(string? point, string? error)
    {
        var (errors, _) = ActionRules.Check(new ActionInput { Title = "Sett av tid", OwnerId = "leder", Due = "2026-12-20", Point = point }, _context);

        Assert.Equal(error is null ? [] : [error], errors.Select(e => $"{e.Field}:{e.MessageKey}"));
    }

    [Theory]
    [InlineData("open", true)]
    [InlineData("done", true)]
    [InlineData("closed", false)]
    public void The_status_is_open_or_done(string status, bool valid)
    {
        var (errors, _) = ActionRules.Check(new ActionInput { Title = "Ring", OwnerId = "leder", Due = "2026-12-20", Status = status }, _context);

        Assert.Equal(valid, errors.Count == 0);
    }
}
