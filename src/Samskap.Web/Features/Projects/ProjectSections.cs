using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Samskap.Web.Features.Projects;

/// <summary>
/// One feature's part of the project overview: a view component that reads <see cref="ProjectScope"/>,
/// shown in the order of the leader's journey.
/// </summary>
public sealed record ProjectSection(int Order, Type ViewComponent);

/// <summary>
/// The places on the overview, in the order of the leader's journey (docs/architecture.md): every
/// planned feature already has its number, so adding one does not touch this file.
/// </summary>
public static class ProjectSectionOrder
{
    /// <summary>What needs attention comes first, before the journey.</summary>
    public const int Warnings = 50;
    public const int Veivalg = 100;
    public const int Readiness = 200;
    public const int Partnership = 300;
    public const int Frames = 400;
    public const int Sessions = 500;
    public const int Actions = 600;
    public const int Decisions = 700;
    public const int Evaluation = 800;
    public const int Report = 900;
}

public static class ProjectSectionRegistration
{
    /// <summary>Adds a feature's section to the project overview; <c>Projects/Details</c> itself knows no feature.</summary>
    public static IServiceCollection AddProjectSection<TViewComponent>(this IServiceCollection services, int order)
        where TViewComponent : ViewComponent =>
        services.AddSingleton(new ProjectSection(order, typeof(TViewComponent)));
}

/// <summary>
/// A section's compiled queries (<c>EF.CompileAsyncQuery</c>), made once per model, that is once per
/// database provider: a compiled query is bound to the model it first ran with. The overview runs
/// every section on each visit, and this spares them translating their queries every time.
/// </summary>
public sealed class SectionQueries<TQueries>(Func<TQueries> compile)
    where TQueries : class
{
    private readonly ConcurrentDictionary<IModel, TQueries> _byModel = new();

    public TQueries For(DbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
}
