using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Actions;

public sealed record ActionDto(Guid Id, string Title, string OwnerId, DateOnly Due, string Status, Guid? DecisionId, string? Point)
{
    public static ActionDto From(ProjectAction a) => new(a.Id, a.Title, a.OwnerUserId, a.Due, ActionRules.Word(a.Status), a.DecisionId, a.Point);
}

/// <summary>The actions' part of GET /api/v1/projects/{id}.</summary>
public sealed class ActionsApiPart(AppDbContext db) : IProjectApiPart
{
    public async Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken) =>
        project["actions"] = (await db.ProjectActions.AsNoTracking().Where(a => a.ProjectId == scope.Id).OrderBy(a => a.Due).ToListAsync(cancellationToken))
            .Select(ActionDto.From).ToList();
}

public static class ActionsApi
{
    public static IEndpointRouteBuilder MapActionsApi(this IEndpointRouteBuilder endpoints)
    {
        var project = endpoints.MapProjectApi();
        project.MapGet("/actions", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                (await db.ProjectActions.AsNoTracking().Where(a => a.ProjectId == scope.Id).OrderBy(a => a.Due).ToListAsync(cancellationToken)).Select(ActionDto.From).ToList())
            .Defaults("ListActions", Policies.ProjectPerson).Produces<IReadOnlyList<ActionDto>>();
        project.MapGet("/actions/{actionId:guid}", async (Guid actionId, ProjectScope scope, AppDbContext db, IStringLocalizer<ActionsText> actionsText, CancellationToken cancellationToken) =>
                await db.ProjectActions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId && a.ProjectId == scope.Id, cancellationToken) is { } action
                    ? Results.Ok(ActionDto.From(action))
                    : NotFound(actionsText))
            .Defaults("GetAction", Policies.ProjectPerson).Produces<ActionDto>();
        project.MapPost("/actions", AddAsync).Defaults("AddAction").Produces<ActionDto>(StatusCodes.Status201Created);
        project.MapPut("/actions/{actionId:guid}", ChangeAsync).Defaults("ChangeAction", Policies.ProjectPerson).Produces<ActionDto>();
        project.MapDelete("/actions/{actionId:guid}", DeleteAsync).Defaults("DeleteAction").Produces(StatusCodes.Status204NoContent);
        return endpoints;
    }

    /// <summary>External partners read the actions and change those they own or take on; only members add and remove them.</summary>
    private static RouteHandlerBuilder Defaults(this RouteHandlerBuilder builder, string name, string policy = Policies.OrganizationMember) =>
        builder.RequireAuthorization(policy).WithTags("Actions").WithName(name)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> AddAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<ActionsText> actionsText, CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return ReadOnly(actionsText);
        }

        var (action, problem) = await ReadAsync(request, scope, db, actionsText, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await db.ProjectActions.CountAsync(a => a.ProjectId == scope.Id, cancellationToken) >= ProjectAction.MaxPerProject)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: actionsText["Error.TooMany", NumberText.Of(ProjectAction.MaxPerProject)]);
        }

        var stored = ActionContextLoader.Create(action!, tenant.OrganizationId, scope.Id, clock.GetUtcNow().UtcDateTime);
        db.ProjectActions.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(ActionsRoutes.Api(scope.Id, stored.Id), ActionDto.From(stored));
    }

    private static async Task<IResult> ChangeAsync(
        Guid actionId, HttpRequest request, ProjectScope scope, AppDbContext db, TimeProvider clock, IStringLocalizer<ActionsText> actionsText, CancellationToken cancellationToken)
    {
        var stored = await db.ProjectActions.FirstOrDefaultAsync(a => a.Id == actionId && a.ProjectId == scope.Id, cancellationToken);
        if (stored is null)
        {
            return NotFound(actionsText);
        }

        if (!scope.CanContribute)
        {
            return ReadOnly(actionsText);
        }

        var (action, problem) = await ReadAsync(request, scope, db, actionsText, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!ActionRules.MayChange(scope.IsExternalPartner, request.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, stored.OwnerUserId, action!.OwnerId))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: actionsText["Api.NotYours"]);
        }

        ActionContextLoader.Apply(action!, stored, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(ActionDto.From(stored));
    }

    private static async Task<IResult> DeleteAsync(Guid actionId, ProjectScope scope, AppDbContext db, IStringLocalizer<ActionsText> actionsText, CancellationToken cancellationToken)
    {
        if (!await db.ProjectActions.AnyAsync(a => a.Id == actionId && a.ProjectId == scope.Id, cancellationToken))
        {
            return NotFound(actionsText);
        }

        if (!scope.CanEdit)
        {
            return ReadOnly(actionsText);
        }

        await db.ProjectActions.Where(a => a.Id == actionId && a.ProjectId == scope.Id).DeleteInProjectAsync(db, scope.Id, cancellationToken);
        return Results.NoContent();
    }

    private static IResult ReadOnly(IStringLocalizer<ActionsText> actionsText) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: actionsText["Api.ReadOnly"]);

    private static IResult NotFound(IStringLocalizer<ActionsText> actionsText) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: actionsText["Api.NotFound"]);

    private static async Task<(CheckedAction? Action, IResult? Problem)> ReadAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<ActionsText> actionsText, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadObjectAsync(request) is not { } body)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: actionsText["Api.BadBody"]));
        }

        var shape = new Dictionary<string, string[]>();
        var input = new ActionInput
        {
            Title = body.Text("title", shape, actionsText),
            OwnerId = body.Text("ownerId", shape, actionsText),
            Due = body.Text("due", shape, actionsText),
            Status = body.Text("status", shape, actionsText),
            DecisionId = body.Text("decisionId", shape, actionsText),
            Point = body.Text("point", shape, actionsText),
        };
        if (shape.Count > 0)
        {
            return (null, Results.ValidationProblem(shape, title: shape.Values.First()[0]));
        }

        var (context, _) = await ActionContextLoader.LoadAsync(db, scope, cancellationToken);
        var (errors, action) = ActionRules.Check(input, context);
        if (action is null)
        {
            return (null, JsonBody.FieldProblem(errors, actionsText));
        }

        return (action, null);
    }
}
