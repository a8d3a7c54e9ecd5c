using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Sessions;

public sealed record BlockDto(Guid Id, string Title, string? MethodId, string Purpose, int Minutes, string? LeadId, string Materials, bool Break, bool RelationBuilding)
{
    public static BlockDto From(AgendaBlock b) => new(b.Id, b.Title, b.MethodId, b.Purpose, b.Minutes, b.LeadUserId, b.Materials, b.IsBreak, b.RelationBuilding);
}

/// <summary>A session as the API shows it; <c>version</c> goes back with a PUT, and <c>warnings</c> are read-only.</summary>
public sealed record SessionDto(
    Guid Id,
    string Title,
    string Purpose,
    string Kind,
    string? Phase,
    DateOnly Date,
    string Start,
    string End,
    Guid? VenueId,
    string? FacilitatorId,
    string? HostId,
    IReadOnlyDictionary<string, int> Expected,
    string Status,
    bool RelationBuilding,
    Guid Version,
    int LengthMinutes,
    int TotalMinutes,
    IReadOnlyList<BlockDto> Blocks,
    IReadOnlyList<PlanWarningDto> Warnings);

/// <summary>The sessions' part of GET /api/v1/projects/{id}: only for members, as the sessions are theirs to plan.</summary>
public sealed class SessionsApiPart(AppDbContext db) : IProjectApiPart
{
    public async Task AddToAsync(ProjectScope scope, IDictionary<string, object?> project, CancellationToken cancellationToken)
    {
        if (scope.IsExternalPartner)
        {
            return;
        }

        project["sessions"] = await db.Sessions.AsNoTracking().Where(s => s.ProjectId == scope.Id).OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new { s.Id, s.Title, s.Date, Status = s.Status.ToString().ToLower() })
            .ToListAsync(cancellationToken);
    }
}

/// <summary>GET/POST/PUT/DELETE /api/v1/projects/{id}/sessions[/{sessionId}], with the agenda's blocks inside the session.</summary>
public static class SessionsProjectApi
{
    private static readonly string[] _fields =
        ["title", "purpose", "kind", "phase", "date", "start", "end", "venueId", "facilitatorId", "hostId", "expected", "status", "relationBuilding", "blocks", "version", "id", "warnings", "lengthMinutes", "totalMinutes"];

    private static readonly string[] _blockFields = ["id", "title", "methodId", "purpose", "minutes", "leadId", "materials", "break", "relationBuilding"];

    public static IEndpointRouteBuilder MapSessionsProjectApi(this IEndpointRouteBuilder endpoints)
    {
        var project = endpoints.MapProjectApi();
        project.MapGet("/sessions", ListAsync).Defaults("ListSessions").Produces<IReadOnlyList<SessionDto>>();
        project.MapGet("/sessions/{sessionId:guid}", GetAsync).Defaults("GetSession").Produces<SessionDto>();
        project.MapPost("/sessions", AddAsync).Defaults("AddSession").Produces<SessionDto>(StatusCodes.Status201Created);
        project.MapPut("/sessions/{sessionId:guid}", ChangeAsync).Defaults("ChangeSession").Produces<SessionDto>().ProducesProblem(StatusCodes.Status409Conflict);
        project.MapDelete("/sessions/{sessionId:guid}", DeleteAsync).Defaults("DeleteSession").Produces(StatusCodes.Status204NoContent);
        return endpoints;
    }

    private static RouteHandlerBuilder Defaults(this RouteHandlerBuilder builder, string name) =>
        builder.RequireAuthorization(Policies.OrganizationMember).WithTags("Sessions").WithName(name)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ListAsync(ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ProjectId == scope.Id).OrderBy(s => s.Date).ThenBy(s => s.Start).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var blocks = (await db.AgendaBlocks.AsNoTracking().Where(b => ids.Contains(b.SessionId)).OrderBy(b => b.Position).ToListAsync(cancellationToken)).ToLookup(b => b.SessionId);
        var venueIds = sessions.Select(s => s.VenueId).OfType<Guid>().Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return Results.Ok(sessions.Select(s => Dto(s, [.. blocks[s.Id]], s.VenueId is { } v ? venues.GetValueOrDefault(v) : null, sessionsText)).ToList());
    }

    private static async Task<IResult> GetAsync(Guid sessionId, ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken) =>
        await SessionData.FindAsync(db, scope.Id, sessionId, cancellationToken) is { } session
            ? Results.Ok(await DtoAsync(db, session, sessionsText, cancellationToken))
            : NotFound(sessionsText);

    private static async Task<IResult> AddAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        if (!scope.CanEdit)
        {
            return ReadOnly(sessionsText);
        }

        var (read, problem) = await ReadAsync(request, scope, db, sessionsText, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (await db.Sessions.CountAsync(s => s.ProjectId == scope.Id, cancellationToken) >= Session.MaxPerProject)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: sessionsText["Session.Error.TooMany", NumberText.Of(Session.MaxPerProject)]);
        }

        var session = new Session { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
        SessionRules.Apply(read!.Session, session);
        db.Sessions.Add(session);
        ReplaceBlocks(db, session, [], read.Blocks ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Created(SessionsRoutes.Api(scope.Id, session.Id), await DtoAsync(db, session, sessionsText, cancellationToken));
    }

    private static async Task<IResult> ChangeAsync(
        Guid sessionId, HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, sessionId, cancellationToken);
        if (session is null)
        {
            return NotFound(sessionsText);
        }

        if (!scope.CanEdit)
        {
            return ReadOnly(sessionsText);
        }

        var (read, problem) = await ReadAsync(request, scope, db, sessionsText, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (read!.Version is not { } version)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [sessionsText["Api.VersionRequired"]] }, title: sessionsText["Api.VersionRequired"]);
        }

        SessionRules.Apply(read.Session, session);
        if (read.Blocks is { } blocks)
        {
            ReplaceBlocks(db, session, await SessionData.BlocksAsync(db, session.Id, cancellationToken), blocks);
        }

        if (!await SessionWrites.SaveIfUnchangedAsync(db, session, version, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: sessionsText["Api.Conflict"]);
        }

        return Results.Ok(await DtoAsync(db, session, sessionsText, cancellationToken));
    }

    private static async Task<IResult> DeleteAsync(Guid sessionId, ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.ProjectId == scope.Id, cancellationToken))
        {
            return NotFound(sessionsText);
        }

        if (!scope.CanEdit)
        {
            return ReadOnly(sessionsText);
        }

        await SessionWrites.DeleteAsync(db, scope.Id, sessionId, cancellationToken);
        return Results.NoContent();
    }

    /// <summary>
    /// Makes the agenda the given blocks, in order. A block that names the id of one of the session's
    /// blocks keeps that id; the others are new, and blocks left out are removed.
    /// </summary>
    private static void ReplaceBlocks(AppDbContext db, Session session, List<AgendaBlock> stored, IReadOnlyList<(Guid? Id, CheckedBlock Block)> wanted)
    {
        var byId = stored.ToDictionary(b => b.Id);
        var kept = new HashSet<Guid>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var (id, input) = wanted[i];
            if (id is { } existing && byId.TryGetValue(existing, out var block) && kept.Add(existing))
            {
                BlockRules.Apply(input, block);
                block.Position = i;
                continue;
            }

            var added = new AgendaBlock { OrganizationId = session.OrganizationId, ProjectId = session.ProjectId, SessionId = session.Id, Position = i };
            BlockRules.Apply(input, added);
            db.AgendaBlocks.Add(added);
        }

        db.AgendaBlocks.RemoveRange(stored.Where(b => !kept.Contains(b.Id)));
    }

    private static async Task<SessionDto> DtoAsync(AppDbContext db, Session session, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        var blocks = await db.AgendaBlocks.AsNoTracking().Where(b => b.SessionId == session.Id).OrderBy(b => b.Position).ToListAsync(cancellationToken);
        var venue = session.VenueId is { } venueId ? await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId, cancellationToken) : null;
        return Dto(session, blocks, venue, sessionsText);
    }

    private static SessionDto Dto(Session s, IReadOnlyList<AgendaBlock> blocks, Venue? venue, IStringLocalizer<SessionsText> sessionsText)
    {
        var plan = SessionData.Plan(s, blocks);
        return new SessionDto(
            s.Id, s.Title, s.Purpose, SessionWords.Word(s.Kind), s.Phase, s.Date, DateText.ClockTime(s.Start), DateText.ClockTime(s.End),
            s.VenueId, s.FacilitatorUserId, s.HostUserId, s.Expected, SessionWords.Word(s.Status), s.RelationBuilding, s.Version,
            plan.LengthMinutes, plan.TotalMinutes, [.. blocks.Select(BlockDto.From)], SessionsApi.Worded(SessionData.Warnings(s, plan, venue), sessionsText));
    }

    private static IResult ReadOnly(IStringLocalizer<SessionsText> sessionsText) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: sessionsText["Api.ReadOnly"]);

    private static IResult NotFound(IStringLocalizer<SessionsText> sessionsText) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: sessionsText["Api.NotFound"]);

    private sealed record ReadSession(CheckedSession Session, IReadOnlyList<(Guid? Id, CheckedBlock Block)>? Blocks, Guid? Version);

    /// <summary>Reads and checks the body: every error is named by its JSON path, "blocks[3].minutes".</summary>
    private static async Task<(ReadSession? Read, IResult? Problem)> ReadAsync(
        HttpRequest request, ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText, CancellationToken cancellationToken)
    {
        if (await JsonBody.ReadObjectAsync(request) is not { } body)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: sessionsText["Api.BadBody"]));
        }

        var shape = new Dictionary<string, string[]>();
        body.NameUnknownFields(_fields, shape, sessionsText);

        var input = new SessionInput
        {
            Title = body.Text("title", shape, sessionsText),
            Purpose = body.Text("purpose", shape, sessionsText),
            Kind = body.Text("kind", shape, sessionsText),
            Phase = body.Text("phase", shape, sessionsText),
            Date = body.Text("date", shape, sessionsText),
            Start = body.Text("start", shape, sessionsText),
            End = body.Text("end", shape, sessionsText),
            VenueId = body.Text("venueId", shape, sessionsText),
            FacilitatorId = body.Text("facilitatorId", shape, sessionsText),
            HostId = body.Text("hostId", shape, sessionsText),
            Status = body.Text("status", shape, sessionsText),
            RelationBuilding = SessionsApi.Flag(body, "relationBuilding", shape, sessionsText),
            Expected = Expected(body, shape, sessionsText),
        };
        Guid? version = null;
        if (body.Text("version", shape, sessionsText) is { } versionText)
        {
            if (Guid.TryParse(versionText, out var parsed))
            {
                version = parsed;
            }
            else
            {
                shape["version"] = [sessionsText["Api.VersionRequired"]];
            }
        }

        var blockInputs = Blocks(body, shape, sessionsText);
        if (shape.Count > 0)
        {
            return (null, Results.ValidationProblem(shape, title: shape.Values.First()[0]));
        }

        var errors = new List<FieldError>();
        var (sessionErrors, session) = SessionRules.Check(input, await SessionData.ContextAsync(db, scope, cancellationToken));
        errors.AddRange(sessionErrors.Select(e => e.Field.StartsWith("Expected[", StringComparison.Ordinal) ? e with { Field = "expected." + e.Field[9..^1] } : e));
        List<(Guid?, CheckedBlock)>? blocks = null;
        if (blockInputs is not null)
        {
            blocks = [];
            var context = await SessionData.BlockContextAsync(db, scope, cancellationToken);
            for (var i = 0; i < blockInputs.Count; i++)
            {
                var (blockErrors, block) = BlockRules.Check(blockInputs[i].Input, context);
                errors.AddRange(blockErrors.Select(e => e with { Field = $"blocks[{i}].{JsonNamingPolicy.CamelCase.ConvertName(e.Field == nameof(BlockInput.Break) ? "break" : e.Field)}" }));
                if (block is not null)
                {
                    blocks.Add((blockInputs[i].Id, block));
                }
            }
        }

        return errors.Count > 0 ? (null, JsonBody.FieldProblem(errors, sessionsText)) : (new ReadSession(session!, blocks, version), null);
    }

    private static Dictionary<string, string?> Expected(JsonElement body, Dictionary<string, string[]> shape, IStringLocalizer sessionsText)
    {
        var expected = new Dictionary<string, string?>();
        if (!body.TryGetProperty("expected", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return expected;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            shape["expected"] = [sessionsText["Api.NotObject", "expected"]];
            return expected;
        }

        foreach (var kind in value.EnumerateObject())
        {
            if (kind.Value.ValueKind == JsonValueKind.Number && kind.Value.TryGetInt32(out var count))
            {
                expected[kind.Name] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                shape[$"expected.{kind.Name}"] = [sessionsText["Api.NotNumber", kind.Name]];
            }
        }

        return expected;
    }

    private static List<(Guid? Id, BlockInput Input)>? Blocks(JsonElement body, Dictionary<string, string[]> shape, IStringLocalizer sessionsText)
    {
        if (!body.TryGetProperty("blocks", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            shape["blocks"] = [sessionsText["Api.BlocksNotList"]];
            return null;
        }

        if (value.GetArrayLength() > AgendaRules.MaxBlocks)
        {
            shape["blocks"] = [sessionsText["Api.TooManyBlocks", NumberText.Of(AgendaRules.MaxBlocks)]];
            return null;
        }

        var blocks = new List<(Guid?, BlockInput)>();
        var index = 0;
        foreach (var block in value.EnumerateArray())
        {
            var key = $"blocks[{index++}]";
            if (block.ValueKind != JsonValueKind.Object)
            {
                shape[key] = [sessionsText["Api.BlockNotObject"]];
                continue;
            }

            block.NameUnknownFields(_blockFields, shape, sessionsText, $"{key}.");

            var fieldErrors = new Dictionary<string, string[]>();
            var input = new BlockInput
            {
                Title = block.Text("title", fieldErrors, sessionsText),
                MethodId = block.Text("methodId", fieldErrors, sessionsText),
                Purpose = block.Text("purpose", fieldErrors, sessionsText),
                LeadId = block.Text("leadId", fieldErrors, sessionsText),
                Materials = block.Text("materials", fieldErrors, sessionsText),
                Break = SessionsApi.Flag(block, "break", shape, sessionsText, key),
                RelationBuilding = SessionsApi.Flag(block, "relationBuilding", shape, sessionsText, key),
            };
            if (block.TryGetProperty("minutes", out var minutes) && minutes.ValueKind != JsonValueKind.Null)
            {
                // Any number goes on to the rules, which name the range; only a non-number is a shape error.
                if (minutes.ValueKind == JsonValueKind.Number)
                {
                    input.Minutes = minutes.TryGetInt32(out var whole) ? whole.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-1";
                }
                else
                {
                    shape[$"{key}.minutes"] = [sessionsText["Api.NotNumber", "minutes"]];
                }
            }

            foreach (var (field, messages) in fieldErrors)
            {
                shape[$"{key}.{field}"] = messages;
            }

            Guid? id = null;
            if (block.Text("id", fieldErrors, sessionsText) is { } idText && Guid.TryParse(idText, out var parsedId))
            {
                id = parsedId;
            }

            blocks.Add((id, input));
        }

        return blocks;
    }
}
