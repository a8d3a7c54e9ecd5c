using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>
/// Something the facilitator asks the room: ideas, dots, a rating, a word cloud or the pulse. It is
/// added ready, opened, and closed; results of dots, ratings and the pulse are hidden until revealed.
/// </summary>
public class LiveActivity : IOrganizationOwned, IHasCreatedAt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid SessionId { get; set; }
    public int Position { get; set; }
    public ActivityKind Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The options of a rating or a dot vote, in order; option ids are o1, o2, … by place.</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>The categories an idea may be put in.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>How many dots each person has, for a dot vote.</summary>
    public int? Dots { get; set; }

    /// <summary>For a dot vote over the ideas of an ideas activity: that activity.</summary>
    public Guid? SourceActivityId { get; set; }

    /// <summary>The agenda block the activity was added from, if any.</summary>
    public Guid? BlockId { get; set; }

    public ActivityState State { get; set; }
    public bool ResultsRevealed { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Whether the room sees its results before the facilitator reveals them: ideas and words are live, votes are not.</summary>
    public bool IsHiddenUntilRevealed => Kind is ActivityKind.Dots or ActivityKind.Rating or ActivityKind.Pulse;
}

internal sealed class LiveActivityConfiguration : IEntityTypeConfiguration<LiveActivity>
{
    public void Configure(EntityTypeBuilder<LiveActivity> activity)
    {
        activity.ToTable("LiveActivities");
        activity.HasIndex(a => new { a.OrganizationId, a.SessionId, a.Position });
        activity.HasIndex(a => a.ProjectId);
        activity.Property(a => a.Title).HasMaxLength(LiveContributionRules.TitleMaxLength);
        activity.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        activity.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
        activity.HasOne<Session>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
