using System.Xml.Linq;
using Samskap.Web.Features.Readiness;

namespace Samskap.Tests.Features.Readiness;

public sealed class ReadinessTallyTests
{
    private static readonly string[] _languages = ["nb", "nn", "en"];

    private static Dictionary<string, int?> Everything(int? value) =>
        ReadinessStatements.All.ToDictionary(statement => statement.Id, _ => value);

    [Fact]
    public void Gives_no_result_below_three_respondents_and_says_how_many_are_missing()
    {
        var tally = ReadinessTally.Of([Everything(4), Everything(5)]);

        Assert.Null(tally.Result);
        Assert.Empty(tally.Spreads);
        Assert.Equal(2, tally.Respondents);
        Assert.Equal(1, tally.RespondentsNeeded);
    }

    [Fact]
    public void A_person_who_has_opened_the_round_but_answered_nothing_is_not_a_respondent()
    {
        var tally = ReadinessTally.Of([Everything(4), Everything(5), new Dictionary<string, int?>()]);

        Assert.Equal(2, tally.Respondents);
        Assert.Null(tally.Result);
    }

    [Fact]
    public void Scores_a_point_over_all_its_statements_and_all_respondents()
    {
        // competence.how has two statements: answers 5 and 2 from each of three people → mean 3.5.
        var responses = Enumerable.Range(0, 3).Select(_ =>
        {
            var answers = Everything(4);
            answers["competence.how.1"] = 5;
            answers["competence.how.2"] = 2;
            return answers;
        }).ToList();

        var tally = ReadinessTally.Of(responses);

        var how = tally.Result!.Points.Single(p => p.Id == "competence.how");
        Assert.Equal(3.5, how.Score);
        Assert.Equal(ReadinessStatus.Yellow, how.Status);
        Assert.True(how.Disagreement);
        Assert.Equal([0, 3, 0, 0, 3], tally.Spreads.Single(s => s.PointId == "competence.how").Counts);
    }

    [Fact]
    public void Counts_dont_know_in_the_spread_and_leaves_unanswered_statements_out()
    {
        var partly = new Dictionary<string, int?> { ["trust.language.1"] = null };
        var tally = ReadinessTally.Of([Everything(4), Everything(4), partly]);

        var language = tally.Spreads.Single(s => s.PointId == "trust.language");
        var venue = tally.Spreads.Single(s => s.PointId == "facilitation.venue");
        Assert.Equal(3, tally.Respondents);
        Assert.Equal((1, 3), (language.DontKnow, language.Total));
        Assert.Equal((0, 2), (venue.DontKnow, venue.Total));
        Assert.Equal(4.0, tally.Result!.Points.Single(p => p.Id == "trust.language").Score);
    }

    [Fact]
    public void Every_point_has_at_least_one_statement_and_there_are_at_least_twelve()
    {
        Assert.True(ReadinessStatements.All.Count >= 12);
        Assert.All(ReadinessScoring.PointIds, point => Assert.Contains(ReadinessStatements.All, s => s.PointId == point));
        Assert.Equal(ReadinessStatements.All.Count, ReadinessStatements.All.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Stored_answers_that_name_no_statement_or_hold_a_bad_value_are_dropped_on_reading()
    {
        var known = ReadinessAnswers.Known(new Dictionary<string, int?>
        {
            ["competence.what.1"] = 4,
            ["trust.language.1"] = null,
            ["made.up"] = 3,
            ["frames.time.1"] = 9,
            ["frames.resources.1"] = 0,
        });

        Assert.Equal(new Dictionary<string, int?> { ["competence.what.1"] = 4, ["trust.language.1"] = null }, known);
    }

    [Theory]
    [InlineData("ReadinessText", "Statement.{0}", "statements")]
    [InlineData("ReadinessText", "Action.{0}", "points")]
    [InlineData("ReadinessText", "Action.{0}.Link", "points linking elsewhere")]
    [InlineData("ModelText", "Point.{0}", "points")]
    public void Every_statement_point_and_action_has_a_text_in_each_language(string texts, string keyPattern, string ids)
    {
        var all = ids switch
        {
            "statements" => ReadinessStatements.All.Select(s => s.Id),
            "points" => ReadinessScoring.PointIds,
            _ => ReadinessScoring.PointIds.Where(id => !ReadinessActions.LinksToPoint(id)),
        };
        foreach (var file in _languages.Select(language => Repository.TextFile(texts, language)))
        {
            var keys = XDocument.Load(file).Root!.Elements("data")
                .Select(d => d.Attribute("name")!.Value).ToHashSet();
            Assert.All(all, id => Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, keyPattern, id), keys));
        }
    }
}
