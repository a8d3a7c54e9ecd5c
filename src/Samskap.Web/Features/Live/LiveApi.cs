using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Infrastructure.Api;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Live;

/// <summary>The facilitator's API of live mode, with a cookie or a personal access token, under the session.</summary>
public static class LiveApi
{
    private static readonly string[] _activityFields = ["kind", "title", "options", "dots", "categories", "sourceActivityId"];
    private static readonly string[] _mergeFields = ["into"];

    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder endpoints)
    {
        var project = endpoints.MapProjectApi();
        project.MapPost("/sessions/{sessionId:guid}/live", StartAsync).Defaults("StartLive").Produces<LiveStartedDto>();
        project.MapGet("/sessions/{sessionId:guid}/live", GetAsync).Defaults("GetLive").Produces<LiveStartedDto>();
        project.MapDelete("/sessions/{sessionId:guid}/live", EndAsync).Defaults("EndLive").Produces(StatusCodes.Status204NoContent);
        project.MapGet("/sessions/{sessionId:guid}/live/activities", ActivitiesAsync).Defaults("ListLiveActivities").Produces<IReadOnlyList<ActivityDto>>();
        project.MapPost("/sessions/{sessionId:guid}/live/activities", AddActivityAsync).Defaults("AddLiveActivity").Produces<OperationDto>(StatusCodes.Status201Created);
        project.MapPost("/sessions/{sessionId:guid}/live/activities/{activityId:guid}/{change:regex(^(open|close|reveal)$)}", ActivityAsync)
            .Defaults("ChangeLiveActivity").Produces<ActivityDto>();
        project.MapPost("/sessions/{sessionId:guid}/live/contributions/{contributionId:guid}/{moderation:regex(^(hide|show|pin|unpin|merge)$)}", ModerateAsync)
            .Defaults("ModerateLiveContribution").Produces(StatusCodes.Status204NoContent);
        project.MapGet("/sessions/{sessionId:guid}/contributions", ContributionsAsync).Defaults("ListLiveContributions").Produces<IReadOnlyList<ContributionDto>>();
        return endpoints;
    }

    private static RouteHandlerBuilder Defaults(this RouteHandlerBuilder builder, string name) =>
        builder.RequireAuthorization(Policies.OrganizationMember).WithTags("Live").WithName(name)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> StartAsync(
        Guid sessionId, HttpRequest request, ProjectScope scope, AppDbContext db, TenantContext tenant, LiveFacilitation live, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (await EditableSessionAsync(sessionId, scope, db, liveText, cancellationToken) is var (session, problem) && problem is not null)
        {
            return problem;
        }

        var started = await live.StartAsync(session!, tenant.UserId!, cancellationToken);
        return started.Refusal is { } refusal
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: LiveRefusals.Message(refusal, liveText))
            : Results.Ok(Started(started.Value!, request));
    }

    private static async Task<IResult> GetAsync(Guid sessionId, HttpRequest request, ProjectScope scope, AppDbContext db, LiveFacilitation live, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (await EditableSessionAsync(sessionId, scope, db, liveText, cancellationToken) is var (_, problem) && problem is not null)
        {
            return problem;
        }

        return await live.RoomAsync(sessionId, cancellationToken) is { } room ? Results.Ok(Started(room, request)) : NotLive(liveText);
    }

    private static async Task<IResult> EndAsync(Guid sessionId, ProjectScope scope, AppDbContext db, LiveFacilitation live, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (await EditableSessionAsync(sessionId, scope, db, liveText, cancellationToken) is var (session, problem) && problem is not null)
        {
            return problem;
        }

        return await live.EndAsync(session!, cancellationToken) ? Results.NoContent() : NotLive(liveText);
    }

    private static async Task<IResult> AddActivityAsync(
        Guid sessionId, HttpRequest request, ProjectScope scope, AppDbContext db, LiveFacilitation live, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (await EditableSessionAsync(sessionId, scope, db, liveText, cancellationToken) is var (session, problem) && problem is not null)
        {
            return problem;
        }

        using var document = await JsonBody.ReadObjectDocumentAsync(request);
        if (document is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: liveText["Api.BadBody"]);
        }

        var body = document.RootElement;
        var errors = new Dictionary<string, string[]>();
        body.NameUnknownFields(_activityFields, errors, liveText);

        var kindWord = body.Text("kind", errors, liveText);
        var title = body.Text("title", errors, liveText);
        var options = Texts(body, "options", errors, liveText);
        var categories = Texts(body, "categories", errors, liveText);
        int? dots = null;
        if (body.TryGetProperty("dots", out var dotsValue) && dotsValue.ValueKind != JsonValueKind.Null)
        {
            if (dotsValue.ValueKind == JsonValueKind.Number && dotsValue.TryGetInt32(out var parsed))
            {
                dots = parsed;
            }
            else
            {
                errors["dots"] = [liveText["Refusal.dots-allowed"]];
            }
        }

        Guid? source = null;
        if (body.Text("sourceActivityId", errors, liveText) is { } sourceText)
        {
            if (Guid.TryParse(sourceText, out var parsedSource))
            {
                source = parsedSource;
            }
            else
            {
                errors["sourceActivityId"] = [liveText["Refusal.source-activity"]];
            }
        }

        if (!LiveWords.TryParseKind(kindWord, out var kind) && !errors.ContainsKey("kind"))
        {
            errors["kind"] = [liveText["Api.Kind", string.Join(", ", LiveWords.ActivityKinds.Select(LiveWords.Word))]];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: errors.Values.First()[0]);
        }

        var added = await live.AddActivityAsync(session!, kind, title, options, dots, categories, source, null, cancellationToken);
        return added.Refusal is { } refusal
            ? Refused(refusal, liveText)
            : Results.Created(LiveRoutes.ActivityApi(scope.Id, sessionId, added.Value!.Id, "open"), new OperationDto(added.Value.Id));
    }

    private static async Task<IResult> ActivitiesAsync(Guid sessionId, ProjectScope scope, AppDbContext db, LiveReads reads, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.ProjectId == scope.Id, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: liveText["Api.SessionNotFound"]);
        }

        return Results.Ok(await reads.ActivitiesAsync(sessionId, includeReady: true, cancellationToken));
    }

    private static async Task<IResult> ActivityAsync(
        Guid sessionId, Guid activityId, string change, ProjectScope scope, AppDbContext db, LiveFacilitation live, LiveReads reads, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (await EditableSessionAsync(sessionId, scope, db, liveText, cancellationToken) is var (_, problem) && problem is not null)
        {
            return problem;
        }

        var activity = await live.ActivityAsync(sessionId, activityId, cancellationToken);
        if (activity is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: liveText["Refusal.activity-unknown"]);
        }

        switch (change)
        {
            case "open":
                if (await live.OpenAsync(activity, cancellationToken) is { } refusal)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: LiveRefusals.Message(refusal, liveText));
                }

                break;
            case "close":
                await live.CloseAsync(activity, cancellationToken);
                break;
            default:
                return Results.Ok(await live.RevealAsync(activity, cancellationToken));
        }

        return Results.Ok(LiveReads.Dto(activity, activity.SourceActivityId is { } ideas ? await reads.IdeaTargetsAsync(ideas, cancellationToken) : null));
    }

    private static async Task<IResult> ModerateAsync(
        Guid sessionId, Guid contributionId, string moderation, HttpRequest request, ProjectScope scope, AppDbContext db, LiveFacilitation live, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (await EditableSessionAsync(sessionId, scope, db, liveText, cancellationToken) is var (_, problem) && problem is not null)
        {
            return problem;
        }

        var contribution = await live.ContributionAsync(sessionId, contributionId, cancellationToken);
        if (contribution is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: liveText["Refusal.contribution-unknown"]);
        }

        switch (moderation)
        {
            case "hide" or "show":
                await live.HideAsync(contribution, moderation == "hide", cancellationToken);
                break;
            case "pin" or "unpin":
                await live.PinAsync(contribution, moderation == "pin", cancellationToken);
                break;
            default:
                using (var document = await JsonBody.ReadObjectDocumentAsync(request))
                {
                    var errors = new Dictionary<string, string[]>();
                    if (document is null)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: liveText["Api.BadBody"]);
                    }

                    document.RootElement.NameUnknownFields(_mergeFields, errors, liveText);

                    var intoText = document.RootElement.Text("into", errors, liveText);
                    if (!Guid.TryParse(intoText, out var into))
                    {
                        errors.TryAdd("into", [liveText["Refusal.merge-target"]]);
                    }

                    if (errors.Count > 0)
                    {
                        return Results.ValidationProblem(errors, title: errors.Values.First()[0]);
                    }

                    if (await live.MergeAsync(contribution, into, cancellationToken) is { } refusal)
                    {
                        return Refused(refusal, liveText);
                    }
                }

                break;
        }

        return Results.NoContent();
    }

    private static async Task<IResult> ContributionsAsync(Guid sessionId, ProjectScope scope, AppDbContext db, LiveReads reads, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.ProjectId == scope.Id, cancellationToken))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: liveText["Api.SessionNotFound"]);
        }

        return Results.Ok(await reads.ContributionsAsync(sessionId, null, onlyOnWall: false, cancellationToken));
    }

    private static LiveStartedDto Started(LiveRoomView room, HttpRequest request)
    {
        var site = LiveRoutes.SiteUrl(request);
        return new LiveStartedDto(room.Code, site + LiveRoutes.JoinWith(room.Code), site + LiveRoutes.Presenter(room.PresenterToken));
    }

    /// <summary>The session of the project, tracked, when the caller may run it; else the problem to answer.</summary>
    private static async Task<(Session? Session, IResult? Problem)> EditableSessionAsync(Guid sessionId, ProjectScope scope, AppDbContext db, IStringLocalizer<LiveText> liveText, CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, sessionId, cancellationToken);
        if (session is null)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status404NotFound, title: liveText["Api.SessionNotFound"]));
        }

        return scope.CanEdit ? (session, null) : (null, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: liveText["Api.ReadOnly"]));
    }

    private static IResult NotLive(IStringLocalizer<LiveText> liveText) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: liveText["Refusal.not-live"]);

    private static IResult Refused(LiveRefusal refusal, IStringLocalizer<LiveText> liveText) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [refusal.Field] = [LiveRefusals.Message(refusal, liveText)] }, title: LiveRefusals.Message(refusal, liveText));

    /// <summary>A list of texts, or null when absent; anything else is named in <paramref name="errors"/>.</summary>
    private static List<string?>? Texts(JsonElement body, string field, Dictionary<string, string[]> errors, IStringLocalizer liveText)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            errors[field] = [liveText["Api.NotTexts", field]];
            return null;
        }

        return [.. value.EnumerateArray().Select(item => item.GetString())];
    }
}
