using System.Security.Claims;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samskap.Web.Data;

namespace Samskap.Web.Infrastructure.Forms;

/// <summary>
/// One submission of a form that creates something, recorded under the random key the form was
/// rendered with. A second post of the same form — a double click, or Back and submit again — finds
/// the first one's result instead of creating a second row.
/// </summary>
public class FormSubmission : IHasCreatedAt
{
    public const int ResultUrlMaxLength = 500;

    public Guid Key { get; set; }
    public string? UserId { get; set; }
    public string ResultUrl { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> submission)
    {
        submission.ToTable("FormSubmissions");
        submission.HasKey(s => s.Key);
        submission.Property(s => s.Key).ValueGeneratedNever();
        submission.Property(s => s.UserId).HasMaxLength(450);
        submission.Property(s => s.ResultUrl).HasMaxLength(FormSubmission.ResultUrlMaxLength);
        submission.HasIndex(s => s.CreatedAt);
    }
}

public static class FormTables
{
    extension(AppDbContext db)
    {
        public DbSet<FormSubmission> FormSubmissions => db.Set<FormSubmission>();
    }
}

/// <summary>
/// The idempotency key of creating forms. The form writes <c>@Html.FormKey()</c>; the handler asks
/// <see cref="PreviousResultAsync"/> first, and calls <see cref="Record"/> before the same
/// SaveChanges that creates the row, so the row and its key are committed together or not at all.
/// When two posts race, the loser's insert fails on the key and <see cref="PreviousResultAsync"/>
/// then finds the winner's result.
/// </summary>
public sealed class OneTimeForms(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string FieldName = "__FormKey";

    /// <summary>Keys older than this are forgotten: nobody resubmits a form a week later by accident.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(7);

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("One-time forms need a request.");

    private string? UserId => Context.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The key the posted form carries, or null for a form without one.</summary>
    public Guid? PostedKey =>
        Context.Request.HasFormContentType && Guid.TryParse(Context.Request.Form[FieldName], out var key) && key != Guid.Empty ? key : null;

    /// <summary>Where the first submission of this form went, if it has been submitted before by the same person.</summary>
    public async Task<string?> PreviousResultAsync(CancellationToken cancellationToken)
    {
        if (PostedKey is not { } key)
        {
            return null;
        }

        var userId = UserId;
        return await db.FormSubmissions.AsNoTracking()
            .Where(s => s.Key == key && s.UserId == userId)
            .Select(s => s.ResultUrl)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Adds this submission's key to the unit of work that creates the row; saved with it.</summary>
    public void Record(string resultUrl)
    {
        if (PostedKey is not { } key)
        {
            return;
        }

        db.FormSubmissions.Add(new FormSubmission { Key = key, UserId = UserId, ResultUrl = resultUrl });
    }

    /// <summary>Forgets keys older than <see cref="Memory"/>; cheap, and run when a new one is kept.</summary>
    public Task ForgetOldAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Memory;
        return db.FormSubmissions.Where(s => s.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the unit of work that holds <see cref="Record"/>'s key. Returns null when it was saved,
    /// or the earlier result when a racing post with the same key won.
    /// </summary>
    public async Task<string?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (PostedKey is not null)
        {
            db.ChangeTracker.Clear();
            if (await PreviousResultAsync(cancellationToken) is { } previous)
            {
                return previous;
            }

            throw;
        }

        await ForgetOldAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// For work that cannot share one SaveChanges with the key (an account made through Identity):
    /// saves the key first, alone. Returns the earlier result when this form was already claimed.
    /// </summary>
    public Task<string?> ClaimAsync(string resultUrl, CancellationToken cancellationToken)
    {
        Record(resultUrl);
        return SaveAsync(cancellationToken);
    }

    /// <summary>Gives a claimed key back when the work behind it failed, so the form can be corrected and sent again.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (PostedKey is { } key)
        {
            await db.FormSubmissions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
        }
    }
}

public static class FormKeyHtml
{
    /// <summary>The hidden idempotency key of a creating form: a fresh one each time the form is rendered.</summary>
    public static IHtmlContent FormKey(this IHtmlHelper html)
    {
        var posted = html.ViewContext.HttpContext.Request.HasFormContentType
            ? html.ViewContext.HttpContext.Request.Form[OneTimeForms.FieldName].ToString()
            : "";
        // A form shown again with its errors keeps its key: the first valid post of it is the one that counts.
        var key = Guid.TryParse(posted, out var parsed) && parsed != Guid.Empty ? parsed : Guid.NewGuid();
        return new HtmlString($"<input type=\"hidden\" name=\"{OneTimeForms.FieldName}\" value=\"{key}\" />");
    }
}
