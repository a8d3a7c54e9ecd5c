using System.Security.Claims;

namespace Samskap.Web.Infrastructure.Tenancy;

/// <summary>Who asks for data: a person (through a request or a hub call) or a background job.</summary>
public abstract record TenantCaller
{
    private TenantCaller()
    {
    }

    /// <summary>
    /// A person, signed in or not. <paramref name="ChosenOrganization"/> is the organisation the
    /// switcher remembered (its cookie's value); a hub filter passes the same cookie from the hub's connection.
    /// With <paramref name="OnlyChosen"/> (a personal access token, made for one organisation) a person
    /// who no longer belongs to the chosen organisation gets none, rather than their first one.
    /// </summary>
    public sealed record Person(ClaimsPrincipal User, string? ChosenOrganization, bool OnlyChosen = false) : TenantCaller;

    /// <summary>
    /// Someone in a live session without an account: a phone that joined with the room's code, or the
    /// projector with the presenter link. They act in the room's organisation, and only through the
    /// room's own rules: they are no member of it.
    /// </summary>
    public sealed record LiveGuest(Guid OrganizationId) : TenantCaller;

    /// <summary>A job that works inside one organisation, as that organisation's system user.</summary>
    public sealed record Job(string Name, Guid OrganizationId) : TenantCaller;

    /// <summary>
    /// A job that must see every organisation's rows (say, retention across all projects). It has to
    /// give its reason, so that the choice is explicit in code review.
    /// </summary>
    public sealed record JobAcrossOrganizations(string Name, string Reason) : TenantCaller;
}
