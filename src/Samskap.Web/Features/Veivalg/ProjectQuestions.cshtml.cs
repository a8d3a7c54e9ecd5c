using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectQuestionsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string ProjectTitle { get; private set; } = "";
    public AnswerSheet Sheet { get; private set; } = AnswerSheet.Read([], ignoreUnknownQuestions: true);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await ProjectDecisions.ProjectTitleAsync(db, Id, activeOnly: true, cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        ProjectTitle = title;
        Sheet = VeivalgQuery.Read(Request);
        return Page();
    }
}
