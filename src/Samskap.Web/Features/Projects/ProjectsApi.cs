using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Projects;

public sealed record ProjectDto(Guid Id, string Title, string Challenge, string OwnerName, string Status, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ArchivedAt);

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/projects", async (AppDbContext db, bool? archived, CancellationToken cancellationToken) =>
            await db.Projects.AsNoTracking()
                .Where(p => archived == true ? p.ArchivedAt != null : p.ArchivedAt == null)
                .OrderBy(p => p.Title)
                .Select(ToDto)
                .ToListAsync(cancellationToken))
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Projects")
            .WithName("ListProjects")
            .WithSummary("Projects of the organisation the caller acts in.");

        // The project scope has answered 404 for an unknown or foreign id before this runs.
        endpoints.MapProjectApi().MapGet("/", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                Results.Ok(await db.Projects.AsNoTracking().Where(p => p.Id == scope.Id).Select(ToDto).FirstAsync(cancellationToken)))
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Projects")
            .WithName("GetProject")
            .Produces<ProjectDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Project, ProjectDto>> ToDto = p =>
        new ProjectDto(p.Id, p.Title, p.Challenge, p.Owner!.DisplayName, p.Status.ToString(), p.CreatedAt, p.UpdatedAt, p.ArchivedAt);
}
