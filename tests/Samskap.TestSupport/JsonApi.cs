using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Samskap.TestSupport;

/// <summary>Posts raw JSON to an API endpoint as an anonymous client in a language, and reads the JSON answer.</summary>
public static class JsonApi
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(SamskapFactory app, string path, string json, string language = "en")
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
