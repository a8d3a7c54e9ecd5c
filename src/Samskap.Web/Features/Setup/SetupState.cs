using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;

namespace Samskap.Web.Features.Setup;

/// <summary>
/// Whether first-run setup is still open (no user exists). Once a user exists it never closes
/// again, so the answer is cached for the life of the process after the first "done".
/// </summary>
public sealed class SetupState
{
    private volatile bool _done;

    public async Task<bool> IsDoneAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (_done)
        {
            return true;
        }

        _done = await db.Users.AnyAsync(cancellationToken);
        return _done;
    }

    public void MarkDone() => _done = true;
}
