using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Samskap.Web.Features.About;

/// <summary>The accessibility statement (tilgjengelighetserklæring) that Norwegian public-sector services must publish.</summary>
[AllowAnonymous]
public sealed class AccessibilityModel : PageModel;
