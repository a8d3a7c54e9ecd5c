using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Readiness;
using Samskap.Web.Features.Veivalg;

namespace Samskap.Web.Features.Report;

/// <summary>The latest Veivalg decision: the approach, the leader's reasons and the day.</summary>
public sealed record ReportApproach(Approach Approach, ApproachStatus Status, string Rationale, DateOnly DecidedOn);

/// <summary>A readiness round: when it ran, how many answered, and its result when enough did.</summary>
public sealed record ReportReadinessRound(int Number, DateOnly OpensOn, DateOnly ClosesOn, int Respondents, ReadinessResult? Result);

/// <summary>A partner and what they brought.</summary>
public sealed record ReportPartner(string Name, string Kind, int Contributions, int Knowledge, decimal Hours, decimal Nok);

/// <summary>The frames as planned and as used.</summary>
public sealed record ReportFrames(long? PlannedHours, long? UsedHours, long? PlannedNok, long? UsedNok, DateOnly? Start, DateOnly? End);

/// <summary>A session that was held, with the methods its agenda used.</summary>
public sealed record ReportSession(string Title, DateOnly Date, IReadOnlyList<string> Methods);

/// <summary>A decision of the log that stands, with what it built on.</summary>
public sealed record ReportDecision(string Title, DateOnly DecidedOn, string BasedOnText, bool ChangedByCitizens, IReadOnlyList<string> Cited);

/// <summary>Everything the report says, read from the project; no words of the report's own, so one set of facts makes the report in every language.</summary>
public sealed record ReportFacts(
    string ProjectTitle,
    string Challenge,
    ReportApproach? Approach,
    IReadOnlyList<ReportReadinessRound> Readiness,
    IReadOnlyList<ReportPartner> Partners,
    ReportFrames Frames,
    IReadOnlyList<ReportSession> Sessions,
    EvaluationView Evaluation,
    IReadOnlyList<ReportDecision> Decisions,
    string Lessons,
    DateOnly Today);
