using Samskap.Web.Features.Frames;

namespace Samskap.Tests.Features.Frames;

public sealed class FramesRulesTests
{
    [Fact]
    public void A_milestone_needs_a_title_of_at_most_200_characters_and_a_date()
    {
        Assert.Empty(new MilestoneInput { Title = new string('a', Milestone.TitleMaxLength), Date = "2027-01-01" }.Validate());

        var errors = new MilestoneInput { Title = new string('a', Milestone.TitleMaxLength + 1), Date = "" }.Validate();

        Assert.Equal([("Title", "Milestone.Error.TitleTooLong"), ("Date", "Milestone.Error.DateRequired")], errors.Select(e => (e.Field, e.MessageKey)));
        Assert.Equal("Milestone.Error.TitleRequired", Assert.Single(new MilestoneInput { Title = "  ", Date = "2027-01-01" }.Validate()).MessageKey);
        Assert.Equal("Milestone.Error.DateInvalid", Assert.Single(new MilestoneInput { Title = "Møte", Date = "1. mars" }.Validate()).MessageKey);
    }

    [Fact]
    public void A_fixed_scope_item_needs_a_reason_and_an_open_one_does_not()
    {
        Assert.Empty(new ScopeItemInput { Text = "Hvor tilbudet skal ligge", Open = true }.Validate());
        Assert.Empty(new ScopeItemInput { Text = "Budsjettrammen", Open = false, Reason = "Vedtatt budsjett" }.Validate());

        var error = Assert.Single(new ScopeItemInput { Text = "Budsjettrammen", Open = false, Reason = " " }.Validate());

        Assert.Equal(("Reason", "Scope.Error.ReasonRequired"), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Scope_text_and_reason_have_their_limits()
    {
        Assert.Empty(new ScopeItemInput { Text = new string('a', ScopeItem.TextMaxLength), Open = false, Reason = new string('b', ScopeItem.ReasonMaxLength) }.Validate());

        var errors = new ScopeItemInput { Text = new string('a', ScopeItem.TextMaxLength + 1), Open = false, Reason = new string('b', ScopeItem.ReasonMaxLength + 1) }.Validate();

        Assert.Equal(["Scope.Error.TextTooLong", "Scope.Error.ReasonTooLong"], errors.Select(e => e.MessageKey));
    }

    [Theory]
    [InlineData("High")]
    [InlineData("2")]
    [InlineData("very")]
    [InlineData(null)]
    public void Only_low_medium_and_high_are_levels(string? word)
    {
        var errors = new UncertaintyInput { Text = "Regn", Likelihood = word, Consequence = "high", Status = "open" }.Validate(ownerIsOfProject: true);

        Assert.Equal(("Likelihood", "Uncertainty.Error.LikelihoodInvalid"), (Assert.Single(errors).Field, errors[0].MessageKey));
    }

    [Fact]
    public void An_uncertainty_followed_up_by_someone_outside_the_project_is_refused_by_its_field()
    {
        var input = new UncertaintyInput { Text = "Regn", Likelihood = "low", Consequence = "low", Status = "closed", OwnerId = "someone" };

        Assert.Empty(input.Validate(ownerIsOfProject: true));
        Assert.Equal("OwnerId", Assert.Single(input.Validate(ownerIsOfProject: false)).Field);
    }

    [Fact]
    public void Open_uncertainties_come_first_and_high_by_high_first_among_them()
    {
        var created = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var items = new[]
        {
            (Name: "closed high", Status: UncertaintyStatus.Closed, L: Level.High, C: Level.High, At: created),
            (Name: "open low", Status: UncertaintyStatus.Open, L: Level.Low, C: Level.Low, At: created),
            (Name: "open high", Status: UncertaintyStatus.Open, L: Level.High, C: Level.High, At: created.AddDays(1)),
            (Name: "open medium", Status: UncertaintyStatus.Open, L: Level.High, C: Level.Medium, At: created),
        };

        var ordered = UncertaintyLog.Ordered(items, i => i.Status, i => i.L, i => i.C, i => i.At);

        Assert.Equal(["open high", "open medium", "open low", "closed high"], ordered.Select(i => i.Name));
        Assert.True(UncertaintyLog.IsHighHigh(Level.High, Level.High));
        Assert.False(UncertaintyLog.IsHighHigh(Level.High, Level.Medium));
    }

    [Fact]
    public void The_next_milestone_is_the_first_from_today_and_one_today_counts()
    {
        var today = new DateOnly(2027, 5, 10);
        DateOnly[] dates = [today.AddDays(-1), today, today.AddDays(3)];
        var milestones = dates.Select(d => new Milestone { Date = d }).ToList();

        Assert.Equal(today, MilestoneDates.Next(milestones, m => m.Date, today)!.Date);
        Assert.Equal(today.AddDays(3), MilestoneDates.Next(milestones, m => m.Date, today.AddDays(1))!.Date);
        Assert.Null(MilestoneDates.Next(milestones, m => m.Date, today.AddDays(4)));
    }
}

public sealed class PhasesRulesTests
{
    [Fact]
    public void A_project_that_has_not_changed_its_phases_is_in_the_first_of_six()
    {
        Assert.Equal(["initiation", "exploration", "ideation", "testing", "implementation", "evaluation"], Phases.Defaults.Select(p => p.Id));
        Assert.Equal("initiation", Phases.Current(Phases.Defaults).Id);
        Assert.Equal((1, 6), Phases.Place(Phases.Defaults));
    }

    [Fact]
    public void Skipped_phases_do_not_count_in_the_place()
    {
        IReadOnlyList<PhaseView> phases =
        [
            new("initiation", "initiation", null, Skipped: false, Current: false),
            new("exploration", "exploration", null, Skipped: true, Current: false),
            new("ideation", "ideation", null, Skipped: false, Current: true),
            new("x", null, "Eget", Skipped: false, Current: false),
        ];

        Assert.Equal((2, 3), Phases.Place(phases));
    }

    [Fact]
    public void The_current_phase_cannot_be_skipped_nor_a_skipped_one_made_current()
    {
        var current = new PhaseView("a", "initiation", null, Skipped: false, Current: true);
        var skipped = new PhaseView("b", "exploration", null, Skipped: true, Current: false);

        Assert.Equal("Phases.Error.SkipCurrent", Phases.CheckSkip(current, skip: true)!.MessageKey);
        Assert.Null(Phases.CheckSkip(skipped, skip: false));
        Assert.Equal("Phases.Error.CurrentSkipped", Phases.CheckCurrent(skipped)!.MessageKey);
        Assert.Null(Phases.CheckCurrent(current));
    }

    [Fact]
    public void An_added_phase_needs_a_name_and_a_default_one_may_go_back_to_its_default_name()
    {
        Assert.Empty(Phases.CheckName("", isDefault: true));
        Assert.Equal("Phases.Error.NameRequired", Assert.Single(Phases.CheckName(" ", isDefault: false)).MessageKey);
        Assert.Empty(Phases.CheckName(new string('a', ProjectPhase.NameMaxLength), isDefault: false));
        Assert.Equal("Phases.Error.NameTooLong", Assert.Single(Phases.CheckName(new string('a', ProjectPhase.NameMaxLength + 1), isDefault: false)).MessageKey);
    }

    [Fact]
    public void Twenty_phases_are_the_most_a_project_keeps()
    {
        Assert.Null(Phases.CheckAdd(FramesLimits.Phases - 1));
        Assert.Equal("Phases.Error.TooMany", Phases.CheckAdd(FramesLimits.Phases)!.MessageKey);
    }
}
