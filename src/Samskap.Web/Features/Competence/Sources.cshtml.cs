using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: the sources the competence pages build on.</summary>
[AllowAnonymous]
public sealed class SourcesModel : PageModel;
