using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;

namespace Samskap.Tests.Features.Projects;

/// <summary>Who may do what on a project, as plain rules, at every boundary.</summary>
public sealed class ProjectPermissionsTests
{
    private const string Owner = "owner";

    private static ProjectPermissions For(bool admin = false, bool external = false, string? user = "someone", ProjectRole? role = null, bool archived = false) =>
        ProjectPermissions.For(new ProjectCaller(admin, external, user, role), Owner, archived);

    [Fact]
    public void A_member_not_added_to_the_project_may_see_and_edit_it_but_not_lead_it() =>
        Assert.Equal(new ProjectPermissions(View: true, Edit: true, Contribute: true, Lead: false), For());

    [Fact]
    public void The_owner_a_person_added_as_leader_and_an_administrator_lead_it()
    {
        Assert.True(For(user: Owner).Lead);
        Assert.True(For(role: ProjectRole.Leader).Lead);
        Assert.True(For(admin: true).Lead);
        Assert.False(For(role: ProjectRole.Facilitator).Lead);
    }

    [Fact]
    public void A_member_added_as_viewer_only_reads()
    {
        Assert.Equal(new ProjectPermissions(View: true, Edit: false, Contribute: false, Lead: false), For(role: ProjectRole.Viewer));
        // An administrator leads whatever role they were given in the project.
        Assert.True(For(admin: true, role: ProjectRole.Viewer).Edit);
    }

    [Fact]
    public void An_archived_project_is_read_only_but_still_led()
    {
        Assert.Equal(new ProjectPermissions(View: true, Edit: false, Contribute: false, Lead: true), For(user: Owner, archived: true));
        Assert.False(For(external: true, role: ProjectRole.Partner, archived: true).Contribute);
    }

    [Fact]
    public void An_external_partner_of_the_project_sees_it_and_contributes_but_never_edits_or_leads()
    {
        Assert.Equal(new ProjectPermissions(View: true, Edit: false, Contribute: true, Lead: false), For(external: true, role: ProjectRole.Partner));
        // Even if a leader gave them the leader role: the organisation's frames stay the organisation's.
        Assert.Equal(new ProjectPermissions(View: true, Edit: false, Contribute: true, Lead: false), For(external: true, role: ProjectRole.Leader));
        Assert.False(For(external: true, role: ProjectRole.Viewer).Contribute);
    }

    [Fact]
    public void An_external_partner_who_is_not_a_person_of_the_project_sees_nothing() =>
        Assert.Equal(ProjectPermissions.None, For(external: true, role: null));

    [Fact]
    public void An_external_partner_changes_only_an_action_they_own_or_take_on()
    {
        Assert.True(ActionRules.MayChange(isExternalPartner: true, me: "me", storedOwnerId: "me", newOwnerId: "someone else"));
        Assert.True(ActionRules.MayChange(isExternalPartner: true, me: "me", storedOwnerId: "leader", newOwnerId: "me"));
        Assert.False(ActionRules.MayChange(isExternalPartner: true, me: "me", storedOwnerId: "leader", newOwnerId: "leader"));
        Assert.False(ActionRules.MayChange(isExternalPartner: true, me: null, storedOwnerId: "leader", newOwnerId: null));
        Assert.True(ActionRules.MayChange(isExternalPartner: false, me: "member", storedOwnerId: "leader", newOwnerId: "leader"));
    }

    [Fact]
    public void An_external_partner_contributes_for_their_own_partner_only()
    {
        var own = Guid.NewGuid();
        Assert.True(ContributionRules.MayContributeFor(isExternalPartner: true, ownPartnerId: own, partnerId: own));
        Assert.False(ContributionRules.MayContributeFor(isExternalPartner: true, ownPartnerId: own, partnerId: Guid.NewGuid()));
        Assert.False(ContributionRules.MayContributeFor(isExternalPartner: true, ownPartnerId: null, partnerId: own));
        Assert.True(ContributionRules.MayContributeFor(isExternalPartner: false, ownPartnerId: null, partnerId: own));
    }
}
