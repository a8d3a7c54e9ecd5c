using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Report;

/// <summary>
/// The report as a Word file and as JSON, and the project's data as CSV files in a ZIP and as JSON.
/// Only those who lead the project (its leaders and the organisation's administrators, in person or
/// through a personal access token) get them; partners see the evaluation, not these.
/// </summary>
public static class ReportApi
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{id:guid}/report.docx", DocxAsync)
            .RequireAuthorization(Policies.OrganizationMember).WithTags("Report").WithName("GetReportDocx").ExcludeFromDescription();
        endpoints.MapGet("/projects/{id:guid}/export.zip", ZipAsync)
            .RequireAuthorization(Policies.OrganizationMember).WithTags("Report").WithName("GetExportZip").ExcludeFromDescription();
        var project = endpoints.MapProjectApi();
        project.MapGet("/report", ReportAsync)
            .RequireAuthorization(Policies.OrganizationMember).WithTags("Report").WithName("GetReport")
            .WithSummary("The project report's content in one language (language=nb|nn|en, the caller's by default), as its parts in reading order.")
            .Produces<ReportDocument>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        project.MapGet("/export", ExportAsync)
            .RequireAuthorization(Policies.OrganizationMember).WithTags("Report").WithName("GetExport")
            .WithSummary("The project's data as one table per kind of row; nothing in it ties what was said to a person.")
            .Produces<Dictionary<string, List<Dictionary<string, object?>>>>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> DocxAsync(string? language, ProjectScope scope, AppDbContext db, TimeProvider clock, EvaluationCache evaluations, IStringLocalizer<ReportText> reportText, CancellationToken cancellationToken)
    {
        if (Refusal(scope, language, reportText) is { } refused)
        {
            return refused;
        }

        var document = await ComposeAsync(db, scope, clock, evaluations, language, cancellationToken);
        return Results.File(ReportDocx.Write(document, RadarPng.Draw), DocxType, FileName(scope, "docx", document.Language));
    }

    private static async Task<IResult> ReportAsync(string? language, ProjectScope scope, AppDbContext db, TimeProvider clock, EvaluationCache evaluations, IStringLocalizer<ReportText> reportText, CancellationToken cancellationToken) =>
        Refusal(scope, language, reportText) ?? Results.Ok(await ComposeAsync(db, scope, clock, evaluations, language, cancellationToken));

    private static async Task<IResult> ZipAsync(ProjectScope scope, AppDbContext db, TimeProvider clock, EvaluationCache evaluations, IStringLocalizer<ReportText> reportText, CancellationToken cancellationToken) =>
        Refusal(scope, null, reportText)
        ?? Results.File(ProjectExport.Zip(await ProjectExport.TablesAsync(db, scope, clock, cancellationToken)), "application/zip", FileName(scope, "zip", null));

    private static async Task<IResult> ExportAsync(ProjectScope scope, AppDbContext db, TimeProvider clock, EvaluationCache evaluations, IStringLocalizer<ReportText> reportText, CancellationToken cancellationToken) =>
        Refusal(scope, null, reportText) ?? Results.Ok(ProjectExport.Json(await ProjectExport.TablesAsync(db, scope, clock, cancellationToken)));

    private static IResult? Refusal(ProjectScope scope, string? language, IStringLocalizer<ReportText> reportText) =>
        !scope.CanLead ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: reportText["Api.NotLeader"])
        : language is not null && ReportWords.For(language) is null
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["language"] = [reportText["Api.BadLanguage"]] }, title: reportText["Api.BadLanguage"])
            : null;

    private static async Task<ReportDocument> ComposeAsync(AppDbContext db, ProjectScope scope, TimeProvider clock, EvaluationCache evaluations, string? language, CancellationToken cancellationToken)
    {
        var chosen = language ?? Cultures.Current;
        var facts = await ReportData.LoadAsync(db, scope, clock, evaluations, chosen, cancellationToken);
        return ReportComposer.Compose(facts, ReportWords.For(chosen)!);
    }

    /// <summary>"samskap-rapport-0195f3a1-nn.docx": the start of the project id rather than its title, which may hold signs a file system refuses.</summary>
    private static string FileName(ProjectScope scope, string extension, string? language) =>
        $"samskap-{(extension == "zip" ? "data" : "rapport")}-{scope.Id.ToString()[..8]}{(language is null ? "" : $"-{language}")}.{extension}";
}
