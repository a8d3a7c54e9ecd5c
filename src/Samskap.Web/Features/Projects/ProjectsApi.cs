using Microsoft.EntityFrameworkCore;
using Samskap.Web.Data;
using Samskap.Web.Infrastructure.Security;

namespace Samskap.Web.Features.Projects;

public sealed record ProjectDto(Guid Id, string Title, string Challenge, string OwnerName, string Status, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ArchivedAt);

/// <param name="Id">The person's id, as ownerId and participantIds take it.</param>
/// <param name="Name">The name they go by.</param>
/// <param name="Role">leader, facilitator, partner or viewer.</param>
public sealed record ProjectPersonDto(string Id, string Name, string Role);

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
        endpoints.MapProjectApi().MapGet("/", async (ProjectScope scope, AppDbContext db, IEnumerable<IProjectApiPart> parts, CancellationToken cancellationToken) =>
            {
                var dto = await db.Projects.AsNoTracking().Where(p => p.Id == scope.Id).Select(ToDto).FirstAsync(cancellationToken);
                var project = new Dictionary<string, object?>
                {
                    ["id"] = dto.Id,
                    ["title"] = dto.Title,
                    ["challenge"] = dto.Challenge,
                    ["ownerName"] = dto.OwnerName,
                    ["status"] = dto.Status,
                    ["createdAt"] = dto.CreatedAt,
                    ["updatedAt"] = dto.UpdatedAt,
                    ["archivedAt"] = dto.ArchivedAt,
                };
                foreach (var part in parts)
                {
                    await part.AddToAsync(scope, project, cancellationToken);
                }

                return Results.Ok(project);
            })
            .RequireAuthorization(Policies.ProjectPerson)
            .WithTags("Projects")
            .WithName("GetProject")
            .WithDescription("The project's own fields, as in the list, and each feature's parts of it: partners, contributions, ledger, frames, warnings and more.")
            .Produces<ProjectDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapProjectApi().MapGet("/people", async (ProjectScope scope, AppDbContext db, CancellationToken cancellationToken) =>
                Results.Ok((await ProjectPeople.ListAsync(db, scope, cancellationToken))
                    .Select(person => new ProjectPersonDto(person.Id, person.Name, ProjectRoles.Word(person.Role)))))
            .RequireAuthorization(Policies.ProjectPerson)
            .WithTags("Projects")
            .WithName("ListProjectPeople")
            .WithSummary("The people of the project with their project role; their ids are the person ids other project APIs take (ownerId, participantIds).")
            .Produces<IReadOnlyList<ProjectPersonDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return endpoints;
    }

    private static readonly System.Linq.Expressions.Expression<Func<Project, ProjectDto>> ToDto = p =>
        new ProjectDto(p.Id, p.Title, p.Challenge, p.Owner!.DisplayName, p.Status.ToString(), p.CreatedAt, p.UpdatedAt, p.ArchivedAt);
}
