using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Veivalg;

/// <summary>The nine questions for a project; an archived project takes no new decisions.</summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ProjectQuestionsModel(ProjectScope scope) : PageModel
{
    public ProjectScope Scope => scope;
    public AnswerSheet Sheet { get; private set; } = AnswerSheet.Read([], ignoreUnknownQuestions: true);

    public IActionResult OnGet()
    {
        if (!scope.CanEdit)
        {
            return NotFound();
        }

        Sheet = VeivalgQuery.Read(Request);
        return Page();
    }
}
