using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Projects;

public sealed record ProjectDto(Guid Id, string Title, string Challenge, string OwnerName, string Status, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ArchivedAt);

public static class ProjectsApi
{
    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/api/v1/projects")
            .RequireAuthorization(Policies.OrganizationMember)
            .WithTags("Projects");

        projects.MapGet("/", async (AppDbContext db, bool? archived, CancellationToken cancellationToken) =>
            await db.Projects.AsNoTracking()
                .Where(p => archived == true ? p.ArchivedAt != null : p.ArchivedAt == null)
                .OrderBy(p => p.Title)
                .Select(ToDto)
                .ToListAsync(cancellationToken))
            .WithName("ListProjects")
            .WithSummary("Projects of the organisation the caller acts in.");

        projects.MapGet("/{id:guid}", async (Guid id, AppDbContext db, CancellationToken cancellationToken) =>
                await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(ToDto).FirstOrDefaultAsync(cancellationToken) is { } project
                    ? Results.Ok(project)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Project not found"))
            .WithName("GetProject")
            .Produces<ProjectDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Project, ProjectDto>> ToDto = p =>
        new ProjectDto(p.Id, p.Title, p.Challenge, p.Owner!.DisplayName, p.Status.ToString(), p.CreatedAt, p.UpdatedAt, p.ArchivedAt);
}
