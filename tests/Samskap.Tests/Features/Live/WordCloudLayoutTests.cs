using System.Text;
using Samskap.Web.Features.Live;

namespace Samskap.Tests.Features.Live;

/// <summary>The word cloud's layout and the CSV export.</summary>
public sealed class WordCloudLayoutTests
{
    private const double LetterShare = 0.7;

    [Fact]
    public void The_most_given_word_is_largest_and_no_word_leaves_the_cloud_or_covers_another()
    {
        WordCount[] words = [new("trygghet", 9), new("lys", 5), new("fellesskap", 3), new("gjørmete", 1), new("stillhet", 1), new("benker", 2), new("mørk", 4)];

        var cloud = WordCloudLayout.Lay(words, 320);

        Assert.Equal("trygghet", cloud.Words[0].Word);
        Assert.Equal(WordCloudLayout.MaxSize, cloud.Words[0].Size);
        Assert.Equal(WordCloudLayout.MinSize, cloud.Words.Single(w => w.Word == "gjørmete").Size);
        foreach (var word in cloud.Words)
        {
            Assert.InRange(word.X, 0, 320 - (word.Word.Length * word.Size * LetterShare) + 0.1);
            Assert.InRange(word.Y, 0, cloud.Height);
        }

        foreach (var row in cloud.Words.GroupBy(w => w.Y))
        {
            var ordered = row.OrderBy(w => w.X).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].X >= ordered[i - 1].X + (ordered[i - 1].Word.Length * ordered[i - 1].Size * LetterShare), $"{ordered[i].Word} covers {ordered[i - 1].Word}");
            }
        }
    }

    [Fact]
    public void A_word_longer_than_the_cloud_is_shrunk_to_fit_and_an_empty_cloud_has_no_height()
    {
        var cloud = WordCloudLayout.Lay([new("folkehelsekoordinatorstillingen", 3)], 200);

        Assert.True(cloud.Words[0].Word.Length * cloud.Words[0].Size * LetterShare <= 200.1);
        Assert.Equal(0, WordCloudLayout.Lay([], 320).Height);
    }

    [Fact]
    public void The_export_has_a_byte_order_mark_a_header_every_row_held_text_left_out_and_formulas_escaped()
    {
        var activity = Guid.NewGuid();
        LiveContribution[] rows =
        [
            new() { ActivityId = activity, Kind = ActivityKind.Ideas, Text = "Lys, benker og \"ro\"", ParticipantKind = "citizen" },
            new() { ActivityId = activity, Kind = ActivityKind.Ideas, Text = "=1+2", ParticipantKind = null },
            new() { ActivityId = activity, Kind = ActivityKind.Ideas, Text = "Ring 912 34 567", Held = true },
            new() { ActivityId = activity, Kind = ActivityKind.Dots, Values = new() { ["o2"] = 1, ["o1"] = 2 } },
        ];

        var bytes = LiveExport.Csv(rows, new Dictionary<Guid, string> { [activity] = "Idéer" }, new Dictionary<Guid, int> { [rows[0].Id] = 4 });
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Id,Activity,Kind,Text,Category,Words,Values,Upvotes,ParticipantKind,Held,Hidden,MergedInto,CreatedAt", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains("\"Lys, benker og \"\"ro\"\"\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",4,citizen,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+2,", lines[2], StringComparison.Ordinal);
        Assert.Contains("not-said", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("912 34 567", lines[3], StringComparison.Ordinal);
        Assert.Contains("o1=2 | o2=1", lines[4], StringComparison.Ordinal);
    }
}
