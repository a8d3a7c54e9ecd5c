using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: the three core elements of co-creation (Tortzen 2019).</summary>
[AllowAnonymous]
public sealed class CoreElementsModel : PageModel;
