using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samskap.BrowserTests.Support;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Report;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.BrowserTests.Features.Shared;

/// <summary>
/// As someone who reads Samskap on a phone, or on a laptop zoomed to 400 %, I never scroll sideways:
/// at 320 and 390 CSS px every page the app has — signed out and signed in, with its results, its
/// errors and its empty states — fits the screen, no text is cut off, and every control lies on the
/// screen where I can tap it (WCAG 2.1 1.4.10 Reflow). A wide table may scroll on its own, in a
/// focusable, labelled region.
/// </summary>
public sealed class EveryPageFitsAPhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly (ViewportSize Screen, bool Phone)[] _screens = [(BrowserApp.Zoomed, false), (BrowserApp.Phone, true)];

    [Fact]
    public async Task Every_page_fits_a_320_and_a_390_px_screen_signed_out_and_signed_in_in_each_of_its_states()
    {
        var problems = new List<string>();

        // Setup exists only while the app has no user, so its visits come before anything is arranged.
        List<Visit> setup =
        [
            new("/setup", "setup", "/setup", Who.SignedOut),
            new("/setup", "setup with errors", "/setup", Who.SignedOut, Submit("main form button[type=submit]")),
        ];
        foreach (var (screen, phone) in _screens)
        {
            await using var story = await app.StartStoryAsync("Reflow", screen, phone);
            await VisitAllAsync(story, setup, Who.SignedOut, screen.Width, problems);
        }

        var world = await World.ArrangeAsync(app.Factory);
        var visits = Visits(world);
        var pages = PageRoutes();
        var routes = pages.Keys.ToList();
        var visited = setup.Concat(visits).Select(visit => visit.Route).Distinct().ToList();
        Assert.True(routes.Except(visited).ToList() is [], "Add reflow visits for these pages: " + string.Join(", ", routes.Except(visited)));
        Assert.True(visited.Except(routes).ToList() is [], "These visits name routes the app no longer has: " + string.Join(", ", visited.Except(routes)));

        foreach (var (screen, phone) in _screens)
        {
            await using var story = await app.StartStoryAsync("Reflow", screen, phone);
            // Signed out, a page for members only is the sign-in page: one such visit (below) stands for them all.
            await VisitAllAsync(story, visits.Where(visit => visit.Who == Who.SignedOut || pages[visit.Route]), Who.SignedOut, screen.Width, problems);
            await story.SignInAsync(world.Admin.Email!);
            await VisitAllAsync(story, visits, Who.SignedIn, screen.Width, problems);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) keep pages from fitting the screen:\n" + string.Join("\n", problems));
    }

    private static async Task VisitAllAsync(Story story, IEnumerable<Visit> visits, Who who, int width, List<string> problems)
    {
        var page = story.Page;
        var headerChecked = false;
        foreach (var visit in visits.Where(v => v.Who == Who.Both || v.Who == who))
        {
            var label = $"{width} px, {(who == Who.SignedIn ? "signed in" : "signed out")}, {visit.Name}";
            try
            {
                await page.GotoAsync(visit.Path);
                if (visit.Act is not null)
                {
                    await visit.Act(page);
                }

                await page.WaitForLoadStateAsync(LoadState.Load);
            }
            catch (PlaywrightException error)
            {
                problems.Add($"- {label}: the state could not be reached: {error.Message.Split('\n')[0]}");
                continue;
            }
            catch (TimeoutException error)
            {
                problems.Add($"- {label}: the state could not be reached: {error.Message.Split('\n')[0]}");
                continue;
            }

            label += $" ({page.Path()})";
            problems.AddRange((await Reflow.ProblemsAsync(page)).Select(problem => $"- {label}: {problem}"));
            if (!headerChecked)
            {
                // The header's menus once per screen and sign-in state, opened: everything in them fits as well.
                headerChecked = true;
                await page.EvaluateAsync("() => document.querySelectorAll('header details').forEach(menu => menu.open = true)");
                problems.AddRange((await Reflow.ProblemsAsync(page)).Select(problem => $"- {label}, the header's menus open: {problem}"));
                await page.EvaluateAsync("() => document.querySelectorAll('header details').forEach(menu => menu.open = false)");
            }

            var narrowestSignedIn = width == BrowserApp.Zoomed.Width && who == Who.SignedIn;
            if (visit.Axe && narrowestSignedIn)
            {
                // The pages whose tables turn into cards are checked by axe in that shape as well.
                try
                {
                    await Accessibility.AssertAccessibleAsync(page);
                }
                catch (Xunit.Sdk.XunitException error)
                {
                    problems.Add($"- {label}: {error.Message}");
                }
            }

            if (visit.Screenshot is { } name && narrowestSignedIn)
            {
                Directory.CreateDirectory(Path.Combine(TestOutput.Folder, "screenshots"));
                await page.ScreenshotAsync(new() { Path = Path.Combine(TestOutput.Folder, "screenshots", $"{name}-{width}.png"), FullPage = true });
            }
        }
    }

    /// <summary>The route template of every Razor page the app has, as "/projects/{id:guid}", and whether it lets anyone in.</summary>
    private Dictionary<string, bool> PageRoutes() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .DistinctBy(endpoint => endpoint.RoutePattern.RawText)
            .ToDictionary(
                endpoint => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/'),
                endpoint => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null);

    /// <summary>Every page in each of its states, under its route template; the states reached by a form post through it.</summary>
    private static List<Visit> Visits(World world)
    {
        var project = world.Project.Id;
        var archived = world.Archived.Id;
        const string CoCreation = $"{ApproachRules.NewKnowledgeNeeded}=yes&{ApproachRules.OthersHoldKnowledge}=yes&{ApproachRules.ExpertOrRegulated}=no&{ApproachRules.Mandate}=yes";
        string[] approaches =
        [
            $"{ApproachRules.KnowledgeExists}=yes",
            $"{ApproachRules.ImprovedByInvolvement}=yes&{ApproachRules.KnowledgeExists}=no",
            $"{CoCreation}&{ApproachRules.OpenOutcomeAccepted}=yes&{ApproachRules.ResourcesSecured}=yes",
            $"{CoCreation}&{ApproachRules.OpenOutcomeAccepted}=no&{ApproachRules.ResourcesSecured}=no",
            $"{CoCreation}&{ApproachRules.OpenOutcomeAccepted}=unsure&{ApproachRules.ResourcesSecured}=unsure",
        ];
        const string BadAnswer = $"{ApproachRules.KnowledgeExists}=kanskje";
        const string Round = "/projects/{id:guid}/readiness/rounds/{roundId:guid}";
        const string Answer = "/readiness/answer/{token}/{step?}";

        return
        [
            new("/", "front page", "/"),
            new("/accessibility", "accessibility statement", "/accessibility"),
            new("/competence", "competence", "/competence"),
            new("/competence/paradigms", "paradigms", "/competence/paradigms", Axe: true),
            new("/competence/knowledge", "knowledge", "/competence/knowledge"),
            new("/competence/core-elements", "core elements", "/competence/core-elements"),
            new("/competence/prerequisites", "prerequisites", "/competence/prerequisites"),
            new("/competence/rule", "the rule", "/competence/rule"),
            new("/competence/sources", "sources", "/competence/sources"),
            new("/setup", "setup once done (404)", "/setup"),
            new("/account/sign-in", "sign-in", AccountRoutes.SignIn, Who.SignedOut),
            new("/account/sign-in", "sign-in with errors", AccountRoutes.SignIn, Who.SignedOut, Submit("main form button[type=submit]", ("#Input_Email", "finnes.ikke@example.no"), ("#Input_Password", "feil passord"))),
            new("/account/sign-out", "sign-out", AccountRoutes.SignOut),
            new("/organizations/switch", "switching by address (404)", AccountRoutes.SwitchOrganization),
            new("/invitations/{token}", "invitation", AccountRoutes.Invitation(world.OpenInvitation)),
            new("/invitations/{token}", "invitation with errors", AccountRoutes.Invitation(world.OpenInvitation), Who.SignedOut, Submit("main form button[type=submit]")),
            new("/invitations/{token}", "used invitation (410)", AccountRoutes.Invitation(world.UsedInvitation)),
            new("/invitations/{token}", "unknown invitation (404)", AccountRoutes.Invitation(new string('0', 64))),
            new("/organizations/members", "members", OrganizationRoutes.Members, Screenshot: "members", Axe: true),
            new("/organizations/members", "members with a new invitation", OrganizationRoutes.Members, Who.SignedIn, Submit("form:has(#Invite_Note) button[type=submit]", ("#Invite_Note", "Til Kari Nordmann i helse og omsorg"))),
            new("/account/profile", "profile", ProfileRoutes.Profile),
            new("/account/profile", "profile with errors", ProfileRoutes.Profile, Who.SignedIn, Submit("form:has(#About_Name) button[type=submit]", ("#About_Name", ""))),
            new("/account/profile", "profile with a new access token", ProfileRoutes.Profile, Who.SignedIn, Submit("form:has(#Token_Name) button[type=submit]", ("#Token_Name", "Rapportverktøyet til folkehelsekoordinatoren")), Screenshot: "profile-token", Axe: true),
            new("/account/profile/tokens/{tokenId:guid}/revoke", "revoking a token by address (405)", ProfileRoutes.RevokeToken(Guid.NewGuid())),
            new("/klarsprak", "Klarspråk", "/klarsprak"),
            new("/klarsprak", "Klarspråk with a result", "/klarsprak", Act: Submit("main form button[type=submit]", ("#Text", World.LetterToCitizens)), Axe: true),
            new("/klarsprak", "Klarspråk with errors", "/klarsprak", Act: Submit("main form button[type=submit]")),
            new("/veivalg", "Veivalg", VeivalgRoutes.Try),
            .. approaches.Select((answers, index) => new Visit("/veivalg/result", $"Veivalg result {index + 1}", $"{VeivalgRoutes.TryResult}?{answers}")),
            new("/veivalg/result", "Veivalg result with a bad answer (400)", $"{VeivalgRoutes.TryResult}?{BadAnswer}"),
            new("/projects", "projects", ProjectRoutes.List, Axe: true),
            new("/projects", "projects, page 2", ProjectRoutes.ListPage(2, archived: false)),
            new("/projects", "archived projects", ProjectRoutes.ListPage(1, archived: true)),
            new("/projects/new", "new project", ProjectRoutes.New),
            new("/projects/new", "new project with errors", ProjectRoutes.New, Who.SignedIn, Submit("main form button[type=submit]")),
            new("/projects/{id:guid}", "project, signed out (sign-in)", ProjectRoutes.Details(project), Who.SignedOut),
            new("/projects/{id:guid}", "project", ProjectRoutes.Details(project)),
            new("/projects/{id:guid}", "archived project", ProjectRoutes.Details(archived)),
            new("/projects/{id:guid}", "unknown project (404)", ProjectRoutes.Details(Guid.NewGuid())),
            new("/projects/{id:guid}/edit", "editing the project", ProjectRoutes.Edit(project)),
            new("/projects/{id:guid}/edit", "editing with errors", ProjectRoutes.Edit(project), Who.SignedIn, Submit("main form button[type=submit]", ("#Input_Title", ""))),
            new("/projects/{id:guid}/veivalg", "the project's Veivalg", VeivalgRoutes.Project(project)),
            new("/projects/{id:guid}/veivalg", "the project's Veivalg, saved", VeivalgRoutes.Saved(project)),
            new("/projects/{id:guid}/veivalg", "the archived project's Veivalg", VeivalgRoutes.Project(archived)),
            new("/projects/{id:guid}/veivalg/questions", "the project's Veivalg questions", VeivalgRoutes.Questions(project)),
            .. approaches.Select((answers, index) => new Visit("/projects/{id:guid}/veivalg/result", $"the project's Veivalg result {index + 1}", $"{VeivalgRoutes.Result(project)}?{answers}")),
            new("/projects/{id:guid}/veivalg/result", "the project's Veivalg result with a bad answer (400)", $"{VeivalgRoutes.Result(project)}?{BadAnswer}"),
            new("/projects/{id:guid}/veivalg/decisions/{decisionId:guid}", "a Veivalg decision", VeivalgRoutes.Decision(project, world.Decision.Id)),
            new("/projects/{id:guid}/readiness", "the project's readiness", ReadinessRoutes.Project(project)),
            new("/projects/{id:guid}/readiness", "the archived project's readiness", ReadinessRoutes.Project(archived)),
            new("/projects/{id:guid}/readiness/new", "new round while one runs", ReadinessRoutes.NewRound(project)),
            new("/projects/{id:guid}/readiness/new", "new round", ReadinessRoutes.NewRound(world.Quiet.Id)),
            new("/projects/{id:guid}/readiness/new", "new round with errors", ReadinessRoutes.NewRound(world.Quiet.Id), Who.SignedIn, Submit("main form button[type=submit]", ("#Input_OpensOn", "2030-05-10"), ("#Input_ClosesOn", "2030-05-01"))),
            new(Round, "open round with too few answers", ReadinessRoutes.Round(project, world.OpenRound.Id)),
            new(Round, "open round, just started", ReadinessRoutes.RoundStarted(project, world.OpenRound.Id)),
            new(Round, "closed round with its result", ReadinessRoutes.Round(project, world.ClosedRound.Id), Screenshot: "round", Axe: true),
            new(Round, "closed round, just closed", ReadinessRoutes.RoundClosed(project, world.ClosedRound.Id)),
            new(Answer, "answering: start", ReadinessRoutes.Answer(world.OpenRound.InvitationToken)),
            .. ReadinessStatements.Steps.Select(step => new Visit(Answer, $"answering: {step}", ReadinessRoutes.AnswerStep(world.OpenRound.InvitationToken, step))),
            new(Answer, "answering: saved", ReadinessRoutes.AnswerSaved(world.OpenRound.InvitationToken)),
            new(Answer, "answering a closed round", ReadinessRoutes.Answer(world.ClosedRound.InvitationToken)),
            new(Answer, "answering an unknown round (404)", ReadinessRoutes.Answer(ReadinessRound.NewToken())),
            new("/projects/{id:guid}/people", "the project's people", ProjectRoutes.People(project), Screenshot: "people", Axe: true),
            new("/projects/{id:guid}/people", "the project's people, invitation with errors", ProjectRoutes.People(project), Who.SignedIn, Submit("form:has(#Invite_Note) button[type=submit]")),
            new("/projects/{id:guid}/partners", "the partnership, empty", PartnershipRoutes.Index(world.Quiet.Id)),
            new("/projects/{id:guid}/partners", "the partnership", PartnershipRoutes.Index(project), Screenshot: "partners", Axe: true),
            new("/projects/{id:guid}/partners/new", "new partner", PartnershipRoutes.New(project)),
            new("/projects/{id:guid}/partners/new", "new partner with errors", PartnershipRoutes.New(project), Who.SignedIn, Submit("main form button[type=submit]", ("#Input_ContactEmail", "ikke-en-adresse"))),
            new("/projects/{id:guid}/partners/{partnerId:guid}", "a partner with contact details and contributions", PartnershipRoutes.Partner(project, world.Partner.Id), Axe: true),
            new("/projects/{id:guid}/partners/{partnerId:guid}", "a partner, contribution with errors", PartnershipRoutes.Partner(project, world.Partner.Id), Who.SignedIn, Submit("form:has(#Contribution_Kind) button[type=submit]", ("#Contribution_Hours", "-3"))),
            new("/projects/{id:guid}/partners/{partnerId:guid}/edit", "editing a partner", PartnershipRoutes.Edit(project, world.Partner.Id)),
            new("/projects/{id:guid}/decisions", "the decision log", DecisionsRoutes.Index(project), Screenshot: "decisions", Axe: true),
            new("/projects/{id:guid}/decisions", "the decision log, empty", DecisionsRoutes.Index(world.Quiet.Id)),
            new("/projects/{id:guid}/decisions/new", "new decision", DecisionsRoutes.New(project), Axe: true),
            new("/projects/{id:guid}/decisions/new", "new decision with errors", DecisionsRoutes.New(project), Who.SignedIn, Submit("main form button[type=submit]", ("#Input_Title", ""))),
            new("/projects/{id:guid}/decisions/new", "correcting a decision", DecisionsRoutes.Correct(project, world.LoggedDecision.Id)),
            new("/projects/{id:guid}/actions", "the actions, one overdue", ActionsRoutes.Index(project), Screenshot: "actions", Axe: true),
            new("/projects/{id:guid}/actions", "an action from a readiness suggestion", ActionsRoutes.FromReadiness(project, "frames.unpredictability")),
            new("/projects/{id:guid}/actions", "a new action with errors", ActionsRoutes.Index(project), Who.SignedIn, Submit("form:has(#Input_Due) button[type=submit]", ("#Input_Title", ""))),
            new("/actions/mine", "my actions", ActionsRoutes.Mine, Axe: true),
            new("/projects/{id:guid}/frames", "the frames", FramesRoutes.Frames(project), Screenshot: "frames", Axe: true),
            new("/projects/{id:guid}/frames", "the frames, empty", FramesRoutes.Frames(world.Quiet.Id)),
            new("/projects/{id:guid}/frames", "the frames with errors", FramesRoutes.Frames(project), Who.SignedIn, Submit("form:has(#FramesForm_Start) button[type=submit]", ("#FramesForm_Start", "2027-06-01"), ("#FramesForm_End", "2027-01-01"))),
            new("/projects/{id:guid}/frames/milestones/{milestoneId:guid}", "a milestone", FramesRoutes.Milestone(project, world.Milestone.Id)),
            new("/projects/{id:guid}/frames/scope/{itemId:guid}", "a scope line", FramesRoutes.ScopeItem(project, world.Fixed.Id)),
            new("/projects/{id:guid}/frames/uncertainties/{uncertaintyId:guid}", "an uncertainty", FramesRoutes.Uncertainty(project, world.Risk.Id)),
            new("/projects/{id:guid}/phases", "the phases", FramesRoutes.Phases(project), Axe: true),
            new("/projects/{id:guid}/sessions", "the sessions", SessionsRoutes.Index(project), Screenshot: "sessions", Axe: true),
            new("/projects/{id:guid}/sessions", "the sessions, empty", SessionsRoutes.Index(world.Quiet.Id)),
            new("/projects/{id:guid}/sessions/new", "new session", SessionsRoutes.New(project), Axe: true),
            new("/projects/{id:guid}/sessions/new", "new session with errors", SessionsRoutes.New(project), Who.SignedIn, Submit("main form button[type=submit]", ("#Input_Title", ""), ("#Input_End", "17:00"))),
            new("/projects/{id:guid}/sessions/{sessionId:guid}", "a session with its agenda and warnings", SessionsRoutes.Session(project, world.Session.Id), Screenshot: "agenda", Axe: true),
            new("/projects/{id:guid}/sessions/{sessionId:guid}", "a block with errors", SessionsRoutes.Session(project, world.Session.Id), Who.SignedIn, Submit("#add-block button[type=submit]", ("#Block_Minutes", "0"))),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/edit", "changing a session", SessionsRoutes.Edit(project, world.Session.Id), Axe: true),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/blocks/{blockId:guid}", "changing a block", SessionsRoutes.Block(project, world.Session.Id, world.Block.Id)),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/invitation", "the invitation draft", SessionsRoutes.Invitation(project, world.Session.Id), Screenshot: "invitation", Axe: true),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/script", "the facilitator's script", SessionsRoutes.Script(project, world.Session.Id), Axe: true),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/copy", "copying a session", SessionsRoutes.Copy(project, world.Session.Id)),
            new("/projects/{id:guid}/sessions/calendar", "the calendar feeds", SessionsRoutes.Feeds(project)),
            new("/projects/{id:guid}/sessions/calendar", "a new calendar feed", SessionsRoutes.Feeds(project), Who.SignedIn, Submit("main .button-row form:first-child button[type=submit]")),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/live", "the live board", LiveRoutes.Live(project, world.LiveSession.Id), Screenshot: "live-board", Axe: true),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/live", "the live board, an activity with errors", LiveRoutes.Live(project, world.LiveSession.Id), Who.SignedIn, async page =>
            {
                await page.Locator(".live-add > summary").ClickAsync();
                await Submit(".live-add form button[type=submit]", ("#Title", ""))(page);
            }),
            new("/projects/{id:guid}/sessions/{sessionId:guid}/live", "a session not yet live", LiveRoutes.Live(project, world.Session.Id)),
            new("/j/{code?}", "joining", LiveRoutes.JoinWith(world.LiveCode), Axe: true),
            new("/j/{code?}", "joining with a wrong code", LiveRoutes.Join, Act: Submit("main form button[type=submit]", ("#code", "ZZZZZZ"))),
            new("/j/room", "a phone in the room", LiveRoutes.JoinWith(world.LiveCode), Act: Submit("main form button[type=submit]"), Screenshot: "live-room", Axe: true),
            new("/present/{token}", "the projector", LiveRoutes.Presenter(world.PresenterToken), Screenshot: "live-presenter", Axe: true),
            new("/projects/{id:guid}/evaluation", "the evaluation, with a gap", EvaluationRoutes.Project(project), Screenshot: "evaluation", Axe: true),
            new("/projects/{id:guid}/evaluation", "the evaluation, empty", EvaluationRoutes.Project(world.Quiet.Id)),
            new("/projects/{id:guid}/evaluation/sessions/{sessionId:guid}", "a session's pulse", EvaluationRoutes.Session(project, world.LiveSession.Id), Screenshot: "evaluation-pulse", Axe: true),
            new("/projects/{id:guid}/evaluation/new", "new evaluation round while one runs", EvaluationRoutes.NewRound(project)),
            new("/projects/{id:guid}/evaluation/new", "new evaluation round", EvaluationRoutes.NewRound(world.Quiet.Id), Axe: true),
            new("/projects/{id:guid}/evaluation/new", "new evaluation round with errors", EvaluationRoutes.NewRound(world.Quiet.Id), Who.SignedIn, Submit("main form button[type=submit]", ("#Input_Title", ""))),
            new("/projects/{id:guid}/evaluation/rounds/{roundId:guid}", "an evaluation round", EvaluationRoutes.Round(project, world.EvaluationRound.Id), Screenshot: "evaluation-round", Axe: true),
            new("/projects/{id:guid}/evaluation/rounds/{roundId:guid}/answer", "a leader answering the evaluation", EvaluationRoutes.Answer(project, world.EvaluationRound.Id), Axe: true),
            new("/e/{token?}", "a participant typing the evaluation code", EvaluationRoutes.Join, Axe: true),
            new("/e/{token?}", "a wrong evaluation code", EvaluationRoutes.Join, Act: Submit("main form button[type=submit]", ("#Code", "ZZZZZZ"))),
            new("/e/{token?}", "a participant answering the evaluation", EvaluationRoutes.Participate(world.EvaluationRound.ParticipantToken), Screenshot: "evaluation-participant", Axe: true),
            new("/e/{token?}", "a participant's evaluation sent empty (400)", EvaluationRoutes.Participate(world.EvaluationRound.ParticipantToken), Act: Submit("main form button[type=submit]")),
            new("/projects/{id:guid}/report", "the report", ReportRoutes.Report(project), Screenshot: "report", Axe: true),
            new("/projects/{id:guid}/report", "the report in nynorsk, for an empty project", ReportRoutes.Report(world.Quiet.Id, "nn"), Axe: true),
            new("/projects/{id:guid}/report", "the report with a language it does not have (400)", ReportRoutes.Report(project, "de")),
            new("/venues", "the venues", VenuesRoutes.Index, Axe: true),
            new("/venues/new", "new venue", VenuesRoutes.New, Axe: true),
            new("/venues/{venueId:guid}", "a venue and its checklist", VenuesRoutes.Venue(world.Venue.Id), Screenshot: "venue", Axe: true),
            new("/methods", "the method library", MethodsRoutes.Index, Screenshot: "methods", Axe: true),
            new("/methods", "the method library, filtered", $"{MethodsRoutes.Index}?phase=exploration&relation=true"),
            new("/methods/{methodId}", "a method", MethodsRoutes.Method("1-2-4-all"), Axe: true),
            new("/methods/new", "copying a method", MethodsRoutes.Copy("world-cafe"), Who.SignedIn),
            new("/methods/{methodId:guid}/edit", "changing an own method", MethodsRoutes.Edit(world.OwnMethod.Id), Who.SignedIn),
            new("/status/{code:int}", "an address that does not exist (404)", $"/finnes-ikke-{Guid.NewGuid():N}"),
            new("/status/{code:int}", "the status page opened directly", "/status/500"),
            new("/error", "the error page", "/error"),
        ];
    }

    /// <summary>Fills the fields (selector, text) and submits the form, then waits for the page the post answers with.</summary>
    private static Func<IPage, Task> Submit(string button, params (string Field, string Text)[] fields) => async page =>
    {
        foreach (var (field, text) in fields)
        {
            await page.Locator(field).FillAsync(text);
        }

        await page.RunAndWaitForResponseAsync(
            () => page.Locator(button).ClickAsync(),
            response => response.Request.IsNavigationRequest && response.Request.Method == "POST");
    };

    private enum Who
    {
        Both,
        SignedOut,
        SignedIn,
    }

    /// <param name="Route">The page's route template, as the app's endpoints name it.</param>
    /// <param name="Name">What the failure message calls this state.</param>
    /// <param name="Path">The address visited.</param>
    /// <param name="Who">Signed out, signed in as the administrator, or both.</param>
    /// <param name="Act">What brings the page into this state after it has loaded: a form post, say.</param>
    /// <param name="Screenshot">Saved as screenshots/&lt;name&gt;-320.png, signed in, at 320 px.</param>
    /// <param name="Axe">Checked by axe as well, signed in, at 320 px.</param>
    private sealed record Visit(string Route, string Name, string Path, Who Who = Who.Both, Func<IPage, Task>? Act = null, string? Screenshot = null, bool Axe = false);

    /// <summary>
    /// An organisation with everything its pages show: an administrator who belongs to a second
    /// organisation as well, a member, projects enough for a second page, an archived one, a Veivalg
    /// decision, an open round with too few answers and a closed one whose result is red, yellow and
    /// green with disagreement, and invitations open and used.
    /// </summary>
    private sealed class World
    {
        public const string LetterToCitizens =
            "Vi ber deg benytte skjemaet. Søknaden behandles fortløpende av saksbehandleren i folkehelsetjenesten.\n"
            + "Ring 22 33 44 55 om du lurer på noe. Dersom det er slik at du ikke har anledning til å komme, må du gi beskjed i god tid.";

        public AppUser Admin { get; private set; } = null!;
        public Project Project { get; private set; } = null!;
        public Project Archived { get; private set; } = null!;
        public Project Quiet { get; private set; } = null!;
        public ApproachDecision Decision { get; private set; } = null!;
        public ReadinessRound OpenRound { get; private set; } = null!;
        public ReadinessRound ClosedRound { get; private set; } = null!;
        public Partner Partner { get; private set; } = null!;
        public DecisionEntry LoggedDecision { get; private set; } = null!;
        public Milestone Milestone { get; private set; } = null!;
        public ScopeItem Fixed { get; private set; } = null!;
        public Uncertainty Risk { get; private set; } = null!;
        public Session Session { get; private set; } = null!;
        public Session LiveSession { get; private set; } = null!;
        public string LiveCode { get; private set; } = "";
        public string PresenterToken { get; private set; } = "";
        public EvaluationRound EvaluationRound { get; private set; } = null!;
        public AgendaBlock Block { get; private set; } = null!;
        public Venue Venue { get; private set; } = null!;
        public OrganizationMethod OwnMethod { get; private set; } = null!;
        public string OpenInvitation { get; private set; } = "";
        public string UsedInvitation { get; private set; } = "";

        public static async Task<World> ArrangeAsync(SamskapFactory app)
        {
            var world = new World();
            await world.AddAsync(app);
            return world;
        }

        private async Task AddAsync(SamskapFactory app)
        {
            var arrange = app.Arrange;
            var (admin, organization) = await arrange.OrganizationAsync("Midt-Telemark kommune");
            Admin = admin;
            var (_, other) = await arrange.OrganizationAsync("Vestfold og Telemark fylkeskommune");
            await arrange.AddAsync(new Membership { OrganizationId = other.Id, UserId = admin.Id, Role = OrganizationRole.Member });
            var member = await arrange.MemberAsync(organization.Id, displayName: "Kari Nordmann-Johannessen");

            Project = await arrange.ProjectAsync(
                organization.Id, admin, "Ungdomsmedvirkningsprosjektet: møteplasser for eldre og unge i Bø",
                challenge: "Mange eldre i kommunen er ensomme, og ungdommene mangler steder å være.\nVi vil finne ut sammen med dem hva som skal til.");
            Archived = await arrange.ProjectAsync(organization.Id, member, "Frisklivssentralen 2023", archived: true);
            Partner = await arrange.PartnerAsync(Project, "Pensjonistforeningen i Bø og omegn, avdeling Gvarv", PartnerKind.CivilSociety, "Vet hvor de eldre møtes, og kjenner dem som ikke kommer", contactName: "Kari Nordmann-Johannessen");
            await arrange.ContributionAsync(Partner, ContributionKind.Knowledge, hours: 12.5m, description: "Hvem som sitter alene hjemme, og hvorfor");
            await arrange.ContributionAsync(Partner, ContributionKind.Premises, nok: 15000m, description: "Storsalen på torsdager");
            await arrange.PartnerAsync(Project, "Ungdomsrådet", PartnerKind.Citizen);
            await arrange.AddAsync(new ProjectAction
            {
                OrganizationId = organization.Id,
                ProjectId = Project.Id,
                Title = "Avklar med kommunedirektøren hva som ligger fast, og hva ungdommene kan påvirke",
                OwnerUserId = admin.Id,
                Due = NorwegianTime.Today(app.Clock).AddDays(-3),
                Point = "frames.unpredictability",
            });
            await arrange.AddAsync(new ProjectAction
            {
                OrganizationId = organization.Id, ProjectId = Project.Id, Title = "Book Storsalen", OwnerUserId = admin.Id,
                Due = NorwegianTime.Today(app.Clock), Status = ActionStatus.Done,
            });
            await arrange.BudgetAsync(Project, plannedHours: 400, usedHours: 420, plannedNok: 150000, usedNok: 90000);
            Milestone = await arrange.MilestoneAsync(Project, NorwegianTime.Today(app.Clock).AddDays(10), "Felles middag for eldre og unge på Bø samfunnshus", relationBuilding: true);
            await arrange.MilestoneAsync(Project, NorwegianTime.Today(app.Clock).AddDays(40), "Utprøving av møteplassen");
            Fixed = await arrange.ScopeItemAsync(Project, open: false, "Møteplassen må ligge i et kommunalt bygg", "Vedtatt i kommunestyret i juni");
            await arrange.ScopeItemAsync(Project, open: true, "Hva som skjer på møteplassen, og når", "");
            Risk = await arrange.UncertaintyAsync(Project, admin, Level.High, Level.High, text: "Ungdommene slutter å komme når eksamen nærmer seg");
            LoggedDecision = await arrange.AddAsync(new DecisionEntry
            {
                OrganizationId = organization.Id,
                ProjectId = Project.Id,
                Title = "Møteplassen legges til Storsalen på torsdager, ikke til skolen som vi først tenkte",
                DecidedOn = NorwegianTime.Today(app.Clock),
                CitizenKnowledgeChanged = KnowledgeChanged.Yes,
                CitizenKnowledgeNote = "De eldre fortalte at de ikke går til skolen om kvelden.",
                BasedOnText = "Innspill fra to samlinger i oktober",
                RecordedByUserId = admin.Id,
                Partners = [new DecisionPartner { PartnerId = Partner.Id }],
            });
            Quiet = await arrange.ProjectAsync(organization.Id, member, "Turstier i nærmiljøet");
            for (var number = 1; number <= Samskap.Web.Features.Projects.IndexModel.PageSize; number++)
            {
                await arrange.ProjectAsync(organization.Id, member, $"Prosjekt {number:00}");
            }

            Decision = await arrange.ApproachDecisionAsync(Project, admin, Approach.CoCreation, ApproachStatus.Clarify, "Vi trenger kunnskap som bare innbyggerne har.");

            var today = NorwegianTime.Today(app.Clock);
            ClosedRound = await arrange.ReadinessRoundAsync(Project, admin, today.AddDays(-20), today.AddDays(-6), number: 1);
            OpenRound = await arrange.ReadinessRoundAsync(Project, admin, number: 2);
            await arrange.ReadinessResponseAsync(OpenRound, member, Answers(_ => 4));

            // Competence green, frames yellow, trust red; the venue split (1 to 5), and the process mostly "don't know".
            int? Closed(string statement, int respondent) => ReadinessScoring.PrerequisiteOf(statement) switch
            {
                "competence" => 5 - (respondent == 2 ? 1 : 0),
                "frames" => 3 + (respondent == 1 ? 1 : 0),
                "trust" => 2 - (respondent == 2 ? 1 : 0),
                _ when statement.StartsWith("facilitation.venue", StringComparison.Ordinal) => new[] { 1, 5, 4 }[respondent],
                _ when statement.StartsWith("facilitation.process", StringComparison.Ordinal) => respondent == 0 ? 4 : null,
                _ => 5,
            };
            var respondents = new[] { admin, member, await arrange.MemberAsync(organization.Id) };
            for (var respondent = 0; respondent < respondents.Length; respondent++)
            {
                var index = respondent;
                await arrange.ReadinessResponseAsync(ClosedRound, respondents[index], Answers(statement => Closed(statement, index)));
            }

            Venue = await arrange.VenueAsync(organization.Id, capacity: 12, name: "Frivilligsentralen i Bø, storsalen i andre etasje", checklist: new() { ["stepFree"] = true, ["hearingLoop"] = false });
            Session = await arrange.SessionAsync(
                Project, NorwegianTime.Today(app.Clock).AddDays(14), "17:00", "20:30", "Verksted om møteplasser for eldre og unge, med middag og kulturinnslag",
                venueId: Venue.Id, expected: new() { ["citizen"] = 20, ["civil-society"] = 4 },
                blocks: [("Innsjekk med navn, og hva du håper å få ut av kvelden", 20, false, true), ("Verdenskafé om møteplasser", 120, false, false), ("Pause", 15, true, false), ("Prikkvotering", 10, false, false)]);
            Block = await app.WithDbAsync(db => db.AgendaBlocks.IgnoreQueryFilters().FirstAsync(b => b.SessionId == Session.Id));
            OwnMethod = await arrange.OwnMethodAsync(organization.Id, "Kaffeprat med nabolagsvertene etter gudstjenesten");
            await AddLiveAsync(app, admin);
            OpenInvitation = await arrange.InvitationAsync(organization.Id, admin, note: "Til Ola i helse og omsorg, som begynner i januar");
            UsedInvitation = await arrange.InvitationAsync(organization.Id, admin, usedBy: member);
        }

        /// <summary>A session in live mode with every kind of activity: ideas (one held back), a revealed dot vote, a word cloud, a rating and a revealed pulse.</summary>
        private async Task AddLiveAsync(SamskapFactory app, AppUser admin)
        {
            var arrange = app.Arrange;
            LiveSession = await arrange.SessionAsync(Project, NorwegianTime.Today(app.Clock).AddDays(1), "18:00", "20:00", "Folkemøte om turstien langs elva, med kaffe og kake i gymsalen");
            var (room, presenter) = await arrange.LiveAsync(LiveSession, admin);
            LiveCode = room.Code;
            PresenterToken = presenter;
            var ideas = await arrange.LiveActivityAsync(LiveSession, ActivityKind.Ideas, title: "Hva ville gjort turstien langs elva tryggere og hyggeligere å gå på om kvelden?", categories: ["Lys og trygghet", "Benker og møteplasser"]);
            var people = new List<LiveParticipant>();
            foreach (var kind in new[] { "citizen", "citizen", "civil-society", "public", null })
            {
                people.Add((await arrange.ParticipantAsync(room, kind: kind)).Participant);
            }

            var lights = await arrange.IdeaAsync(ideas, people[0], "Gatelys hele veien fra brua til idrettsplassen, så eldre tør å gå der etter mørkets frembrudd om vinteren");
            // The logged decision built on it, so the log shows a cited idea and the form lists the ideas.
            await arrange.AddAsync(new DecisionLiveContribution { DecisionId = LoggedDecision.Id, LiveContributionId = lights.Id });
            await arrange.IdeaAsync(ideas, people[1], "Benker med ryggstøtte");
            await arrange.IdeaAsync(ideas, people[2], "Ring meg på 912 34 567", held: true);
            var dots = await arrange.LiveActivityAsync(LiveSession, ActivityKind.Dots, ActivityState.Closed, "Hva skal vi gjøre først?", ["Gatelys", "Benker", "Toalett ved parkeringsplassen"], dots: 3, revealed: true);
            var words = await arrange.LiveActivityAsync(LiveSession, ActivityKind.Words, title: "Ett ord om turstien i dag");
            await arrange.LiveActivityAsync(LiveSession, ActivityKind.Rating, title: "Hvor viktig er dette for deg?", options: ["Lys", "Benker"]);
            var pulse = await arrange.LiveActivityAsync(LiveSession, ActivityKind.Pulse, ActivityState.Closed, "Pulsen etter møtet", revealed: true);
            for (var i = 0; i < people.Count; i++)
            {
                await arrange.AddAsync(new LiveContribution { OrganizationId = room.OrganizationId, SessionId = LiveSession.Id, ActivityId = dots.Id, ParticipantId = people[i].Id, Kind = ActivityKind.Dots, Values = new() { ["o1"] = 3 - (i % 3), ["o2"] = i % 3 } });
                await arrange.AddAsync(new LiveContribution { OrganizationId = room.OrganizationId, SessionId = LiveSession.Id, ActivityId = words.Id, ParticipantId = people[i].Id, Kind = ActivityKind.Words, Words = i % 2 == 0 ? ["mørk", "vakker"] : ["gjørmete", "mørk", "stille"] });
                await arrange.AddAsync(new LiveContribution { OrganizationId = room.OrganizationId, SessionId = LiveSession.Id, ActivityId = pulse.Id, ParticipantId = people[i].Id, Kind = ActivityKind.Pulse, Values = PulseStatements.Ids.ToDictionary(s => s, s => 2 + ((i + s.Length) % 4)), Text = i == 0 ? "Godt å bli hørt, men kaffen var kald" : null });
            }

            // An evaluation round where the leaders think the citizens' knowledge was valued and the participants do not.
            EvaluationRound = await arrange.EvaluationRoundAsync(Project, admin, title: "Etter utprøvingen av turstien langs elva");
            await arrange.EvaluationResponsesAsync(EvaluationRound, EvaluationGroup.Leaders, 5, EvaluationStatements.Ids.ToDictionary(id => id, id => (int?)(id == "everyday-knowledge-valued" ? 5 : 4)));
            await arrange.EvaluationResponsesAsync(EvaluationRound, EvaluationGroup.Participants, 7, EvaluationStatements.Ids.ToDictionary(id => id, id => (int?)(id == "everyday-knowledge-valued" ? 2 : 4)));
            await arrange.EvaluationResponsesAsync(EvaluationRound, EvaluationGroup.Partners, 3, EvaluationStatements.Ids.ToDictionary(id => id, _ => (int?)3));
        }

        private static Dictionary<string, int?> Answers(Func<string, int?> answer) =>
            ReadinessStatements.All.ToDictionary(statement => statement.Id, statement => answer(statement.Id));
    }
}
