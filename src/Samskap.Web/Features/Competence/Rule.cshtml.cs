using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: the rule: co-create only when strictly necessary, but then fully.</summary>
[AllowAnonymous]
public sealed class RuleModel : PageModel;
