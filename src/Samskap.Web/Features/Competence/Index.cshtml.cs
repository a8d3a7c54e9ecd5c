using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: the overview of the competence pages.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel;
