using Samskap.Klarsprak;
using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Live;

/// <summary>Adding up the room's answers, the personal-data hold and the replay fingerprint.</summary>
public sealed class LiveResultsTests
{
    private static readonly PersonalDataHold _hold = new(new KlarsprakAnalyzer());

    [Fact]
    public void Dots_add_up_per_target_with_the_number_of_people_behind_them()
    {
        var results = LiveResults.Dots([
            new Dictionary<string, int> { ["o1"] = 3, ["o2"] = 2 },
            new Dictionary<string, int> { ["o2"] = 5 },
            new Dictionary<string, int> { ["o3"] = 1 }]);

        Assert.Equal([new DotsResult("o2", 7, 2), new DotsResult("o1", 3, 1), new DotsResult("o3", 1, 1)], results);
    }

    [Fact]
    public void A_scale_gives_each_id_its_distribution_and_mean_and_no_mean_without_answers()
    {
        var results = LiveResults.Scale(["o1", "o2"], [
            new Dictionary<string, int> { ["o1"] = 1 },
            new Dictionary<string, int> { ["o1"] = 4 },
            new Dictionary<string, int> { ["o1"] = 5, ["o9"] = 3 }]);

        Assert.Equal(3, results[0].Answers);
        Assert.Equal(3.33, results[0].Mean);
        Assert.Equal([1, 0, 0, 1, 1], results[0].Distribution);
        Assert.Equal(0, results[1].Answers);
        Assert.Null(results[1].Mean);
    }

    [Fact]
    public void The_word_cloud_counts_a_word_once_per_person_whatever_its_case()
    {
        var words = LiveResults.Words([["Trygghet", "trygghet"], ["trygghet", "Buss"], ["TRYGGHET"]]);

        Assert.Equal([new WordCount("trygghet", 3), new WordCount("Buss", 1)], words);
    }

    [Theory]
    [InlineData("Ring meg på 912 34 567")]
    [InlineData("Skriv til kari.nordmann@example.no")]
    [InlineData("Sønnen min har fødselsnummer 01019012480")]
    [InlineData("D-nummer 41019012393 er mitt")]
    public void An_idea_with_personal_data_is_held(string text)
    {
        Assert.True(_hold.Holds(text));
        Assert.NotEmpty(_hold.Find(text));
    }

    [Theory]
    [InlineData("Flere benker langs turstien")]
    [InlineData("Buss 23 bør gå hvert 15. minutt fra 2027")]
    [InlineData("")]
    public void An_idea_without_personal_data_goes_on_the_wall(string text) => Assert.False(_hold.Holds(text));

    [Fact]
    public void A_fingerprint_ignores_the_order_of_a_map_but_not_its_content()
    {
        var one = new OperationFingerprint("CastDots").Add(Guid.Empty).Add(new Dictionary<string, int> { ["o1"] = 2, ["o2"] = 3 }).Hash();
        var same = new OperationFingerprint("CastDots").Add(Guid.Empty).Add(new Dictionary<string, int> { ["o2"] = 3, ["o1"] = 2 }).Hash();
        var other = new OperationFingerprint("CastDots").Add(Guid.Empty).Add(new Dictionary<string, int> { ["o1"] = 3, ["o2"] = 2 }).Hash();
        var otherMethod = new OperationFingerprint("Rate").Add(Guid.Empty).Add(new Dictionary<string, int> { ["o1"] = 2, ["o2"] = 3 }).Hash();

        Assert.Equal(one, same);
        Assert.NotEqual(one, other);
        Assert.NotEqual(one, otherMethod);
        Assert.NotEqual(new OperationFingerprint("SubmitIdea").Add("a").Add((string?)null).Hash(), new OperationFingerprint("SubmitIdea").Add("a").Add("").Hash());
    }
}
