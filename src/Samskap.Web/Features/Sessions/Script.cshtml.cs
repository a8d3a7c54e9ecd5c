using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Projects;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// The facilitator's script: everything needed in the room on paper. It is the session page's agenda
/// with each method's steps, the materials, the roles, the venue's checklist and who is expected.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class ScriptModel(ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    public AgendaView Agenda { get; private set; } = null!;

    /// <summary>The method of each block that has one, with its steps in the reader's language.</summary>
    public IReadOnlyDictionary<string, MethodView> Methods { get; private set; } = new Dictionary<string, MethodView>();

    /// <summary>Everything to bring, from every block's materials, each once.</summary>
    public IReadOnlyList<string> Materials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        Agenda = await SessionData.AgendaAsync(db, scope, session, sessionsText, cancellationToken);
        var methods = new Dictionary<string, MethodView>();
        foreach (var id in Agenda.Blocks.Select(b => b.Block.MethodId).OfType<string>().Distinct())
        {
            if (await MethodCatalog.FindAsync(db, id, Cultures.Current, cancellationToken) is { } method)
            {
                methods[id] = method;
            }
        }

        Methods = methods;
        Materials = [.. Agenda.Blocks.SelectMany(b => MethodRules.Lines(b.Block.Materials)).Distinct(StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }
}
