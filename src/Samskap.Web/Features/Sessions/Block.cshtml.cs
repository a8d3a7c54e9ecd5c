using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// Changes one block of an agenda. The form carries the agenda's version: when someone else changed
/// the agenda in between, the save is refused (409), and the person's input is shown again beside
/// the block as it is stored now.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class BlockModel(ProjectScope scope, AppDbContext db, IStringLocalizer<SessionsText> sessionsText) : PageModel
{
    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid BlockId { get; set; }

    [BindProperty]
    public BlockInput Block { get; set; } = new();

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Version")]
    public Guid Version { get; set; }

    public string SessionTitle { get; private set; } = "";

    public string BlockTitle { get; private set; } = "";

    public IReadOnlyList<MethodView> Methods { get; private set; } = [];

    public IReadOnlyList<Choice> People { get; private set; } = [];

    /// <summary>The block as stored now, shown when the save met someone else's change.</summary>
    public AgendaBlock? StoredNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (session, block) = await FindAsync(cancellationToken);
        if (session is null || block is null || !scope.CanEdit)
        {
            return NotFound();
        }

        Block = BlockInput.From(block);
        Version = session.Version;
        await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (session, block) = await FindAsync(cancellationToken);
        if (session is null || block is null || !scope.CanEdit)
        {
            return NotFound();
        }

        await ChoicesAsync(cancellationToken);
        var (errors, input) = BlockRules.Check(Block, await SessionData.BlockContextAsync(db, scope, cancellationToken));
        if (input is null)
        {
            FormErrors.AddTo(ModelState, nameof(Block), errors, sessionsText);
            return this.InvalidForm();
        }

        BlockRules.Apply(input, block);
        if (!await SessionWrites.SaveIfUnchangedAsync(db, session, Version, cancellationToken))
        {
            var (now, storedBlock) = await FindAsync(cancellationToken);
            if (now is null || storedBlock is null)
            {
                return NotFound();
            }

            StoredNow = storedBlock;
            // Saving again from here means "keep mine": the form now carries the version just read.
            Version = now.Version;
            ModelState.Remove(nameof(Version));
            return this.Refuse(StatusCodes.Status409Conflict, sessionsText["Agenda.Error.Conflict"]);
        }

        return Redirect(SessionsRoutes.Moved(scope.Id, session.Id, block.Id));
    }

    private async Task ChoicesAsync(CancellationToken cancellationToken)
    {
        Methods = await MethodCatalog.ListAsync(db, Cultures.Current, includeHidden: true, cancellationToken);
        People = [.. (await ProjectPeople.ListAsync(db, scope, cancellationToken)).Select(p => new Choice(p.Id, p.Name))];
    }

    private async Task<(Session? Session, AgendaBlock? Block)> FindAsync(CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        var block = session is null ? null : await db.AgendaBlocks.FirstOrDefaultAsync(b => b.Id == BlockId && b.SessionId == session.Id, cancellationToken);
        SessionTitle = session?.Title ?? "";
        BlockTitle = block?.Title ?? "";
        return (session, block);
    }
}
