using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Data;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Partnership;

/// <summary>The partnership on the project overview: its make-up, what the partners bring, and who has brought nothing yet.</summary>
public sealed class PartnershipSectionViewComponent(ProjectScope scope, AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Partnership/_PartnershipSection.cshtml", new PartnershipSection(
            scope.Id,
            scope.CanEdit,
            await PartnershipPicture.LoadAsync(db, scope.Id, HttpContext.RequestAborted)));
}

public sealed record PartnershipSection(Guid ProjectId, bool CanEdit, PartnershipPicture Picture);
