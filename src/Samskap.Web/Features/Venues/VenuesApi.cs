using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Venues;

/// <summary>A venue as the API shows it: every criterion is in the checklist, null when not checked.</summary>
public sealed record VenueDto(Guid Id, string Name, string Address, int Capacity, IReadOnlyDictionary<string, bool?> Checklist, Guid Version)
{
    public static VenueDto From(Venue v) =>
        new(v.Id, v.Name, v.Address, v.Capacity, VenueChecklist.Criteria.ToDictionary(c => c, c => v.Checklist.TryGetValue(c, out var met) ? met : (bool?)null), v.Version);
}

/// <summary>GET/POST/PUT/DELETE /api/v1/venues[/{venueId}]: the organisation's register of venues.</summary>
public static class VenuesApi
{
    private static readonly string[] _fields = ["id", "name", "address", "capacity", "checklist", "version"];

    public static IEndpointRouteBuilder MapVenuesApi(this IEndpointRouteBuilder endpoints)
    {
        var venues = endpoints.MapGroup(VenuesRoutes.ApiList).RequireAuthorization(Policies.OrganizationMember).WithTags("Venues");
        venues.MapGet("", async (AppDbContext db, CancellationToken cancellationToken) =>
                (await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync(cancellationToken)).Select(VenueDto.From).ToList())
            .WithName("ListVenues").Produces<IReadOnlyList<VenueDto>>();
        venues.MapGet("/{venueId:guid}", async (Guid venueId, AppDbContext db, IStringLocalizer<VenuesText> venuesText, CancellationToken cancellationToken) =>
                await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken) is { } venue ? Results.Ok(VenueDto.From(venue)) : NotFound(venuesText))
            .WithName("GetVenue").Produces<VenueDto>().ProducesProblem(StatusCodes.Status404NotFound);
        venues.MapPost("", AddAsync).WithName("AddVenue").Produces<VenueDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        venues.MapPut("/{venueId:guid}", ChangeAsync).WithName("ChangeVenue").Produces<VenueDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        venues.MapDelete("/{venueId:guid}", DeleteAsync).WithName("DeleteVenue").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> AddAsync(HttpRequest request, AppDbContext db, TenantContext tenant, IStringLocalizer<VenuesText> venuesText, CancellationToken cancellationToken)
    {
        var (read, _, problem) = await ReadAsync(request, venuesText);
        if (problem is not null)
        {
            return problem;
        }

        if (await db.Venues.CountAsync(cancellationToken) >= Venue.MaxPerOrganization)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: venuesText["Venue.Error.TooMany", NumberText.Of(Venue.MaxPerOrganization)]);
        }

        var venue = new Venue { OrganizationId = tenant.OrganizationId };
        VenueRules.Apply(read!, venue);
        db.Venues.Add(venue);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(VenuesRoutes.Api(venue.Id), VenueDto.From(venue));
    }

    /// <summary>A PUT may carry the version it read; with one, a change made since is refused (409).</summary>
    private static async Task<IResult> ChangeAsync(Guid venueId, HttpRequest request, AppDbContext db, IStringLocalizer<VenuesText> venuesText, CancellationToken cancellationToken)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken);
        if (venue is null)
        {
            return NotFound(venuesText);
        }

        var (read, version, problem) = await ReadAsync(request, venuesText);
        if (problem is not null)
        {
            return problem;
        }

        if (version is { } readVersion)
        {
            if (venue.Version != readVersion)
            {
                return Conflict(venuesText);
            }

            db.Entry(venue).Property(v => v.Version).OriginalValue = readVersion;
        }

        VenueRules.Apply(read!, venue);
        venue.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict(venuesText);
        }

        return Results.Ok(VenueDto.From(venue));
    }

    private static async Task<IResult> DeleteAsync(Guid venueId, AppDbContext db, IStringLocalizer<VenuesText> venuesText, CancellationToken cancellationToken)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken);
        if (venue is null)
        {
            return NotFound(venuesText);
        }

        db.Venues.Remove(venue);
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static IResult NotFound(IStringLocalizer<VenuesText> venuesText) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: venuesText["Api.NotFound"]);

    private static IResult Conflict(IStringLocalizer<VenuesText> venuesText) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: venuesText["Venue.Error.Conflict"]);

    private static async Task<(CheckedVenue? Venue, Guid? Version, IResult? Problem)> ReadAsync(HttpRequest request, IStringLocalizer<VenuesText> venuesText)
    {
        if (await JsonBody.ReadObjectAsync(request) is not { } body)
        {
            return (null, null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: venuesText["Api.BadBody"]));
        }

        var shape = new Dictionary<string, string[]>();
        body.NameUnknownFields(_fields, shape, venuesText);

        var input = new VenueInput { Name = body.Text("name", shape, venuesText), Address = body.Text("address", shape, venuesText) };
        if (body.TryGetProperty("capacity", out var capacity) && capacity.ValueKind != JsonValueKind.Null)
        {
            if (capacity.ValueKind == JsonValueKind.Number)
            {
                input.Capacity = capacity.TryGetInt32(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : "0";
            }
            else
            {
                shape["capacity"] = [venuesText["Api.NotNumber", "capacity"]];
            }
        }

        if (body.TryGetProperty("checklist", out var checklist) && checklist.ValueKind != JsonValueKind.Null)
        {
            if (checklist.ValueKind != JsonValueKind.Object)
            {
                shape["checklist"] = [venuesText["Api.NotObject", "checklist"]];
            }
            else
            {
                foreach (var criterion in checklist.EnumerateObject())
                {
                    if (!VenueChecklist.Criteria.Contains(criterion.Name))
                    {
                        shape[$"checklist.{criterion.Name}"] = [venuesText["Venue.Error.Criterion"]];
                    }
                    else if (criterion.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        input.Checklist[criterion.Name] = criterion.Value.GetBoolean() ? VenueChecklist.Yes : VenueChecklist.No;
                    }
                    else if (criterion.Value.ValueKind != JsonValueKind.Null)
                    {
                        shape[$"checklist.{criterion.Name}"] = [venuesText["Api.NotFlag", criterion.Name]];
                    }
                }
            }
        }

        Guid? version = null;
        if (body.Text("version", shape, venuesText) is { } versionText)
        {
            if (Guid.TryParse(versionText, out var parsed))
            {
                version = parsed;
            }
            else
            {
                shape["version"] = [venuesText["Api.BadVersion"]];
            }
        }

        if (shape.Count > 0)
        {
            return (null, null, Results.ValidationProblem(shape, title: shape.Values.First()[0]));
        }

        var (errors, venue) = VenueRules.Check(input);
        return venue is null ? (null, null, JsonBody.FieldProblem(errors, venuesText)) : (venue, version, null);
    }
}
