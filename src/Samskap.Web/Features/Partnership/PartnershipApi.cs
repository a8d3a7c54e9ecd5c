using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Partnership;

public sealed record PartnerDto(
    Guid Id, string Name, string Kind, string Role, string? ContactName, string? ContactEmail, string? ContactPhone, string? KeepBasis, DateOnly? DeleteContactOn)
{
    public static PartnerDto From(Partner p) =>
        new(p.Id, p.Name, PartnershipWords.Word(p.Kind), p.Role, p.ContactName, p.ContactEmail, p.ContactPhone, p.KeepBasis, p.DeleteContactOn);

    /// <summary>
    /// As the caller may see it: contact details were given to the organisation for its own use, so an
    /// external partner sees who the contact is, but not how to reach them.
    /// </summary>
    public static PartnerDto For(ProjectScope scope, Partner p) =>
        scope.IsExternalPartner ? From(p) with { ContactEmail = null, ContactPhone = null, KeepBasis = null, DeleteContactOn = null } : From(p);
}

public sealed record ContributionDto(Guid Id, Guid PartnerId, string Kind, string Description, decimal? Hours, decimal? Nok)
{
    public static ContributionDto From(Contribution c) => new(c.Id, c.PartnerId, PartnershipWords.Word(c.Kind), c.Description, c.Hours, c.Nok);
}

public sealed record LedgerPartnerDto(Guid PartnerId, int Count, decimal Hours, decimal Nok);

public sealed record LedgerKindDto(string Kind, int Count, decimal Hours, decimal Nok);

public sealed record LedgerDto(IReadOnlyList<LedgerPartnerDto> ByPartner, IReadOnlyList<LedgerKindDto> ByKind, LedgerKindDto Total)
{
    public static LedgerDto From(Ledger ledger) => new(
        [.. ledger.ByPartner.Select(p => new LedgerPartnerDto(p.Key, p.Value.Count, p.Value.Hours, p.Value.Nok))],
        [.. ledger.ByKind.Select(k => new LedgerKindDto(PartnershipWords.Word(k.Key), k.Value.Count, k.Value.Hours, k.Value.Nok))],
        new LedgerKindDto("all", ledger.Total.Count, ledger.Total.Hours, ledger.Total.Nok));
}

/// <summary>The partnership's part of GET /api/v1/projects/{id}: partners, contributions and the ledger.</summary>
public sealed class PartnershipApiPart(AppDbContext db) : IProjectApiPart
{
    public async Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken)
    {
        var picture = await PartnershipPicture.LoadAsync(db, scope.Id, cancellationToken);
        project["partners"] = picture.Partners.Select(p => PartnerDto.For(scope, p)).ToList();
        project["contributions"] = picture.Contributions.Select(ContributionDto.From).ToList();
        project["ledger"] = LedgerDto.From(picture.Ledger);
    }
}

/// <summary>Writes to the partnership, with the same rights as its pages: members of a project that is not archived.</summary>
public static class PartnershipApi
{
    public static IEndpointRouteBuilder MapPartnershipApi(this IEndpointRouteBuilder endpoints)
    {
        var project = endpoints.MapProjectApi();
        project.MapGet("/partners", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                (await db.Partners.AsNoTracking().Where(p => p.ProjectId == scope.Id).OrderBy(p => p.Name).ToListAsync(cancellationToken)).Select(p => PartnerDto.For(scope, p)).ToList())
            .WithPartnershipDefaults("ListPartners", Policies.ProjectPerson).Produces<IReadOnlyList<PartnerDto>>();
        project.MapGet("/partners/{partnerId:guid}", async (Guid partnerId, ProjectScope scope, AppDbContext db, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken) =>
                await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId && p.ProjectId == scope.Id, cancellationToken) is { } partner
                    ? Results.Ok(PartnerDto.For(scope, partner))
                    : NotFound(partnershipText))
            .WithPartnershipDefaults("GetPartner", Policies.ProjectPerson).Produces<PartnerDto>();
        project.MapGet("/contributions", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                (await db.Contributions.AsNoTracking().Where(c => c.ProjectId == scope.Id).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken)).Select(ContributionDto.From).ToList())
            .WithPartnershipDefaults("ListContributions", Policies.ProjectPerson).Produces<IReadOnlyList<ContributionDto>>();
        project.MapGet("/contributions/{contributionId:guid}", async (Guid contributionId, ProjectScope scope, AppDbContext db, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken) =>
                await db.Contributions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contributionId && c.ProjectId == scope.Id, cancellationToken) is { } contribution
                    ? Results.Ok(ContributionDto.From(contribution))
                    : NotFound(partnershipText))
            .WithPartnershipDefaults("GetContribution", Policies.ProjectPerson).Produces<ContributionDto>();
        project.MapPost("/partners", AddPartnerAsync).WithPartnershipDefaults("AddPartner").Produces<PartnerDto>(StatusCodes.Status201Created);
        project.MapPut("/partners/{partnerId:guid}", ChangePartnerAsync).WithPartnershipDefaults("ChangePartner").Produces<PartnerDto>();
        project.MapDelete("/partners/{partnerId:guid}", DeletePartnerAsync).WithPartnershipDefaults("DeletePartner").Produces(StatusCodes.Status204NoContent);
        project.MapPost("/contributions", AddContributionAsync).WithPartnershipDefaults("AddContribution", Policies.ProjectPerson).Produces<ContributionDto>(StatusCodes.Status201Created);
        project.MapPut("/contributions/{contributionId:guid}", ChangeContributionAsync).WithPartnershipDefaults("ChangeContribution", Policies.ProjectPerson).Produces<ContributionDto>();
        project.MapDelete("/contributions/{contributionId:guid}", DeleteContributionAsync).WithPartnershipDefaults("DeleteContribution", Policies.ProjectPerson).Produces(StatusCodes.Status204NoContent);
        return endpoints;
    }

    /// <summary>External partners read the partnership and write their own partner's contributions; only members change the partners.</summary>
    private static RouteHandlerBuilder WithPartnershipDefaults(this RouteHandlerBuilder builder, string name, string policy = Policies.OrganizationMember) =>
        builder.RequireAuthorization(policy)
            .WithTags("Partnership")
            .WithName(name)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> AddPartnerAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, partnershipText) is { } refused)
        {
            return refused;
        }

        var (input, problem) = await ReadPartnerAsync(request, partnershipText);
        if (problem is not null)
        {
            return problem;
        }

        if (Problem(PartnerRules.Check(input!, NorwegianTime.Today(clock)), partnershipText) is { } invalid)
        {
            return invalid;
        }

        if (await db.Partners.CountAsync(p => p.ProjectId == scope.Id, cancellationToken) >= Partner.MaxPerProject)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: partnershipText["Partner.Error.TooMany", NumberText.Of(Partner.MaxPerProject)]);
        }

        var partner = new Partner { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        PartnerRules.Apply(input!, partner);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(PartnershipRoutes.PartnerApi(scope.Id, partner.Id), PartnerDto.From(partner));
    }

    private static async Task<IResult> ChangePartnerAsync(
        Guid partnerId, HttpRequest request, ProjectScope scope, AppDbContext db, TimeProvider clock, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == partnerId && p.ProjectId == scope.Id, cancellationToken);
        if (partner is null)
        {
            return NotFound(partnershipText);
        }

        if (Refusal(scope, partnershipText) is { } refused)
        {
            return refused;
        }

        var (input, problem) = await ReadPartnerAsync(request, partnershipText);
        if (problem is not null)
        {
            return problem;
        }

        if (Problem(PartnerRules.Check(input!, NorwegianTime.Today(clock)), partnershipText) is { } invalid)
        {
            return invalid;
        }

        PartnerRules.Apply(input!, partner);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(PartnerDto.From(partner));
    }

    private static async Task<IResult> DeletePartnerAsync(
        Guid partnerId, ProjectScope scope, AppDbContext db, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == partnerId && p.ProjectId == scope.Id, cancellationToken))
        {
            return NotFound(partnershipText);
        }

        if (Refusal(scope, partnershipText) is { } refused)
        {
            return refused;
        }

        var contributions = await db.Contributions.CountAsync(c => c.PartnerId == partnerId, cancellationToken);
        if (contributions > 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: partnershipText["Partner.Error.HasContributions", contributions]);
        }

        try
        {
            await db.Partners.Where(p => p.Id == partnerId && p.ProjectId == scope.Id).DeleteInProjectAsync(db, scope.Id, cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException)
        {
            // The database keeps what the decision log cites (a restricting foreign key).
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: partnershipText["Partner.Error.Cited"]);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> AddContributionAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        if (ContributionRefusal(scope, partnershipText) is { } refused)
        {
            return refused;
        }

        var (checkedContribution, problem) = await ReadContributionAsync(request, scope, db, partnershipText, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (NotOwnPartner(scope, checkedContribution!.PartnerId, partnershipText) is { } notOwn)
        {
            return notOwn;
        }

        if (await db.Contributions.CountAsync(c => c.ProjectId == scope.Id, cancellationToken) >= Contribution.MaxPerProject)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: partnershipText["Contribution.Error.TooMany", NumberText.Of(Contribution.MaxPerProject)]);
        }

        var userId = request.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var contribution = ContributionWrites.Create(checkedContribution!, tenant.OrganizationId, scope.Id, userId);
        db.Contributions.Add(contribution);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(PartnershipRoutes.ContributionApi(scope.Id, contribution.Id), ContributionDto.From(contribution));
    }

    private static async Task<IResult> ChangeContributionAsync(
        Guid contributionId, HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        var contribution = await db.Contributions.FirstOrDefaultAsync(c => c.Id == contributionId && c.ProjectId == scope.Id, cancellationToken);
        if (contribution is null)
        {
            return NotFound(partnershipText);
        }

        if ((ContributionRefusal(scope, partnershipText) ?? NotOwnPartner(scope, contribution.PartnerId, partnershipText)) is { } refused)
        {
            return refused;
        }

        var (checkedContribution, problem) = await ReadContributionAsync(request, scope, db, partnershipText, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (NotOwnPartner(scope, checkedContribution!.PartnerId, partnershipText) is { } notOwn)
        {
            return notOwn;
        }

        ContributionWrites.Apply(checkedContribution!, contribution);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(ContributionDto.From(contribution));
    }

    private static async Task<IResult> DeleteContributionAsync(
        Guid contributionId, ProjectScope scope, AppDbContext db, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        var partnerId = await db.Contributions.Where(c => c.Id == contributionId && c.ProjectId == scope.Id).Select(c => (Guid?)c.PartnerId).FirstOrDefaultAsync(cancellationToken);
        if (partnerId is null)
        {
            return NotFound(partnershipText);
        }

        if ((ContributionRefusal(scope, partnershipText) ?? NotOwnPartner(scope, partnerId.Value, partnershipText)) is { } refused)
        {
            return refused;
        }

        try
        {
            await db.Contributions.Where(c => c.Id == contributionId && c.ProjectId == scope.Id).DeleteInProjectAsync(db, scope.Id, cancellationToken);
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: partnershipText["Contribution.Error.Cited"]);
        }

        return Results.NoContent();
    }

    /// <summary>Members may read any project of theirs; an archived project is read-only.</summary>
    private static IResult? Refusal(ProjectScope scope, IStringLocalizer<PartnershipText> partnershipText) =>
        scope.CanEdit ? null : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: partnershipText["Api.ReadOnly"]);

    /// <summary>Contributions are added by everyone who takes part, external partners included, while the project is not archived.</summary>
    private static IResult? ContributionRefusal(ProjectScope scope, IStringLocalizer<PartnershipText> partnershipText) =>
        scope.CanContribute ? null : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: partnershipText["Api.ReadOnly"]);

    private static IResult? NotOwnPartner(ProjectScope scope, Guid partnerId, IStringLocalizer<PartnershipText> partnershipText) =>
        ContributionRules.MayContributeFor(scope.IsExternalPartner, scope.OwnPartnerId, partnerId)
            ? null
            : JsonBody.FieldProblem([new FieldError("partnerId", "Contribution.Error.NotOwnPartner")], partnershipText);

    private static IResult NotFound(IStringLocalizer<PartnershipText> partnershipText) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: partnershipText["Api.NotFound"]);

    private static IResult? Problem(List<FieldError> errors, IStringLocalizer<PartnershipText> partnershipText) =>
        errors.Count == 0 ? null : JsonBody.FieldProblem(errors, partnershipText);

    private static readonly string[] _partnerFields = ["name", "kind", "role", "contactName", "contactEmail", "contactPhone", "keepBasis", "deleteContactOn"];

    private static async Task<(PartnerInput? Input, IResult? Problem)> ReadPartnerAsync(HttpRequest request, IStringLocalizer<PartnershipText> partnershipText)
    {
        if (await JsonBody.ReadObjectAsync(request) is not { } body)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: partnershipText["Api.BadBody"]));
        }

        var errors = new Dictionary<string, string[]>();
        var values = _partnerFields.ToDictionary(f => f, f => body.Text(f, errors, partnershipText));
        if (errors.Count > 0)
        {
            return (null, Results.ValidationProblem(errors, title: errors.Values.First()[0]));
        }

        return (new PartnerInput
        {
            Name = values["name"],
            Kind = values["kind"],
            Role = values["role"],
            ContactName = values["contactName"],
            ContactEmail = values["contactEmail"],
            ContactPhone = values["contactPhone"],
            KeepBasis = values["keepBasis"],
            DeleteContactOn = values["deleteContactOn"],
        }, null);
    }

    private static async Task<(CheckedContribution? Contribution, IResult? Problem)> ReadContributionAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadObjectAsync(request) is not { } body)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: partnershipText["Api.BadBody"]));
        }

        var errors = new Dictionary<string, string[]>();
        var input = new ContributionInput
        {
            PartnerId = body.Text("partnerId", errors, partnershipText),
            Kind = body.Text("kind", errors, partnershipText),
            Description = body.Text("description", errors, partnershipText),
            Hours = ReadNumber(body, "hours", errors, partnershipText),
            Nok = ReadNumber(body, "nok", errors, partnershipText),
        };
        if (errors.Count > 0)
        {
            return (null, Results.ValidationProblem(errors, title: errors.Values.First()[0]));
        }

        // Only this project's partners: a partner of another project is as unknown here as one that never was.
        var partnerIds = await db.Partners.Where(p => p.ProjectId == scope.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var (ruleErrors, checkedContribution) = ContributionRules.Check(input, partnerIds);
        return (checkedContribution, Problem(ruleErrors, partnershipText));
    }

    /// <summary>A JSON number, kept as its text so the same rules as the form read it; a string is refused, so "12" cannot pass for 12.</summary>
    private static string? ReadNumber(JsonElement body, string field, Dictionary<string, string[]> errors, IStringLocalizer<PartnershipText> partnershipText)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }

        errors[field] = [partnershipText["Api.NotANumber", field]];
        return null;
    }
}
