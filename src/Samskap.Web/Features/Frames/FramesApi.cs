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

namespace Samskap.Web.Features.Frames;

public sealed record FramesDto(DateOnly? Start, DateOnly? End, long? PlannedHours, long? UsedHours, long? PlannedNok, long? UsedNok);

public sealed record MilestoneDto(Guid Id, string Title, DateOnly Date, bool RelationBuilding)
{
    public static MilestoneDto From(Milestone m) => new(m.Id, m.Title, m.Date, m.RelationBuilding);
}

public sealed record ScopeItemDto(Guid Id, string Text, bool Open, string Reason)
{
    public static ScopeItemDto From(ScopeItem i) => new(i.Id, i.Text, i.Open, i.Reason);
}

/// <summary>An uncertainty; OwnerId is a person id as GET /api/v1/projects/{id}/people lists them.</summary>
public sealed record UncertaintyDto(Guid Id, string Text, string Likelihood, string Consequence, string Response, string OwnerId, string Status)
{
    public static UncertaintyDto From(Uncertainty u) => new(
        u.Id, u.Text, FramesWords.Word(u.Likelihood), FramesWords.Word(u.Consequence), u.Response, u.OwnerUserId, FramesWords.Word(u.Status));
}

public sealed record PhaseDto(string Id, string Name, bool Skipped);

/// <summary>The current phase, named in the caller's language, and the whole row of phases.</summary>
public sealed record PhaseStateDto(string Id, string Name, IReadOnlyList<PhaseDto> Phases);

/// <summary>The frames' part of GET /api/v1/projects/{id}: frames, milestones, scope, uncertainties and phase.</summary>
public sealed class FramesApiPart(AppDbContext db, IStringLocalizer<FramesText> framesText) : IProjectApiPart
{
    public async Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken)
    {
        var frames = await ProjectFrames.LoadAsync(db, scope, cancellationToken);
        project["frames"] = FramesApi.Dto(frames);
        project["milestones"] = frames.Milestones.Select(MilestoneDto.From).ToList();
        project["scope"] = frames.Scope.Select(ScopeItemDto.From).ToList();
        project["uncertainties"] = frames.Uncertainties.Select(u => UncertaintyDto.From(u.Uncertainty)).ToList();
        project["phase"] = FramesApi.PhaseState(frames.Phases, framesText);
    }
}

/// <summary>
/// The frames' writes. Bodies use the GET's field names; each field is read by hand so that every
/// bad one is named in the problem details, in the caller's language.
/// </summary>
public static class FramesApi
{
    public static FramesDto Dto(FramesView frames) =>
        new(frames.Start, frames.End, frames.Budget.PlannedHours, frames.Budget.UsedHours, frames.Budget.PlannedNok, frames.Budget.UsedNok);

    public static PhaseStateDto PhaseState(IReadOnlyList<PhaseView> phases, IStringLocalizer<FramesText> framesText)
    {
        var current = Phases.Current(phases);
        return new PhaseStateDto(current.Id, FramesViews.PhaseName(current, framesText), phases.Select(p => new PhaseDto(p.Id, FramesViews.PhaseName(p, framesText), p.Skipped)).ToList());
    }

    public static IEndpointRouteBuilder MapFramesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapProjectApi();
        api.MapGet("/frames", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                Results.Ok(Dto(await ProjectFrames.LoadAsync(db, scope, cancellationToken))))
            .Named("GetFrames", "The project's dates and budget, as in the project's frames.", Policies.ProjectPerson)
            .Produces<FramesDto>();
        api.MapPut("/frames", PutFrames)
            .Named("PutFrames", "Sets the project's start and end dates (YYYY-MM-DD) and its planned and used hours and NOK (whole numbers, not negative). A field left out or null is cleared.")
            .Produces<FramesDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/milestones", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                Results.Ok(await db.Milestones.AsNoTracking().Where(m => m.ProjectId == scope.Id).OrderBy(m => m.Date).ThenBy(m => m.CreatedAt)
                    .Select(m => new MilestoneDto(m.Id, m.Title, m.Date, m.RelationBuilding)).ToListAsync(cancellationToken)))
            .Named("ListMilestones", "The project's milestones by date.", Policies.ProjectPerson)
            .Produces<IReadOnlyList<MilestoneDto>>();
        api.MapGet("/milestones/{milestoneId:guid}", async (Guid milestoneId, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken) =>
                await db.Milestones.AsNoTracking().FirstOrDefaultAsync(m => m.ProjectId == scope.Id && m.Id == milestoneId, cancellationToken) is { } milestone
                    ? Results.Ok(MilestoneDto.From(milestone))
                    : NotFound(framesText))
            .Named("GetMilestone", "One milestone.", Policies.ProjectPerson)
            .Produces<MilestoneDto>();
        api.MapPost("/milestones", PostMilestone)
            .Named("AddMilestone", "Adds a milestone: title (up to 200 characters), date (YYYY-MM-DD) and relationBuilding (true for time set aside to get to know each other).")
            .Produces<MilestoneDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/milestones/{milestoneId:guid}", PutMilestone)
            .Named("ChangeMilestone", "Changes a milestone; the body is as for adding one.")
            .Produces<MilestoneDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/milestones/{milestoneId:guid}", async (Guid milestoneId, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken) =>
                await DeleteAsync(scope, framesText, () => db.Milestones.Where(m => m.ProjectId == scope.Id && m.Id == milestoneId).DeleteInProjectAsync(db, scope.Id, cancellationToken)))
            .Named("DeleteMilestone", "Deletes a milestone.")
            .Produces(StatusCodes.Status204NoContent);

        api.MapGet("/scope", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                Results.Ok(await db.ScopeItems.AsNoTracking().Where(i => i.ProjectId == scope.Id).OrderBy(i => i.CreatedAt)
                    .Select(i => new ScopeItemDto(i.Id, i.Text, i.Open, i.Reason)).ToListAsync(cancellationToken)))
            .Named("ListScope", "The scope declaration: what is open to the partnership's influence (open: true) and what is fixed, with why.", Policies.ProjectPerson)
            .Produces<IReadOnlyList<ScopeItemDto>>();
        api.MapGet("/scope/{itemId:guid}", async (Guid itemId, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken) =>
                await db.ScopeItems.AsNoTracking().FirstOrDefaultAsync(i => i.ProjectId == scope.Id && i.Id == itemId, cancellationToken) is { } item
                    ? Results.Ok(ScopeItemDto.From(item))
                    : NotFound(framesText))
            .Named("GetScopeItem", "One line of the scope declaration.", Policies.ProjectPerson)
            .Produces<ScopeItemDto>();
        api.MapPost("/scope", PostScopeItem)
            .Named("AddScopeItem", "Adds a line to the scope declaration: text (up to 500 characters), open (true or false) and reason (up to 300 characters; required when open is false).")
            .Produces<ScopeItemDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/scope/{itemId:guid}", PutScopeItem)
            .Named("ChangeScopeItem", "Changes a line of the scope declaration; the body is as for adding one.")
            .Produces<ScopeItemDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/scope/{itemId:guid}", async (Guid itemId, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken) =>
                await DeleteAsync(scope, framesText, () => db.ScopeItems.Where(i => i.ProjectId == scope.Id && i.Id == itemId).DeleteInProjectAsync(db, scope.Id, cancellationToken)))
            .Named("DeleteScopeItem", "Deletes a line of the scope declaration.")
            .Produces(StatusCodes.Status204NoContent);

        api.MapGet("/uncertainties", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                Results.Ok((await ProjectFrames.LoadAsync(db, scope, cancellationToken)).Uncertainties.Select(u => UncertaintyDto.From(u.Uncertainty))))
            .Named("ListUncertainties", "The uncertainty log, open ones first and the likeliest and most serious first within them.", Policies.ProjectPerson)
            .Produces<IReadOnlyList<UncertaintyDto>>();
        api.MapGet("/uncertainties/{uncertaintyId:guid}", async (Guid uncertaintyId, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken) =>
                await db.Uncertainties.AsNoTracking().FirstOrDefaultAsync(u => u.ProjectId == scope.Id && u.Id == uncertaintyId, cancellationToken) is { } uncertainty
                    ? Results.Ok(UncertaintyDto.From(uncertainty))
                    : NotFound(framesText))
            .Named("GetUncertainty", "One uncertainty.", Policies.ProjectPerson)
            .Produces<UncertaintyDto>();
        api.MapPost("/uncertainties", PostUncertainty)
            .Named("AddUncertainty", "Adds an uncertainty: framesText, likelihood and consequence (low, medium or high), response, ownerId (a person of the project) and status (open or closed; open when left out).")
            .Produces<UncertaintyDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/uncertainties/{uncertaintyId:guid}", PutUncertainty)
            .Named("ChangeUncertainty", "Changes an uncertainty; the body is as for adding one.")
            .Produces<UncertaintyDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/uncertainties/{uncertaintyId:guid}", async (Guid uncertaintyId, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken) =>
                await DeleteAsync(scope, framesText, () => db.Uncertainties.Where(u => u.ProjectId == scope.Id && u.Id == uncertaintyId).DeleteInProjectAsync(db, scope.Id, cancellationToken)))
            .Named("DeleteUncertainty", "Deletes an uncertainty.")
            .Produces(StatusCodes.Status204NoContent);
        return endpoints;
    }

    /// <summary>External partners read the frames; only the organisation's members change them.</summary>
    private static RouteHandlerBuilder Named(this RouteHandlerBuilder endpoint, string name, string summary, string policy = Policies.OrganizationMember) =>
        endpoint.RequireAuthorization(policy)
            .WithTags("Frames")
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> PutFrames(HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var values = new FrameValues(body.Date("start"), body.Date("end"), body.Amount("plannedHours"), body.Amount("usedHours"), body.Amount("plannedNok"), body.Amount("usedNok"));
        body.Add(values.Check());
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        await FramesStore.SaveFramesAsync(db, scope.Id, tenant.OrganizationId, values, cancellationToken);
        return Results.Ok(new FramesDto(values.Start, values.End, values.PlannedHours, values.UsedHours, values.PlannedNok, values.UsedNok));
    }

    private static MilestoneInput ReadMilestone(Body body) => new()
    {
        Title = body.Text("title"),
        Date = body.Text("date"),
        RelationBuilding = body.Flag("relationBuilding") ?? false,
    };

    private static async Task<IResult> PostMilestone(HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var input = ReadMilestone(body);
        body.Add(input.Validate());
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        if (await db.Milestones.CountAsync(m => m.ProjectId == scope.Id, cancellationToken) >= FramesLimits.Milestones)
        {
            return Conflict(framesText["Milestone.Error.TooMany", NumberText.Of(FramesLimits.Milestones)]);
        }

        var milestone = new Milestone { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        input.ApplyTo(milestone);
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(FramesRoutes.MilestoneApi(scope.Id, milestone.Id), MilestoneDto.From(milestone));
    }

    private static async Task<IResult> PutMilestone(Guid milestoneId, HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await db.Milestones.FirstOrDefaultAsync(m => m.ProjectId == scope.Id && m.Id == milestoneId, cancellationToken) is not { } milestone)
        {
            return NotFound(framesText);
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var input = ReadMilestone(body);
        body.Add(input.Validate());
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        input.ApplyTo(milestone);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(MilestoneDto.From(milestone));
    }

    private static ScopeItemInput ReadScopeItem(Body body) => new()
    {
        Text = body.Text("text"),
        Open = body.RequiredFlag("open"),
        Reason = body.Text("reason"),
    };

    private static async Task<IResult> PostScopeItem(HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var input = ReadScopeItem(body);
        body.Add(input.Validate());
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        if (await db.ScopeItems.CountAsync(i => i.ProjectId == scope.Id, cancellationToken) >= FramesLimits.ScopeItems)
        {
            return Conflict(framesText["Scope.Error.TooMany", NumberText.Of(FramesLimits.ScopeItems)]);
        }

        var item = new ScopeItem { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        input.ApplyTo(item);
        db.ScopeItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(FramesRoutes.ScopeItemApi(scope.Id, item.Id), ScopeItemDto.From(item));
    }

    private static async Task<IResult> PutScopeItem(Guid itemId, HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await db.ScopeItems.FirstOrDefaultAsync(i => i.ProjectId == scope.Id && i.Id == itemId, cancellationToken) is not { } item)
        {
            return NotFound(framesText);
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var input = ReadScopeItem(body);
        body.Add(input.Validate());
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        input.ApplyTo(item);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(ScopeItemDto.From(item));
    }

    private static UncertaintyInput ReadUncertainty(Body body) => new()
    {
        Text = body.Text("text"),
        Likelihood = body.Text("likelihood"),
        Consequence = body.Text("consequence"),
        Response = body.Text("response"),
        OwnerId = body.Text("ownerId"),
        Status = body.Text("status") ?? FramesWords.Word(UncertaintyStatus.Open),
    };

    private static async Task<IResult> PostUncertainty(HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var input = ReadUncertainty(body);
        body.Add(input.Validate(await ProjectPeople.IncludesAsync(db, scope, input.OwnerId, cancellationToken)));
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        if (await db.Uncertainties.CountAsync(u => u.ProjectId == scope.Id, cancellationToken) >= FramesLimits.Uncertainties)
        {
            return Conflict(framesText["Uncertainty.Error.TooMany", NumberText.Of(FramesLimits.Uncertainties)]);
        }

        var uncertainty = new Uncertainty { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        input.ApplyTo(uncertainty);
        db.Uncertainties.Add(uncertainty);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(FramesRoutes.UncertaintyApi(scope.Id, uncertainty.Id), UncertaintyDto.From(uncertainty));
    }

    private static async Task<IResult> PutUncertainty(Guid uncertaintyId, HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<FramesText> framesText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        if (await db.Uncertainties.FirstOrDefaultAsync(u => u.ProjectId == scope.Id && u.Id == uncertaintyId, cancellationToken) is not { } uncertainty)
        {
            return NotFound(framesText);
        }

        if (await JsonBody.ReadObjectAsync(request) is not { } json)
        {
            return NotAnObject(framesText);
        }

        var body = new Body(json, framesText);
        var input = ReadUncertainty(body);
        body.Add(input.Validate(await ProjectPeople.IncludesAsync(db, scope, input.OwnerId, cancellationToken)));
        if (body.Problem() is { } problem)
        {
            return problem;
        }

        input.ApplyTo(uncertainty);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(UncertaintyDto.From(uncertainty));
    }

    private static async Task<IResult> DeleteAsync(ProjectScope scope, IStringLocalizer<FramesText> framesText, Func<Task<int>> delete)
    {
        if (Refusal(scope, framesText) is { } refused)
        {
            return refused;
        }

        return await delete() > 0 ? Results.NoContent() : NotFound(framesText);
    }

    /// <summary>Writes need a project that can be changed: an archived one is read-only.</summary>
    private static IResult? Refusal(ProjectScope scope, IStringLocalizer<FramesText> framesText) =>
        scope.CanEdit ? null : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: framesText[scope.IsArchived ? "Api.Archived" : "Api.CannotEdit"]);

    private static IResult NotAnObject(IStringLocalizer<FramesText> framesText) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: framesText["Api.NotAnObject"]);

    private static IResult NotFound(IStringLocalizer<FramesText> framesText) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: framesText["Api.NotFound"]);

    private static IResult Conflict(string title) => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title);

    /// <summary>
    /// A request body read field by field. A field of the wrong JSON kind is named at once; the rule
    /// errors are added after, except on a field that already has one.
    /// </summary>
    private sealed class Body(JsonElement json, IStringLocalizer<FramesText> framesText)
    {
        private readonly Dictionary<string, string> _errors = [];

        public string? Text(string name) => Read(name, JsonValueKind.String, "Api.NotText") is { } value ? value.GetString() : null;

        public bool? Flag(string name)
        {
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            _errors.TryAdd(name, framesText["Api.NotFlag", name]);
            return null;
        }

        public bool RequiredFlag(string name)
        {
            if (Flag(name) is { } flag)
            {
                return flag;
            }

            _errors.TryAdd(name, framesText["Api.NotFlag", name]);
            return false;
        }

        public DateOnly? Date(string name)
        {
            var raw = Text(name);
            if (!FrameText.TryParseOptionalDate(raw, out var date))
            {
                _errors.TryAdd(name, framesText["Api.NotDate", name]);
            }

            return date;
        }

        public long? Amount(string name)
        {
            if (Read(name, JsonValueKind.Number, "Api.NotWholeNumber") is not { } value)
            {
                return null;
            }

            if (value.TryGetInt64(out var amount))
            {
                return amount;
            }

            _errors.TryAdd(name, framesText["Api.NotWholeNumber", name]);
            return null;
        }

        public void Add(IEnumerable<FieldError> errors)
        {
            foreach (var error in errors)
            {
                _errors.TryAdd(JsonNamingPolicy.CamelCase.ConvertName(error.Field), FormErrors.Text(error, framesText));
            }
        }

        public IResult? Problem() =>
            _errors.Count == 0
                ? null
                : Results.ValidationProblem(_errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: _errors.Values.First());

        /// <summary>The field when it has the given kind; null when it is absent or null; an error naming it otherwise.</summary>
        private JsonElement? Read(string name, JsonValueKind kind, string wrongKindKey)
        {
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == kind)
            {
                return value;
            }

            _errors.TryAdd(name, framesText[wrongKindKey, name]);
            return null;
        }
    }
}
