using System.Globalization;
using Samskap.Web.Features.Shared;
using Samskap.Web.Infrastructure.Localisation;

namespace Samskap.Web.Features.Sessions;

/// <summary>An agenda block as a form or the API sends it.</summary>
public sealed class BlockInput
{
    public string? Title { get; set; }
    public string? MethodId { get; set; }
    public string? Purpose { get; set; }

    /// <summary>Whole minutes, 1 to 480, as typed.</summary>
    public string? Minutes { get; set; }

    public string? LeadId { get; set; }
    public string? Materials { get; set; }
    [FieldLabel(typeof(SessionsText), "Field.Break")]
    public bool Break { get; set; }

    [FieldLabel(typeof(SessionsText), "Field.BlockRelationBuilding")]
    public bool RelationBuilding { get; set; }

    public static BlockInput From(AgendaBlock block) => new()
    {
        Title = block.Title,
        MethodId = block.MethodId,
        Purpose = block.Purpose,
        Minutes = block.Minutes.ToString(CultureInfo.InvariantCulture),
        LeadId = block.LeadUserId,
        Materials = block.Materials,
        Break = block.IsBreak,
        RelationBuilding = block.RelationBuilding,
    };
}

public sealed record CheckedBlock(string Title, string? MethodId, string Purpose, int Minutes, string? LeadId, string Materials, bool Break, bool RelationBuilding);

/// <summary>What a block may refer to: the methods the organisation can use, and the project's people.</summary>
public sealed record BlockContext(Func<string, bool> IsMethod, IReadOnlySet<string> PeopleIds);

/// <summary>The rules a block keeps, and how an agenda's order changes.</summary>
public static class BlockRules
{
    public static (List<FieldError> Errors, CheckedBlock? Block) Check(BlockInput input, BlockContext context)
    {
        var errors = new List<FieldError>();
        var title = (input.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors.Add(new FieldError(nameof(BlockInput.Title), "Block.Error.TitleRequired"));
        }
        else if (title.Length > AgendaBlock.TitleMaxLength)
        {
            errors.Add(new FieldError(nameof(BlockInput.Title), "Session.Error.TooLongText", NumberText.Of(AgendaBlock.TitleMaxLength)));
        }

        var purpose = Limited(errors, nameof(BlockInput.Purpose), input.Purpose, AgendaBlock.PurposeMaxLength);
        var materials = Limited(errors, nameof(BlockInput.Materials), input.Materials, AgendaBlock.MaterialsMaxLength);

        var minutes = 0;
        if (string.IsNullOrWhiteSpace(input.Minutes))
        {
            errors.Add(new FieldError(nameof(BlockInput.Minutes), "Block.Error.MinutesRequired"));
        }
        else if (!int.TryParse(input.Minutes.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out minutes) || !AgendaRules.IsValidDuration(minutes))
        {
            errors.Add(new FieldError(nameof(BlockInput.Minutes), "Block.Error.Minutes", $"{NumberText.Of(AgendaRules.MinBlockMinutes)}–{NumberText.Of(AgendaRules.MaxBlockMinutes)}"));
        }

        var methodId = string.IsNullOrWhiteSpace(input.MethodId) ? null : input.MethodId.Trim();
        // Another organisation's method is not among the context's, and reads as unknown.
        if (methodId is not null && (methodId.Length > AgendaBlock.MethodIdMaxLength || !context.IsMethod(methodId)))
        {
            errors.Add(new FieldError(nameof(BlockInput.MethodId), "Block.Error.Method"));
        }

        string? lead = null;
        if (!string.IsNullOrWhiteSpace(input.LeadId))
        {
            if (context.PeopleIds.Contains(input.LeadId))
            {
                lead = input.LeadId;
            }
            else
            {
                errors.Add(new FieldError(nameof(BlockInput.LeadId), "Session.Error.Person"));
            }
        }

        return errors.Count > 0
            ? (errors, null)
            : (errors, new CheckedBlock(title, methodId, purpose, minutes, lead, materials, input.Break, input.RelationBuilding));
    }

    public static void Apply(CheckedBlock input, AgendaBlock block)
    {
        block.Title = input.Title;
        block.MethodId = input.MethodId;
        block.Purpose = input.Purpose;
        block.Minutes = input.Minutes;
        block.LeadUserId = input.LeadId;
        block.Materials = input.Materials;
        block.IsBreak = input.Break;
        block.RelationBuilding = input.RelationBuilding;
    }

    /// <summary>
    /// The order after moving one block a step up (-1) or down (+1); null when it cannot move that
    /// way (the first block up, the last down) or is not in the agenda.
    /// </summary>
    public static IReadOnlyList<Guid>? Move(IReadOnlyList<Guid> order, Guid blockId, int step)
    {
        var index = order.ToList().IndexOf(blockId);
        var target = index + step;
        if (index < 0 || step is not (-1 or 1) || target < 0 || target >= order.Count)
        {
            return null;
        }

        var moved = order.ToList();
        (moved[index], moved[target]) = (moved[target], moved[index]);
        return moved;
    }

    /// <summary>A new order is only taken when it holds exactly the agenda's blocks, each once: else someone else changed the agenda.</summary>
    public static bool IsSameBlocks(IReadOnlyList<Guid> order, IReadOnlyList<Guid> requested) =>
        requested.Count == order.Count && requested.Distinct().Count() == requested.Count && !requested.Except(order).Any();

    private static string Limited(List<FieldError> errors, string field, string? value, int maxLength)
    {
        var text = (value ?? "").Trim();
        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(field, "Session.Error.TooLongText", NumberText.Of(maxLength)));
        }

        return text;
    }
}

/// <summary>What the venue rules need to know of the session's venue.</summary>
public sealed record VenueFacts(int Capacity, bool FullyChecked);

/// <summary>A session's warnings: the agenda rules, then the venue rules.</summary>
public static class SessionWarnings
{
    public const string VenueTooSmall = "venue-too-small";
    public const string VenueUnchecked = "venue-unchecked";

    public static IReadOnlyList<AgendaWarning> For(AgendaPlan plan, int expectedTotal, VenueFacts? venue)
    {
        var warnings = plan.Warnings.ToList();
        if (venue is not null)
        {
            if (expectedTotal > venue.Capacity)
            {
                warnings.Add(new AgendaWarning(VenueTooSmall, Over: expectedTotal - venue.Capacity));
            }

            if (!venue.FullyChecked)
            {
                warnings.Add(new AgendaWarning(VenueUnchecked));
            }
        }

        return warnings;
    }
}
