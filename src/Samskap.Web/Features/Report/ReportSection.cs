using Microsoft.AspNetCore.Mvc;
using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Report;

/// <summary>The report's part of the project overview: the last step of the journey, for those who lead the project.</summary>
public sealed class ReportSectionViewComponent(ProjectScope scope) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        scope.CanLead ? View("/Features/Report/_ReportSection.cshtml", scope.Id) : Content("");
}
