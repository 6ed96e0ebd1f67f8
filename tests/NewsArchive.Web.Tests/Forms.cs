using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace NewsArchive.Web.Tests;

/// <summary>What a browser does with our forms: fetch the page, take its antiforgery token, post.</summary>
public static partial class Forms
{
    public const string AdminName = "admin";
    public const string AdminPassword = "correct horse battery";

    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, pageUrl);
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(fields));
    }

    /// <summary>Creates the first admin through the setup form; the client is signed in afterwards.</summary>
    public static async Task CreateAdminAsync(HttpClient client)
    {
        var response = await PostAsync(client, "/account/setup", new() { ["userName"] = AdminName, ["password"] = AdminPassword, ["confirm"] = AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }
        return content;
    }

    /// <summary>Uploads through the web form and returns the batch page's URL it redirects to.</summary>
    public static async Task<string> UploadAsync(HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var content = Files(files);
        content.Add(new StringContent(await TokenAsync(client, "/upload")), "__RequestVerificationToken");
        var response = await client.PostAsync("/upload", content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
