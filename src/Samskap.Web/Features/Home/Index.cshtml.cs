using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.Home;

[AllowAnonymous]
public sealed class IndexModel : PageModel;
