using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: which knowledge calls for a literature study, participation or co-creation.</summary>
[AllowAnonymous]
public sealed class KnowledgeModel : PageModel;
