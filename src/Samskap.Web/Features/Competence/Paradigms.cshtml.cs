using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: the three governance paradigms and how each sees citizens.</summary>
[AllowAnonymous]
public sealed class ParadigmsModel : PageModel;
