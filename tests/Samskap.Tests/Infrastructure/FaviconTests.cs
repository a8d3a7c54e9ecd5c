using System.Net;
using Samskap.Tests.Support;
using Samskap.Web.Data;

namespace Samskap.Tests.Infrastructure;

/// <summary>Browsers ask every site for its icon; Samskap has one, in SVG and in the old .ico form.</summary>
public sealed class FaviconTests(Apps apps)
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task The_icon_answers_anyone_with_its_type_and_the_security_headers(string path, string type)
    {
        using var visitor = Browserless.For(apps.For(DatabaseProvider.Sqlite));

        using var response = await visitor.Client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("img-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        if (path.EndsWith(".ico", StringComparison.Ordinal))
        {
            // An icon directory (reserved 0, type 1) holding the 16 and 32 pixel images.
            Assert.Equal([0, 0, 1, 0, 2, 0], body[..6]);
            Assert.Equal([16, 16], body[6..8]);
            Assert.Equal([32, 32], body[22..24]);
        }
        else
        {
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_layout_links_the_svg_icon_and_it_is_served()
    {
        var app = apps.For(DatabaseProvider.Sqlite);
        await app.CreateOrganizationAsync();
        using var visitor = Browserless.For(app);

        var (_, page) = await visitor.GetPageAsync("/competence");
        var icon = page.QuerySelector("head link[rel=icon]")!;
        using var linked = await visitor.Client.GetAsync(icon.GetAttribute("href"));

        Assert.Equal("image/svg+xml", icon.GetAttribute("type"));
        Assert.StartsWith("/favicon.svg?v=", icon.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
    }
}
