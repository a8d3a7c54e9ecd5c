using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Methods;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Sessions;

/// <summary>
/// A session and its agenda. Blocks are added, moved and removed by plain form posts, each carrying
/// the version of the agenda it was read at; agenda.js sends the same posts and swaps in the agenda
/// the server answers with, so the clock times, the total and the warnings follow every change.
/// </summary>
[Authorize(Policy = Policies.OrganizationMember)]
public sealed class SessionModel(
    ProjectScope scope,
    AppDbContext db,
    IStringLocalizer<SessionsText> sessionsText,
    IStringLocalizer<FramesText> framesText,
    AgendaCache agendaCache) : PageModel
{
    /// <summary>The header agenda.js sends: answer with the agenda alone, not the page.</summary>
    public const string FragmentHeader = "X-Agenda";

    public ProjectScope Scope => scope;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    /// <summary>The block just moved or added without JavaScript: the page says where it is now.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Moved { get; set; }

    [BindProperty]
    public BlockInput Block { get; set; } = new();

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Version")]
    public Guid Version { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Block")]
    public Guid BlockId { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Step")]
    public int Step { get; set; }

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Order")]
    public Guid[] Order { get; set; } = [];

    [BindProperty]
    [FieldLabel(typeof(SessionsText), "Field.Method")]
    public string? MethodId { get; set; }

    public AgendaView Agenda { get; private set; } = null!;

    public IReadOnlyList<MethodView> Methods { get; private set; } = [];

    public string? PhaseName { get; private set; }

    private bool WantsFragment => Request.Headers[FragmentHeader] == "fragment";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await agendaCache.RowsAsync(db, scope, SessionId, cancellationToken) is not { } rows)
        {
            return NotFound();
        }

        Show(SessionData.Agenda(scope, rows.Agenda, sessionsText), rows.Agenda.OwnMethods, rows.Phases, Moved is { } moved ? shown => Position(shown, moved) : null);
        return Page();
    }

    /// <summary>Adds a block written by hand; a method chosen fills the fields left empty.</summary>
    public Task<IActionResult> OnPostAddBlockAsync(CancellationToken cancellationToken) => AddAsync(Block, fromLibrary: false, cancellationToken);

    /// <summary>
    /// Adds a method from the library in one step, with its name, duration and materials. From the
    /// library's own pages no version is sent: a block added at the end changes no one else's work.
    /// </summary>
    public Task<IActionResult> OnPostAddMethodAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(MethodId))
        {
            ModelState.AddModelError(nameof(MethodId), sessionsText["Block.Error.ChooseMethod"]);
        }

        return AddAsync(new BlockInput { MethodId = MethodId }, fromLibrary: true, cancellationToken);
    }

    public Task<IActionResult> OnPostMoveAsync(CancellationToken cancellationToken) =>
        ChangeAsync(blocks =>
        {
            var order = BlockRules.Move([.. blocks.Select(b => b.Id)], BlockId, Step);
            if (order is null)
            {
                return false;
            }

            SessionWrites.Order(blocks, order);
            return true;
        }, BlockId, cancellationToken);

    /// <summary>The order after a drag: all of the agenda's blocks, in their new order.</summary>
    public Task<IActionResult> OnPostReorderAsync(CancellationToken cancellationToken) =>
        ChangeAsync(blocks =>
        {
            if (!BlockRules.IsSameBlocks([.. blocks.Select(b => b.Id)], Order))
            {
                return false;
            }

            SessionWrites.Order(blocks, Order);
            return true;
        }, BlockId == Guid.Empty ? null : BlockId, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken) =>
        ChangeAsync(blocks =>
        {
            var block = blocks.FirstOrDefault(b => b.Id == BlockId);
            if (block is null)
            {
                return false;
            }

            db.AgendaBlocks.Remove(block);
            blocks.Remove(block);
            SessionWrites.Renumber(blocks);
            return true;
        }, null, cancellationToken);

    private async Task<IActionResult> AddAsync(BlockInput input, bool fromLibrary, CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        var method = await MethodCatalog.FindAsync(db, input.MethodId, Cultures.Current, cancellationToken);
        SessionWrites.FillFromMethod(input, method);
        var (errors, block) = BlockRules.Check(input, await SessionData.BlockContextAsync(db, scope, cancellationToken));
        if (block is null || !ModelState.IsValid)
        {
            FormErrors.AddTo(ModelState, nameof(Block), errors, sessionsText);
            return await RefuseAsync(session, StatusCodes.Status422UnprocessableEntity, null, cancellationToken);
        }

        var blocks = await SessionData.BlocksAsync(db, session.Id, cancellationToken);
        if (blocks.Count >= AgendaRules.MaxBlocks)
        {
            return await RefuseAsync(session, StatusCodes.Status409Conflict, sessionsText["Agenda.Error.TooMany", NumberText.Of(AgendaRules.MaxBlocks)], cancellationToken);
        }

        var added = SessionWrites.Append(session, blocks, block);
        db.AgendaBlocks.Add(added);
        var readVersion = fromLibrary && Version == Guid.Empty ? session.Version : Version;
        if (!await SessionWrites.SaveIfUnchangedAsync(db, session, readVersion, cancellationToken))
        {
            return await ConflictAsync(cancellationToken);
        }

        if (WantsFragment)
        {
            return await FragmentAsync(session, StatusCodes.Status200OK, view => sessionsText["Agenda.Added", added.Title, NumberText.Of(view.Blocks.Count)], null, cancellationToken);
        }

        Block = new BlockInput();
        return Redirect(SessionsRoutes.Moved(scope.Id, session.Id, added.Id));
    }

    /// <summary>
    /// Changes the agenda's blocks, if the agenda is still the one the person saw. A change that does
    /// not fit the agenda as stored (a block gone, a move past the end) is refused as a conflict.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Func<List<AgendaBlock>, bool> change, Guid? announced, CancellationToken cancellationToken)
    {
        var session = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        if (session is null || !scope.CanEdit)
        {
            return NotFound();
        }

        var blocks = await SessionData.BlocksAsync(db, session.Id, cancellationToken);
        if (session.Version != Version || !change(blocks) || !await SessionWrites.SaveIfUnchangedAsync(db, session, Version, cancellationToken))
        {
            return await ConflictAsync(cancellationToken);
        }

        if (WantsFragment)
        {
            return await FragmentAsync(session, StatusCodes.Status200OK, view => (announced is { } id ? Position(view, id) : null) ?? sessionsText["Agenda.Changed"], null, cancellationToken);
        }

        return Redirect(announced is { } moved ? SessionsRoutes.Moved(scope.Id, session.Id, moved) : SessionsRoutes.Agenda(scope.Id, session.Id));
    }

    /// <summary>Where a block is now: "«Pause» is now number 3 of 8".</summary>
    private string? Position(AgendaView view, Guid blockId) => view.Blocks.FirstOrDefault(b => b.Block.Id == blockId) is { } block
        ? sessionsText["Agenda.Position", block.Block.Title, NumberText.Of(block.Number), NumberText.Of(view.Blocks.Count)].Value
        : null;

    /// <summary>Someone else changed the agenda first: show it as it is now, with the person's input kept.</summary>
    private async Task<IActionResult> ConflictAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = await SessionData.FindAsync(db, scope.Id, SessionId, cancellationToken);
        if (now is null)
        {
            return NotFound();
        }

        ModelState.Remove(nameof(Version));
        return await RefuseAsync(now, StatusCodes.Status409Conflict, sessionsText["Agenda.Error.Conflict"], cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(Session session, int status, string? message, CancellationToken cancellationToken)
    {
        if (WantsFragment)
        {
            var problem = message ?? string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return await FragmentAsync(session, status, _ => problem, problem, cancellationToken);
        }

        await ShowAsync(session, null, cancellationToken);
        return message is null ? this.Refuse(status) : this.Refuse(status, message);
    }

    private async Task<PartialViewResult> FragmentAsync(Session session, int status, Func<AgendaView, string?> announce, string? conflict, CancellationToken cancellationToken)
    {
        var view = await SessionData.AgendaAsync(db, scope, session, sessionsText, cancellationToken);
        var result = Partial("/Features/Sessions/_Agenda.cshtml", view with { Announcement = announce(view), Conflict = conflict });
        result.StatusCode = status;
        return result;
    }

    /// <summary>The page again after a refused change, from fresh reads.</summary>
    private async Task ShowAsync(Session session, Func<AgendaView, string?>? announce, CancellationToken cancellationToken)
    {
        var rows = await SessionData.RowsAsync(db, scope, session, cancellationToken);
        IReadOnlyList<PhaseView> phases = session.Phase is null ? [] : await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken);
        Show(SessionData.Agenda(scope, rows, sessionsText), rows.OwnMethods, phases, announce);
    }

    private void Show(AgendaView view, IReadOnlyList<OrganizationMethod> ownMethods, IReadOnlyList<PhaseView> phases, Func<AgendaView, string?>? announce)
    {
        Agenda = announce is null ? view : view with { Announcement = announce(view) };
        Version = view.Session.Version;
        if (scope.CanEdit)
        {
            Methods = MethodCatalog.List(ownMethods, Cultures.Current, includeHidden: false);
        }

        PhaseName = view.Session.Phase is { } phase && phases.FirstOrDefault(p => p.Id == phase) is { } found ? FramesViews.PhaseName(found, framesText) : null;
    }
}
