using Samskap.Web.Features.Projects;

namespace Samskap.Web.Features.Report;

/// <summary>The report's addresses: the print view, the Word file, the data export and their APIs.</summary>
public static class ReportRoutes
{
    public static string Report(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/report";
    public static string Report(Guid projectId, string language) => $"{Report(projectId)}?language={language}";
    public static string Saved(Guid projectId, string language) => $"{Report(projectId, language)}&saved=true";
    public static string Docx(Guid projectId, string language) => $"{ProjectRoutes.Details(projectId)}/report.docx?language={language}";
    public static string ExportZip(Guid projectId) => $"{ProjectRoutes.Details(projectId)}/export.zip";
    public static string Api(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/report";
    public static string Api(Guid projectId, string language) => $"{Api(projectId)}?language={language}";
    public static string ExportApi(Guid projectId) => $"{ProjectRoutes.Api(projectId)}/export";
}
