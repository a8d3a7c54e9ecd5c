using Samskap.Web.Features.Venues;

namespace Samskap.Tests.Features.Venues;

/// <summary>The venue's rules and its checklist.</summary>
public sealed class VenueRulesTests
{
    [Fact]
    public void The_checklist_has_the_ten_criteria_of_the_contract()
    {
        Assert.Equal(
            ["stepFree", "accessibleToilet", "hearingLoop", "publicTransport", "neutralGround", "groupRooms", "daylightAir", "foodAllowed", "childFriendly", "freeOfCharge"],
            VenueChecklist.Criteria);
    }

    [Fact]
    public void A_checklist_is_filled_in_when_every_criterion_is_answered_yes_or_no()
    {
        var all = VenueChecklist.Criteria.ToDictionary(c => c, c => c != "hearingLoop");
        var partial = new Dictionary<string, bool>(all);
        partial.Remove("freeOfCharge");

        Assert.True(VenueChecklist.IsFullyChecked(all));
        Assert.False(VenueChecklist.IsFullyChecked(partial));
        Assert.Equal(9, VenueChecklist.Met(all).Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("lots")]
    [InlineData("100001")]
    public void A_capacity_must_be_a_whole_number_of_at_least_one(string capacity)
    {
        var (errors, _) = VenueRules.Check(new VenueInput { Name = "Biblioteket", Capacity = capacity });

        Assert.Equal("Capacity", Assert.Single(errors).Field);
    }

    [Fact]
    public void An_unknown_criterion_or_answer_is_refused_and_an_empty_one_is_not_checked()
    {
        var (errors, _) = VenueRules.Check(new VenueInput { Name = "A", Capacity = "5", Checklist = new() { ["sauna"] = "yes", ["stepFree"] = "maybe" } });
        var (_, venue) = VenueRules.Check(new VenueInput { Name = "A", Capacity = "5", Checklist = new() { ["stepFree"] = "yes", ["hearingLoop"] = "no", ["foodAllowed"] = "" } });

        Assert.Equal(["Checklist[sauna]", "Checklist[stepFree]"], errors.Select(e => e.Field));
        Assert.Equal(new Dictionary<string, bool> { ["stepFree"] = true, ["hearingLoop"] = false }, venue!.Checklist);
    }
}
