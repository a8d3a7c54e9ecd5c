using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Samskap.Web.Data;
using Samskap.Web.Features.Frames;
using Samskap.Web.Features.Partnership;
using Samskap.Web.Features.Projects;
using Samskap.Web.Features.Venues;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>One choice of a select: its value and what the reader sees.</summary>
public sealed record Choice(string Value, string Text);

/// <summary>What the session form offers: the project's phases and people, the organisation's venues, the partner kinds.</summary>
public sealed record SessionChoices(IReadOnlyList<Choice> Phases, IReadOnlyList<Choice> People, IReadOnlyList<Choice> Venues, IReadOnlyList<Choice> PartnerKinds)
{
    public static async Task<SessionChoices> LoadAsync(
        AppDbContext db, ProjectScope scope, IStringLocalizer<FramesText> framesText, IStringLocalizer<PartnershipText> partnershipText, CancellationToken cancellationToken)
    {
        var phases = await ProjectFrames.PhasesAsync(db, scope.Id, cancellationToken);
        var people = await ProjectPeople.ListAsync(db, scope, cancellationToken);
        var venues = await db.Venues.AsNoTracking().OrderBy(v => v.Name).Select(v => new { v.Id, v.Name, v.Capacity }).ToListAsync(cancellationToken);
        return new SessionChoices(
            [.. phases.Where(p => !p.Skipped).Select(p => new Choice(p.Id, FramesViews.PhaseName(p, framesText)))],
            [.. people.Select(p => new Choice(p.Id, p.Name))],
            [.. venues.Select(v => new Choice(v.Id.ToString(), $"{v.Name} ({NumberText.Of(v.Capacity)})"))],
            [.. PartnershipWords.PartnerKinds.Select(k => new Choice(PartnershipWords.Word(k), PartnershipViews.KindName(partnershipText, k)))]);
    }
}

/// <summary>What the session form shows: the input, the choices, and for an edit the version it was read at.</summary>
public sealed record SessionForm(SessionInput Input, SessionChoices Choices, string Action, string SubmitText, string CancelUrl, Guid? Version = null);

/// <summary>The fields of a block's form: the input, the methods to choose from, and the project's people.</summary>
public sealed record BlockFields(BlockInput Input, IReadOnlyList<Samskap.Web.Features.Methods.MethodView> Methods, IReadOnlyList<Choice> People);

/// <summary>
/// The method select's options, "Innsjekk (15 min)": the text is looked up once for the whole list,
/// since every lookup takes the resource manager's locks and an agenda page lists the library twice.
/// </summary>
public static class MethodOptions
{
    public static IReadOnlyList<Choice> For(IEnumerable<Samskap.Web.Features.Methods.MethodView> methods, IStringLocalizer<SessionsText> sessionsText)
    {
        var format = sessionsText["Method.Option"].Value;
        return [.. methods.Select(m => new Choice(m.Id, string.Format(System.Globalization.CultureInfo.CurrentCulture, format, m.Name, NumberText.Of(m.Minutes))))];
    }
}
