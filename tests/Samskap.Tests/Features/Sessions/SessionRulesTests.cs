using Samskap.Web.Features.Sessions;

namespace Samskap.Tests.Features.Sessions;

/// <summary>The session, block and order rules at their boundaries.</summary>
public sealed class SessionRulesTests
{
    private static readonly SessionContext _context = new(
        new HashSet<string> { "exploration" }, new HashSet<string> { "leader-1" }, new HashSet<Guid>(), ["citizen", "public"]);

    private static SessionInput Valid() => new() { Title = "Verksted", Kind = "workshop", Date = "2027-02-10", Start = "17:00", End = "20:00" };

    [Fact]
    public void A_session_of_exactly_twelve_hours_is_allowed_and_one_minute_more_is_not()
    {
        var twelve = Valid();
        (twelve.Start, twelve.End) = ("08:00", "20:00");
        var longer = Valid();
        (longer.Start, longer.End) = ("08:00", "20:01");

        Assert.NotNull(SessionRules.Check(twelve, _context).Session);
        Assert.Equal("Session.Error.TooLong", Assert.Single(SessionRules.Check(longer, _context).Errors).MessageKey);
    }

    [Fact]
    public void An_end_before_the_start_is_the_next_day_and_an_end_equal_to_it_is_refused()
    {
        var overnight = Valid();
        (overnight.Start, overnight.End) = ("22:00", "02:00");
        var none = Valid();
        (none.Start, none.End) = ("22:00", "22:00");

        Assert.NotNull(SessionRules.Check(overnight, _context).Session);
        Assert.Equal(("End", "Session.Error.EndIsStart"), Assert.Single(SessionRules.Check(none, _context).Errors) is var e ? (e.Field, e.MessageKey) : default);
    }

    [Theory]
    [InlineData("seminar", "Kind")]
    [InlineData("", "Kind")]
    public void An_unknown_kind_is_refused(string kind, string field)
    {
        var input = Valid();
        input.Kind = kind;

        Assert.Equal(field, Assert.Single(SessionRules.Check(input, _context).Errors).Field);
    }

    [Fact]
    public void Expected_participants_must_be_of_a_known_kind_and_a_whole_number_and_empty_ones_are_left_out()
    {
        var input = Valid();
        input.Expected = new() { ["citizen"] = "12", ["public"] = "", ["alien"] = "3" };
        var negative = Valid();
        negative.Expected = new() { ["citizen"] = "-1" };

        Assert.Equal(["Expected[alien]"], SessionRules.Check(input, _context).Errors.Select(e => e.Field));
        input.Expected.Remove("alien");
        Assert.Equal(new Dictionary<string, int> { ["citizen"] = 12 }, SessionRules.Check(input, _context).Session!.Expected);
        Assert.Equal("Session.Error.Expected", Assert.Single(SessionRules.Check(negative, _context).Errors).MessageKey);
    }

    [Fact]
    public void A_phase_and_people_must_be_the_projects()
    {
        var input = Valid();
        input.Phase = "testing";
        input.FacilitatorId = "stranger";

        Assert.Equal(["Phase", "FacilitatorId"], SessionRules.Check(input, _context).Errors.Select(e => e.Field));
    }

    [Fact]
    public void The_next_session_comes_first_then_later_ones_then_past_ones_latest_first()
    {
        var today = new DateOnly(2027, 3, 1);
        DateOnly[] dates = [new(2027, 1, 1), new(2027, 4, 1), new(2027, 2, 1), new(2027, 3, 1)];

        Assert.Equal([new(2027, 3, 1), new(2027, 4, 1), new(2027, 2, 1), new DateOnly(2027, 1, 1)], SessionRules.NextFirst(dates, d => d, today));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("480", true)]
    [InlineData("0", false)]
    [InlineData("481", false)]
    [InlineData("-3", false)]
    [InlineData("1.5", false)]
    public void A_block_lasts_a_whole_number_of_minutes_from_1_to_480(string minutes, bool valid)
    {
        var (_, block) = BlockRules.Check(new BlockInput { Title = "Bolk", Minutes = minutes }, new BlockContext(_ => false, new HashSet<string>()));

        Assert.Equal(valid, block is not null);
    }

    [Fact]
    public void A_block_moves_one_step_and_not_past_either_end()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        Guid[] order = [a, b, c];

        Assert.Equal([a, c, b], BlockRules.Move(order, c, -1));
        Assert.Equal([b, a, c], BlockRules.Move(order, a, 1));
        Assert.Null(BlockRules.Move(order, a, -1));
        Assert.Null(BlockRules.Move(order, c, 1));
        Assert.Null(BlockRules.Move(order, b, 2));
        Assert.Null(BlockRules.Move(order, Guid.NewGuid(), 1));
    }

    [Fact]
    public void A_new_order_must_hold_exactly_the_agendas_blocks()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();

        Assert.True(BlockRules.IsSameBlocks([a, b], [b, a]));
        Assert.False(BlockRules.IsSameBlocks([a, b], [a]));
        Assert.False(BlockRules.IsSameBlocks([a, b], [a, a]));
        Assert.False(BlockRules.IsSameBlocks([a, b], [a, Guid.NewGuid()]));
    }

    [Fact]
    public void The_venue_rules_warn_only_above_capacity_and_for_a_checklist_not_filled_in()
    {
        var plan = AgendaRules.Plan(new DateOnly(2027, 2, 10), new TimeOnly(17, 0), new TimeOnly(18, 0), [new AgendaBlockTiming(60, false, true)]);

        Assert.Empty(SessionWarnings.For(plan, 30, new VenueFacts(30, FullyChecked: true)));
        Assert.Equal([new AgendaWarning(SessionWarnings.VenueTooSmall, Over: 1)], SessionWarnings.For(plan, 31, new VenueFacts(30, FullyChecked: true)));
        Assert.Equal([SessionWarnings.VenueUnchecked], SessionWarnings.For(plan, 0, new VenueFacts(30, FullyChecked: false)).Select(w => w.Id));
        Assert.Empty(SessionWarnings.For(plan, 500, venue: null));
    }
}
