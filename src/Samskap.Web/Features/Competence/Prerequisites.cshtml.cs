using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Competence;

/// <summary>Public competence page: the four prerequisites and their twelve points; each point's element id is its model id with the dot as a hyphen (competence.what → competence-what), so other features can link to it.</summary>
[AllowAnonymous]
public sealed class PrerequisitesModel : PageModel;
