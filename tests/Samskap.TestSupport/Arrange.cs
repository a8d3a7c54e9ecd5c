using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Samskap.Web.Data;
using Samskap.Web.Features.Account;
using Samskap.Web.Features.Actions;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Organizations;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Profile;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Sessions;
using Samskap.Web.Features.Venues;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Report;
using Samskap.Web.Features.Setup;
using Samskap.Web.Features.Veivalg;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.TestSupport;

/// <summary>
/// Arranges a test's own data by writing through AppDbContext, as the app's features do, so that a
/// test goes through a form only for the behaviour it is about. Every name is unique, so tests that
/// share an app never see each other's rows.
/// </summary>
public sealed class Arrange(SamskapFactory app)
{
    /// <summary>An organisation with its administrator, created as first-run setup does.</summary>
    public async Task<(AppUser Admin, Organization Organization)> OrganizationAsync(string? name = null, string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<OrganizationSetup>();
        var unique = Unique();
        var (user, organization, errors) = await setup.CreateAsync(
            new NewOrganization(name ?? $"Kommune {unique}", $"Admin {unique}", email ?? $"admin-{unique}@example.no", SamskapFactory.TestPassword, "nb"),
            CancellationToken.None);
        return user is not null && organization is not null
            ? (user, organization)
            : throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.MessageKey} {e.Detail}")));
    }

    /// <summary>A new person in an existing organisation, as accepting an invitation makes one.</summary>
    public async Task<AppUser> MemberAsync(Guid organizationId, OrganizationRole role = OrganizationRole.Member, string? displayName = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unique = Unique();
        var user = new AppUser { UserName = $"member-{unique}@example.no", Email = $"member-{unique}@example.no", DisplayName = displayName ?? $"Medlem {unique}" };
        var created = await users.CreateAsync(user, SamskapFactory.TestPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await AddAsync(new Membership { OrganizationId = organizationId, UserId = user.Id, Role = role });
        return user;
    }

    public Task<Project> ProjectAsync(Guid organizationId, AppUser owner, string? title = null, bool archived = false, string challenge = "") =>
        AddAsync(new Project
        {
            OrganizationId = organizationId,
            OwnerUserId = owner.Id,
            Title = title ?? $"Prosjekt {Unique()}",
            Challenge = challenge,
            Status = ProjectStatus.Idea,
            ArchivedAt = archived ? app.Clock.GetUtcNow().UtcDateTime : null,
        });

    /// <summary>A saved decision; its answers (question → "yes", "no" or "unsure") default to all unsure.</summary>
    public Task<ApproachDecision> ApproachDecisionAsync(
        Project project, AppUser decidedBy, Approach approach = Approach.LiteratureStudy, ApproachStatus status = ApproachStatus.Ready, string rationale = "", IReadOnlyDictionary<string, string>? answers = null) =>
        AddAsync(new ApproachDecision
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Answers = ApproachRules.Questions.ToDictionary(q => q, q => answers?.GetValueOrDefault(q) ?? "unsure"),
            Approach = approach,
            Status = status,
            Rules = ["arranged"],
            Rationale = rationale,
            DecidedByUserId = decidedBy.Id,
        });

    /// <summary>A round of the project; by default open from today (in Norway, as the app counts days) for two weeks.</summary>
    public async Task<ReadinessRound> ReadinessRoundAsync(Project project, AppUser createdBy, DateOnly? opensOn = null, DateOnly? closesOn = null, int number = 1)
    {
        var today = NorwegianTime.Today(app.Clock);
        return await AddAsync(new ReadinessRound
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Number = number,
            OpensOn = opensOn ?? today,
            ClosesOn = closesOn ?? today.AddDays(14),
            CreatedByUserId = createdBy.Id,
        });
    }

    /// <summary>
    /// A round started at the given time, with three people's answers, all of one value: enough for a
    /// result. Its start is given because a round made now would count as opened now, whatever its dates.
    /// </summary>
    public async Task<ReadinessRound> ReadinessRoundWithResultAsync(Project project, AppUser createdBy, int number, DateOnly opensOn, DateOnly closesOn, DateTime startedAt, int answer = 2)
    {
        var round = await AddAsync(new ReadinessRound
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Number = number,
            OpensOn = opensOn,
            ClosesOn = closesOn,
            CreatedByUserId = createdBy.Id,
            CreatedAt = startedAt,
        });
        for (var person = 0; person < ReadinessTally.MinimumRespondents; person++)
        {
            await ReadinessResponseAsync(round, await MemberAsync(project.OrganizationId), ReadinessStatements.All.ToDictionary(s => s.Id, _ => (int?)answer));
        }

        return round;
    }

    /// <summary>An action of the project on a readiness point, made at the given time; done at <paramref name="doneAt"/> when that is given, else open.</summary>
    public Task<ProjectAction> PointActionAsync(Project project, AppUser owner, string point, string title, DateTime createdAt, DateOnly due, DateTime? doneAt = null) =>
        AddAsync(new ProjectAction
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Title = title,
            OwnerUserId = owner.Id,
            Point = point,
            Due = due,
            Status = doneAt is null ? ActionStatus.Open : ActionStatus.Done,
            DoneAt = doneAt,
            CreatedAt = createdAt,
        });

    /// <summary>Adds a person to a project with a project role.</summary>
    public Task<ProjectPerson> ProjectPersonAsync(Project project, AppUser person, ProjectRole role) =>
        AddAsync(new ProjectPerson { OrganizationId = project.OrganizationId, ProjectId = project.Id, UserId = person.Id, Role = role });

    /// <summary>A project's invitation of an external partner, as the project's people page makes one; returns it with its token.</summary>
    public async Task<(Invitation Invitation, string Token)> ProjectInvitationAsync(Project project, AppUser createdBy, Partner? partner = null, string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (invitation, token) = scope.ServiceProvider.GetRequiredService<InvitationService>().Add(new Invitation
        {
            OrganizationId = project.OrganizationId,
            Role = OrganizationRole.ExternalPartner,
            Note = "Ekstern partner",
            Email = email,
            ProjectId = project.Id,
            PartnerId = partner?.Id,
            LandingPath = ProjectRoutes.Details(project.Id),
            LandingProject = project.Title,
            CreatedByUserId = createdBy.Id,
        });
        await db.SaveChangesAsync();
        return (invitation, token);
    }

    /// <summary>
    /// An external partner of the project, as accepting its invitation makes one: a person outside the
    /// organisation, with the organisation's external-partner role, added to this project (for the partner, if given).
    /// </summary>
    public async Task<AppUser> ExternalPartnerAsync(Project project, Partner? partner = null, string? displayName = null)
    {
        var person = await MemberAsync(project.OrganizationId, OrganizationRole.ExternalPartner, displayName);
        await AddAsync(new ProjectPerson { OrganizationId = project.OrganizationId, ProjectId = project.Id, UserId = person.Id, Role = ProjectRole.Partner, PartnerId = partner?.Id });
        return person;
    }

    /// <summary>A partner of the project; contact details only when a contact name is given, kept with a basis until a year from now.</summary>
    public Task<Partner> PartnerAsync(Project project, string? name = null, PartnerKind kind = PartnerKind.Citizen, string role = "", string? contactName = null) =>
        AddAsync(new Partner
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Name = name ?? $"Partner {Guid.NewGuid():N}"[..18],
            Kind = kind,
            Role = role,
            ContactName = contactName,
            KeepBasis = contactName is null ? null : "Samtykke",
            DeleteContactOn = contactName is null ? null : NorwegianTime.Today(app.Clock).AddYears(1),
        });

    /// <summary>Something a partner brings to the project.</summary>
    public Task<Contribution> ContributionAsync(Partner partner, ContributionKind kind = ContributionKind.Knowledge, decimal? hours = null, decimal? nok = null, string description = "Erfaring") =>
        AddAsync(new Contribution
        {
            OrganizationId = partner.OrganizationId,
            ProjectId = partner.ProjectId,
            PartnerId = partner.Id,
            Kind = kind,
            Description = description,
            Hours = hours,
            Nok = nok,
            CreatedByUserId = "",
        });

    public Task<ReadinessResponse> ReadinessResponseAsync(ReadinessRound round, AppUser respondent, Dictionary<string, int?> answers) =>
        AddAsync(new ReadinessResponse { OrganizationId = round.OrganizationId, RoundId = round.Id, RespondentUserId = respondent.Id, Answers = answers });

    /// <summary>An invitation link to the organisation, as the members page makes one; returns its token. A used one has been accepted by <paramref name="usedBy"/>.</summary>
    public async Task<string> InvitationAsync(Guid organizationId, AppUser createdBy, OrganizationRole role = OrganizationRole.Member, string note = "", AppUser? usedBy = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var token = await invitations.CreateAsync(organizationId, role, note, createdBy.Id, CancellationToken.None);
        if (usedBy is not null)
        {
            var (invitation, _) = await invitations.FindAsync(token, CancellationToken.None);
            await invitations.AcceptAsync(invitation!, usedBy.Id, CancellationToken.None);
        }

        return token;
    }

    // ---- Frames: milestones, scope declaration, uncertainties and budget ----

    public Task<Milestone> MilestoneAsync(Project project, DateOnly date, string? title = null, bool relationBuilding = false) =>
        AddAsync(new Milestone { OrganizationId = project.OrganizationId, ProjectId = project.Id, Title = title ?? $"Milepæl {Unique()}", Date = date, RelationBuilding = relationBuilding });

    public Task<ScopeItem> ScopeItemAsync(Project project, bool open, string? text = null, string reason = "Vedtatt i kommunestyret") =>
        AddAsync(new ScopeItem { OrganizationId = project.OrganizationId, ProjectId = project.Id, Text = text ?? $"Punkt {Unique()}", Open = open, Reason = reason });

    public Task<Uncertainty> UncertaintyAsync(Project project, AppUser owner, Level likelihood = Level.Medium, Level consequence = Level.Medium, UncertaintyStatus status = UncertaintyStatus.Open, string? text = null) =>
        AddAsync(new Uncertainty
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Text = text ?? $"Usikkerhet {Unique()}",
            Likelihood = likelihood,
            Consequence = consequence,
            Response = "Vi følger med",
            OwnerUserId = owner.Id,
            Status = status,
        });

    public Task<ProjectBudget> BudgetAsync(Project project, long? plannedHours, long? usedHours, long? plannedNok = null, long? usedNok = null) =>
        AddAsync(new ProjectBudget { OrganizationId = project.OrganizationId, ProjectId = project.Id, PlannedHours = plannedHours, UsedHours = usedHours, PlannedNok = plannedNok, UsedNok = usedNok });

    // ---- end of Frames ----

    // ---- Sessions, their agendas, venues and methods ----

    /// <summary>A planned session of the project, 17:00–20:00 on the date unless told otherwise, with the blocks given (title, minutes).</summary>
    public async Task<Session> SessionAsync(
        Project project,
        DateOnly? date = null,
        string start = "17:00",
        string end = "20:00",
        string? title = null,
        SessionStatus status = SessionStatus.Planned,
        bool relationBuilding = false,
        Guid? venueId = null,
        Dictionary<string, int>? expected = null,
        string? phase = null,
        params (string Title, int Minutes, bool Break, bool RelationBuilding)[] blocks)
    {
        var session = await AddAsync(new Session
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Title = title ?? $"Samling {Unique()}",
            Purpose = "Høre hva innbyggerne mener",
            Kind = SessionKind.Workshop,
            Date = date ?? new DateOnly(2027, 3, 10),
            Start = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            End = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Status = status,
            RelationBuilding = relationBuilding,
            VenueId = venueId,
            Expected = expected ?? [],
            Phase = phase,
        });
        for (var i = 0; i < blocks.Length; i++)
        {
            await AddAsync(new AgendaBlock
            {
                OrganizationId = project.OrganizationId,
                ProjectId = project.Id,
                SessionId = session.Id,
                Position = i,
                Title = blocks[i].Title,
                Minutes = blocks[i].Minutes,
                IsBreak = blocks[i].Break,
                RelationBuilding = blocks[i].RelationBuilding,
            });
        }

        return session;
    }

    /// <summary>A venue of the organisation; criteria not given are not checked.</summary>
    public Task<Venue> VenueAsync(Guid organizationId, int capacity = 40, string? name = null, Dictionary<string, bool>? checklist = null) =>
        AddAsync(new Venue { OrganizationId = organizationId, Name = name ?? $"Lokale {Unique()}", Address = "Storgata 1", Capacity = capacity, Checklist = checklist ?? [] });

    /// <summary>A venue with every criterion answered yes.</summary>
    public Task<Venue> CheckedVenueAsync(Guid organizationId, int capacity = 40, string? name = null) =>
        VenueAsync(organizationId, capacity, name, VenueChecklist.Criteria.ToDictionary(c => c, _ => true));

    public Task<OrganizationMethod> OwnMethodAsync(Guid organizationId, string? name = null, int minutes = 20, bool hidden = false) =>
        AddAsync(new OrganizationMethod
        {
            OrganizationId = organizationId,
            Name = name ?? $"Vår metode {Unique()}",
            Purpose = "Alle blir hørt.",
            Steps = ["Still et spørsmål.", "Lytt."],
            Minutes = minutes,
            GroupMin = 2,
            GroupMax = 20,
            Phases = ["exploration"],
            Points = ["trust.relations"],
            Source = "Egen",
            Hidden = hidden,
        });

    // ---- end of Sessions ----

    /// <summary>Puts the session in live mode, as its facilitator's start does; returns the room and its presenter secret.</summary>
    public async Task<(LiveRoom Room, string PresenterToken)> LiveAsync(Session session, AppUser startedBy)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = await InOrganizationAsync(scope, session.OrganizationId);
        var tracked = await db.Sessions.FindAsync(session.Id) ?? throw new InvalidOperationException("No such session.");
        var started = await scope.ServiceProvider.GetRequiredService<LiveFacilitation>().StartAsync(tracked, startedBy.Id, CancellationToken.None);
        var view = started.Value ?? throw new InvalidOperationException($"The session could not go live: {started.Refusal}");
        return (await db.LiveRooms.FindAsync(view.RoomId) ?? throw new InvalidOperationException("No room."), view.PresenterToken);
    }

    /// <summary>An activity of the session, open unless told otherwise; options for a rating or a dot vote.</summary>
    public Task<LiveActivity> LiveActivityAsync(
        Session session,
        ActivityKind kind,
        ActivityState state = ActivityState.Open,
        string? title = null,
        IReadOnlyList<string>? options = null,
        int? dots = null,
        IReadOnlyList<string>? categories = null,
        Guid? sourceActivityId = null,
        bool revealed = false) =>
        AddAsync(new LiveActivity
        {
            OrganizationId = session.OrganizationId,
            ProjectId = session.ProjectId,
            SessionId = session.Id,
            Kind = kind,
            Title = title ?? $"Aktivitet {Unique()}",
            Options = [.. options ?? (kind is ActivityKind.Rating || (kind is ActivityKind.Dots && sourceActivityId is null) ? ["Buss", "Sykkel", "Gange"] : [])],
            Categories = [.. categories ?? []],
            Dots = kind == ActivityKind.Dots ? dots ?? LiveContributionRules.DefaultDots : null,
            SourceActivityId = sourceActivityId,
            State = state,
            ResultsRevealed = revealed,
        });

    /// <summary>Closes an activity as the facilitator does, so that every node's phones are told at once.</summary>
    public async Task CloseLiveActivityAsync(LiveActivity activity)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = await InOrganizationAsync(scope, activity.OrganizationId);
        var tracked = await db.LiveActivities.FindAsync(activity.Id) ?? throw new InvalidOperationException("No such activity.");
        await scope.ServiceProvider.GetRequiredService<LiveFacilitation>().CloseAsync(tracked, CancellationToken.None);
    }

    /// <summary>A phone in the room; returns its participant and the token it holds.</summary>
    public async Task<(LiveParticipant Participant, string Token)> ParticipantAsync(LiveRoom room, string language = "nb", string? kind = "citizen")
    {
        var token = LiveSecrets.NewParticipantToken();
        var participant = await AddAsync(new LiveParticipant
        {
            OrganizationId = room.OrganizationId,
            RoomId = room.Id,
            SessionId = room.SessionId,
            TokenHash = LiveSecrets.Hash(token),
            Language = language,
            Kind = kind,
        });
        return (participant, token);
    }

    /// <summary>An idea on the wall (or held, or hidden), from the given participant.</summary>
    public Task<LiveContribution> IdeaAsync(LiveActivity activity, LiveParticipant participant, string text = "Flere benker langs turstien", bool held = false, bool hidden = false) =>
        AddAsync(new LiveContribution
        {
            OrganizationId = activity.OrganizationId,
            SessionId = activity.SessionId,
            ActivityId = activity.Id,
            ParticipantId = participant.Id,
            Kind = ActivityKind.Ideas,
            Text = text,
            ParticipantKind = participant.Kind,
            Held = held,
            Hidden = hidden,
        });

    /// <summary>A participant's pulse answers (statement → 1–5) and, if given, their open answer.</summary>
    public Task<LiveContribution> PulseAnswerAsync(LiveActivity activity, LiveParticipant participant, Dictionary<string, int> values, string? open = null, bool held = false) =>
        AddAsync(new LiveContribution
        {
            OrganizationId = activity.OrganizationId,
            SessionId = activity.SessionId,
            ActivityId = activity.Id,
            ParticipantId = participant.Id,
            Kind = ActivityKind.Pulse,
            Values = values,
            Text = open,
            ParticipantKind = participant.Kind,
            Held = held,
        });

    // ---- Evaluation ----

    /// <summary>An evaluation round of the project, open from today for two weeks unless told otherwise.</summary>
    public async Task<EvaluationRound> EvaluationRoundAsync(Project project, AppUser createdBy, DateOnly? opensOn = null, DateOnly? closesOn = null, int number = 1, string title = "Sluttevaluering")
    {
        var today = NorwegianTime.Today(app.Clock);
        return await AddAsync(new EvaluationRound
        {
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Number = number,
            Title = title,
            OpensOn = opensOn ?? today,
            ClosesOn = closesOn ?? today.AddDays(14),
            CreatedByUserId = createdBy.Id,
        });
    }

    /// <summary>One set of answers in a round, from a group; a leader's or partner's names the person, a participant's no one.</summary>
    public Task<EvaluationResponse> EvaluationResponseAsync(EvaluationRound round, EvaluationGroup group, Dictionary<string, int?> answers, AppUser? respondent = null) =>
        AddAsync(new EvaluationResponse
        {
            OrganizationId = round.OrganizationId,
            RoundId = round.Id,
            Group = group,
            RespondentUserId = respondent?.Id,
            SecretHash = respondent is null ? Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) : null,
            Answers = answers,
        });

    /// <summary>Many answers of one group at once, all giving the same value to every statement named.</summary>
    public async Task EvaluationResponsesAsync(EvaluationRound round, EvaluationGroup group, int count, Dictionary<string, int?> answers)
    {
        for (var i = 0; i < count; i++)
        {
            await EvaluationResponseAsync(round, group, answers);
        }
    }

    /// <summary>An entry of the decision log, citing the contributions and live ideas given.</summary>
    public Task<DecisionEntry> DecisionAsync(
        Project project,
        AppUser recordedBy,
        string? title = null,
        KnowledgeChanged changed = KnowledgeChanged.No,
        string note = "",
        IReadOnlyList<Contribution>? contributions = null,
        IReadOnlyList<LiveContribution>? ideas = null,
        DecisionEntry? corrects = null,
        DateOnly? decidedOn = null)
    {
        var id = Guid.CreateVersion7();
        return AddAsync(new DecisionEntry
        {
            Id = id,
            OrganizationId = project.OrganizationId,
            ProjectId = project.Id,
            Title = title ?? $"Beslutning {Unique()}",
            DecidedOn = decidedOn ?? NorwegianTime.Today(app.Clock),
            BasedOnText = "Innspill fra samlingen",
            CitizenKnowledgeChanged = changed,
            CitizenKnowledgeNote = note,
            CorrectsId = corrects?.Id,
            RecordedByUserId = recordedBy.Id,
            Contributions = [.. (contributions ?? []).Select(c => new DecisionContribution { DecisionId = id, ContributionId = c.Id })],
            LiveContributions = [.. (ideas ?? []).Select(i => new DecisionLiveContribution { DecisionId = id, LiveContributionId = i.Id })],
        });
    }

    /// <summary>
    /// A project with something in every part of the report: the challenge, a co-creation decision,
    /// a readiness round with a result, two partners with contributions, the budget, two held sessions
    /// (the first with a pulse from six phones, an idea and an idea held for personal data), an
    /// evaluation round where leaders and participants disagree, two decisions (one changed by
    /// citizens' knowledge) and the lessons.
    /// </summary>
    public async Task<ReportProject> ReportProjectAsync(Guid organizationId, AppUser leader, string? title = null)
    {
        var project = await ProjectAsync(organizationId, leader, title ?? $"Møteplass for unge {Unique()}", challenge: "Unge i bydelen har få steder å være etter skoletid.\nVi vet ikke hva de selv ønsker.");
        await ApproachDecisionAsync(project, leader, Approach.CoCreation, rationale: "Ingen vet ennå hva som vil fungere. Vi må finne det ut sammen med de unge.");
        var today = NorwegianTime.Today(app.Clock);
        await ReadinessRoundWithResultAsync(project, leader, 1, today.AddDays(-60), today.AddDays(-45), app.Clock.GetUtcNow().UtcDateTime.AddDays(-61), answer: 4);
        var youth = await PartnerAsync(project, "Ungdomsrådet", PartnerKind.Citizen);
        var health = await PartnerAsync(project, "Helsestasjonen for ungdom", PartnerKind.Public);
        var told = await ContributionAsync(youth, description: "Unge vil ikke møtes på skolen", hours: 12);
        await ContributionAsync(health, ContributionKind.Premises, description: "Møterom hver tirsdag", hours: 20, nok: 15000);
        await BudgetAsync(project, 400, 310, 200000, 120000);
        var first = await SessionAsync(project, today.AddDays(-30), title: "Verksted i biblioteket", phase: "exploration", blocks: [("Bli kjent", 20, false, true), ("Idémyldring", 40, false, false)]);
        var second = await SessionAsync(project, today.AddDays(-10), title: "Utprøving i parken", phase: "testing");
        await app.WithDbAsync(async db =>
        {
            var block = await db.AgendaBlocks.IgnoreQueryFilters().FirstAsync(b => b.SessionId == first.Id && b.Position == 1);
            block.MethodId = "1-2-4-all";
            return await db.SaveChangesAsync();
        });
        var (room, _) = await LiveAsync(first, leader);
        var pulse = await LiveActivityAsync(first, ActivityKind.Pulse);
        var ideas = await LiveActivityAsync(first, ActivityKind.Ideas);
        LiveContribution? bench = null;
        for (var i = 0; i < 6; i++)
        {
            var (phone, _) = await ParticipantAsync(room, kind: "citizen");
            await PulseAnswerAsync(pulse, phone, PulseStatements.Ids.ToDictionary(id => id, _ => 3 + (i % 2)), open: i == 0 ? "Fint å bli spurt" : null);
            if (i == 0)
            {
                bench = await IdeaAsync(ideas, phone, "Benker og lys ved skateparken");
                await IdeaAsync(ideas, phone, "Ring meg på 912 34 567", held: true);
            }
        }

        await app.WithDbAsync(async db =>
        {
            var held = await db.Sessions.IgnoreQueryFilters().Where(s => s.Id == first.Id || s.Id == second.Id).ToListAsync();
            held.ForEach(s => s.Status = SessionStatus.Held);
            return await db.SaveChangesAsync();
        });
        var round = await EvaluationRoundAsync(project, leader, title: "Sluttevaluering");
        await EvaluationResponsesAsync(round, EvaluationGroup.Leaders, 5, EvaluationStatements.Ids.ToDictionary(id => id, id => (int?)(id == "everyday-knowledge-valued" ? 5 : 4)));
        await EvaluationResponsesAsync(round, EvaluationGroup.Participants, 6, EvaluationStatements.Ids.ToDictionary(id => id, id => (int?)(id == "everyday-knowledge-valued" ? 2 : 4)));
        var changed = await DecisionAsync(project, leader, "Møteplassen legges til biblioteket", KnowledgeChanged.Yes, "Vi hadde tenkt skolen.", contributions: [told], ideas: [bench!], decidedOn: today.AddDays(-5));
        await DecisionAsync(project, leader, "Vi bruker helsestasjonens rom på tirsdager", decidedOn: today.AddDays(-4));
        await AddAsync(new ReportNotes { OrganizationId = organizationId, ProjectId = project.Id, Lessons = "Start med de unge, ikke med lokalet." });
        return new ReportProject(project, first, second, round, changed, bench!);
    }

    private static async Task<AppDbContext> InOrganizationAsync(AsyncServiceScope scope, Guid organizationId)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await scope.ServiceProvider.GetRequiredService<Samskap.Web.Infrastructure.Tenancy.TenantResolver>().ResolveAsync(
            scope.ServiceProvider.GetRequiredService<Samskap.Web.Infrastructure.Tenancy.TenantContext>(),
            new Samskap.Web.Infrastructure.Tenancy.TenantCaller.Job("arrange", organizationId),
            db,
            CancellationToken.None);
        return db;
    }

    /// <summary>Saves any entity as it is; for rows no builder above makes.</summary>
    public async Task<T> AddAsync<T>(T entity)
        where T : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    // Profile: personal access tokens.

    /// <summary>
    /// A personal access token of the person in the organisation, stored as the profile page stores
    /// one (its hash only); returns the row and the token to send. By default it works for 90 days from today.
    /// </summary>
    public async Task<(PersonalAccessToken Row, string Token)> AccessTokenAsync(
        AppUser person, Guid organizationId, DateOnly? expiresOn = null, bool revoked = false, string? name = null)
    {
        var token = AccessTokenRules.NewToken();
        var row = await AddAsync(new PersonalAccessToken
        {
            UserId = person.Id,
            OrganizationId = organizationId,
            Name = name ?? $"System {Unique()}",
            TokenHash = AccessTokenRules.Hash(token),
            ExpiresOn = expiresOn ?? AccessTokenRules.DefaultExpiry(NorwegianTime.Today(app.Clock)),
            RevokedAt = revoked ? app.Clock.GetUtcNow().UtcDateTime : null,
        });
        return (row, token);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}

/// <summary>The rows of <see cref="Arrange.ReportProjectAsync"/> that tests look for.</summary>
public sealed record ReportProject(Project Project, Session FirstSession, Session SecondSession, EvaluationRound Round, DecisionEntry ChangedDecision, LiveContribution Idea);
