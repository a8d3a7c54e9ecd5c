using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Evaluation;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;
using Samskap.Web.Infrastructure.Tenancy;

namespace Samskap.Web.Features.Report;

/// <summary>
/// The project report on screen and on A4 paper (print CSS), in the language chosen for it; where
/// the leader writes the lessons, and the way to the Word file and the data.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ReportModel(ProjectScope scope, AppDbContext db, TenantContext tenant, TimeProvider clock, EvaluationCache evaluations, IStringLocalizer<ReportText> reportText) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [FieldLabel(typeof(ReportText), "Page.Language")]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    [FieldLabel(typeof(ReportText), "Lessons.Label")]
    public string? Lessons { get; set; }

    /// <summary>The version of the lessons the form was drawn with, so that two leaders do not overwrite each other unseen.</summary>
    [BindProperty]
    [FieldLabel(typeof(ReportText), "Lessons.Label")]
    public Guid? Version { get; set; }

    public ProjectScope Scope => scope;
    public ReportDocument Document { get; private set; } = null!;
    public string ReportLanguage { get; private set; } = Cultures.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        var notes = await db.ReportNotes.AsNoTracking().FirstOrDefaultAsync(n => n.ProjectId == scope.Id, cancellationToken);
        Lessons = notes?.Lessons ?? "";
        Version = notes?.Version;
        await ComposeAsync(cancellationToken);
        return HasBadLanguage ? this.Refuse(StatusCodes.Status400BadRequest) : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        if (HasBadLanguage)
        {
            await ComposeAsync(cancellationToken);
            return this.Refuse(StatusCodes.Status400BadRequest);
        }

        if (scope.IsArchived)
        {
            await ComposeAsync(cancellationToken);
            return this.Refuse(StatusCodes.Status409Conflict, reportText["Lessons.Error.Archived"]);
        }

        var lessons = (Lessons ?? "").Trim();
        if (lessons.Length > ReportNotes.LessonsMaxLength)
        {
            ModelState.AddModelError(nameof(Lessons), reportText["Lessons.Error.TooLong", NumberText.Of(ReportNotes.LessonsMaxLength), NumberText.Of(lessons.Length)]);
            await ComposeAsync(cancellationToken);
            return this.InvalidForm();
        }

        var notes = await db.ReportNotes.FirstOrDefaultAsync(n => n.ProjectId == scope.Id, cancellationToken);
        if (notes is not null && notes.Version != Version)
        {
            // Keep what this leader wrote in the field, and show the other's text in the report below.
            await ComposeAsync(cancellationToken);
            Version = notes.Version;
            return this.Refuse(StatusCodes.Status409Conflict, reportText["Lessons.Error.Conflict"]);
        }

        if (notes is null)
        {
            notes = new ReportNotes { OrganizationId = tenant.OrganizationId, ProjectId = scope.Id };
            db.ReportNotes.Add(notes);
        }

        notes.Lessons = lessons;
        notes.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another leader saved at the same moment (the version changed, or the first row was made twice).
            db.ChangeTracker.Clear();
            await ComposeAsync(cancellationToken);
            return this.Refuse(StatusCodes.Status409Conflict, reportText["Lessons.Error.Conflict"]);
        }

        return Redirect(ReportRoutes.Saved(scope.Id, ChosenLanguage()));
    }

    /// <summary>Only those who lead the project make its report; a language that is none of the three is named as the error.</summary>
    private ForbidResult? Refused()
    {
        if (!scope.CanLead)
        {
            return Forbid();
        }

        if (Language is not null && ReportWords.For(Language) is null)
        {
            ModelState.AddModelError(nameof(Language), reportText["Api.BadLanguage"]);
            Language = null;
            HasBadLanguage = true;
        }

        return null;
    }

    public bool HasBadLanguage { get; private set; }

    private string ChosenLanguage() => Language ?? Cultures.Current;

    private async Task ComposeAsync(CancellationToken cancellationToken)
    {
        ReportLanguage = ChosenLanguage();
        var facts = await ReportData.LoadAsync(db, scope, clock, evaluations, ReportLanguage, cancellationToken);
        Document = ReportComposer.Compose(facts, ReportWords.For(ReportLanguage)!);
    }
}
