using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Features.Decisions;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Live;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Sessions;

// Usage: ReportSeed <sqlite connection string> <organisation id> <project id> <user id>
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: ReportSeed <connection string> <organisation id> <project id> <user id>");
    return 2;
}

const int Sessions = 50;
const int PhonesPerSession = 40;
const int IdeasPerSession = 360;
const int Decisions = 100;
var organization = Guid.Parse(args[1]);
var project = Guid.Parse(args[2]);
var user = args[3];
var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(args[0]).Options;
await using var db = new SqliteAppDbContext(options);
var now = DateTime.UtcNow;
var phases = new[] { "initiation", "exploration", "ideation", "testing", "implementation", "evaluation" };
var kinds = new[] { "citizen", "citizen", "citizen", "civil-society", "public", null };
var random = new Random(14);
var ideas = new List<LiveContribution>();

for (var s = 0; s < Sessions; s++)
{
    var session = new Session
    {
        OrganizationId = organization, ProjectId = project, Title = $"Samling {s + 1:00}", Purpose = "Høre hva innbyggerne mener",
        Kind = SessionKind.Workshop, Phase = phases[s * phases.Length / Sessions], Date = DateOnly.FromDateTime(now).AddDays(-(Sessions - s) * 7),
        Start = new TimeOnly(17, 0), End = new TimeOnly(20, 0), Status = SessionStatus.Held, CreatedAt = now, UpdatedAt = now,
    };
    db.Add(session);
    db.Add(new AgendaBlock { OrganizationId = organization, ProjectId = project, SessionId = session.Id, Position = 0, Title = "Bli kjent", Minutes = 20, RelationBuilding = true, MethodId = "check-in-round" });
    db.Add(new AgendaBlock { OrganizationId = organization, ProjectId = project, SessionId = session.Id, Position = 1, Title = "Idéer", Minutes = 60, MethodId = s % 2 == 0 ? "1-2-4-all" : "world-cafe" });
    var room = new LiveRoom { OrganizationId = organization, ProjectId = project, SessionId = session.Id, Code = LiveSecrets.NewCode(), PresenterTokenHash = Guid.NewGuid().ToString("N"), StartedByUserId = user, CreatedAt = now, EndedAt = now };
    db.Add(room);
    var ideasActivity = new LiveActivity { OrganizationId = organization, ProjectId = project, SessionId = session.Id, Position = 0, Kind = ActivityKind.Ideas, Title = "Hva trenger turstien?", State = ActivityState.Closed, CreatedAt = now };
    var pulseActivity = new LiveActivity { OrganizationId = organization, ProjectId = project, SessionId = session.Id, Position = 1, Kind = ActivityKind.Pulse, Title = "Pulsen", State = ActivityState.Closed, ResultsRevealed = true, CreatedAt = now };
    db.AddRange(ideasActivity, pulseActivity);
    var phones = Enumerable.Range(0, PhonesPerSession)
        .Select(p => new LiveParticipant { OrganizationId = organization, RoomId = room.Id, SessionId = session.Id, TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), Kind = kinds[p % kinds.Length], CreatedAt = now })
        .ToList();
    db.AddRange(phones);
    for (var i = 0; i < IdeasPerSession; i++)
    {
        var phone = phones[i % phones.Count];
        var idea = new LiveContribution
        {
            OrganizationId = organization, SessionId = session.Id, ActivityId = ideasActivity.Id, ParticipantId = phone.Id, Kind = ActivityKind.Ideas,
            Text = $"Idé {i + 1} fra samling {s + 1}: benker, lys og en gapahuk ved elva", ParticipantKind = phone.Kind, Held = i % 97 == 0, CreatedAt = now, UpdatedAt = now,
        };
        ideas.Add(idea);
        db.Add(idea);
    }

    foreach (var phone in phones)
    {
        db.Add(new LiveContribution
        {
            OrganizationId = organization, SessionId = session.Id, ActivityId = pulseActivity.Id, ParticipantId = phone.Id, Kind = ActivityKind.Pulse,
            Values = PulseStatements.Ids.ToDictionary(id => id, _ => random.Next(2, 6)), ParticipantKind = phone.Kind, CreatedAt = now, UpdatedAt = now,
        });
    }

    await db.SaveChangesAsync();
    db.ChangeTracker.Clear();
}

var partners = Enumerable.Range(0, 10).Select(p => new Partner { OrganizationId = organization, ProjectId = project, Name = $"Partner {p + 1:00}", Kind = (PartnerKind)(p % 6), CreatedAt = now, UpdatedAt = now }).ToList();
db.AddRange(partners);
var ledger = partners.SelectMany(p => Enumerable.Range(0, 5).Select(c => new Contribution { OrganizationId = organization, ProjectId = project, PartnerId = p.Id, Kind = (ContributionKind)(c % 7), Description = "Kunnskap om nabolaget", Hours = 4, CreatedByUserId = user, CreatedAt = now })).ToList();
db.AddRange(ledger);
for (var d = 0; d < Decisions; d++)
{
    var decision = new DecisionEntry
    {
        OrganizationId = organization, ProjectId = project, Title = $"Beslutning {d + 1:000}", DecidedOn = DateOnly.FromDateTime(now).AddDays(-d),
        BasedOnText = "Innspill fra samlingene", CitizenKnowledgeChanged = d % 3 == 0 ? KnowledgeChanged.Yes : KnowledgeChanged.No, CitizenKnowledgeNote = "Innbyggerne kjente stien.",
        RecordedByUserId = user, CreatedAt = now,
    };
    decision.Contributions.Add(new DecisionContribution { DecisionId = decision.Id, ContributionId = ledger[d % ledger.Count].Id });
    decision.LiveContributions.Add(new DecisionLiveContribution { DecisionId = decision.Id, LiveContributionId = ideas[d * 97 % ideas.Count].Id });
    db.Add(decision);
}

var round = new EvaluationRound { OrganizationId = organization, ProjectId = project, Number = 1, Title = "Sluttevaluering", OpensOn = DateOnly.FromDateTime(now).AddDays(-5), ClosesOn = DateOnly.FromDateTime(now).AddDays(5), CreatedByUserId = user, CreatedAt = now };
db.Add(round);
foreach (var (group, count) in new[] { (EvaluationGroup.Leaders, 6), (EvaluationGroup.Partners, 10), (EvaluationGroup.Participants, 60) })
{
    for (var r = 0; r < count; r++)
    {
        db.Add(new EvaluationResponse
        {
            OrganizationId = organization, RoundId = round.Id, Group = group, SecretHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Answers = EvaluationStatements.Ids.ToDictionary(id => id, _ => (int?)(group == EvaluationGroup.Leaders ? 5 : random.Next(1, 5))), CreatedAt = now, UpdatedAt = now,
        });
    }
}

await db.SaveChangesAsync();
Console.WriteLine($"seeded: {Sessions} sessions, {ideas.Count + (Sessions * PhonesPerSession)} contributions ({Sessions * PhonesPerSession} pulse answers), {Decisions} decisions, {ledger.Count} ledger contributions");
return 0;
