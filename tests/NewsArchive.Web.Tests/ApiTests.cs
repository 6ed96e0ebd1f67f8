using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsArchive.Web.Api;

namespace NewsArchive.Web.Tests;

public sealed class ApiTests
{
    [Fact]
    public async Task Articles_are_listed_and_fetched_as_json()
    {
        using var app = new ArchiveApp();
        var id = await app.WithDbAsync(db => Pages.StoreArticleAsync(db, "Api story", "First paragraph.\n\nSecond paragraph."));
        var client = app.CreateClient();

        var list = await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=5");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("Api story", list.GetProperty("items")[0].GetProperty("headline").GetString());

        var article = await client.GetFromJsonAsync<ArticleJson>($"/api/articles/{id}");
        Assert.Equal(["First paragraph.", "Second paragraph."], article!.Paragraphs);
        Assert.Equal(["Ada Reporter"], article.Authors);
        Assert.Equal("2024-03-05T09:15:00", article.Published);

        var missing = await client.GetAsync("/api/articles/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_api_returns_hits_and_refuses_an_empty_query()
    {
        using var app = new ArchiveApp();
        await app.WithDbAsync(db => Pages.StoreArticleAsync(db, "Harbour reopens", "The harbour reopened after the storm."));
        var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchJson>("/api/search?q=harbour");
        Assert.Equal(1, result!.Total);
        Assert.Contains("harbour", result.Hits[0].Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\u0002', result.Hits[0].Snippet);

        var empty = await client.GetAsync("/api/search");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Uploads_take_basic_auth_and_report_each_file()
    {
        using var app = new ArchiveApp();
        await Forms.CreateAdminAsync(app.Browser());
        var client = app.CreateClient();

        client.DefaultRequestHeaders.Authorization = Forms.Basic(Forms.AdminName, "wrong password");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/uploads", Forms.Files(("a.txt", Pages.Seed)))).StatusCode);

        client.DefaultRequestHeaders.Authorization = Forms.Basic(Forms.AdminName, Forms.AdminPassword);
        var response = await client.PostAsync("/api/uploads", Forms.Files(("seed.txt", Pages.Seed), ("empty.txt", [])));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var batch = await response.Content.ReadFromJsonAsync<ImportBatchJson>();
        Assert.True(batch!.Finished);
        Assert.Equal(["empty.txt", "seed.txt"], batch.Items.Select(i => i.FileName).Order().ToArray());
        Assert.Equal("rejected", batch.Items.Single(i => i.FileName == "empty.txt").Outcome);
        Assert.Equal(batch.StatusUrl, response.Headers.Location?.OriginalString);

        var status = await client.GetFromJsonAsync<ImportBatchJson>(batch.StatusUrl);
        Assert.Equal(batch.Id, status!.Id);

        var notMultipart = await client.PostAsync("/api/uploads", new StringContent("hello"));
        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        using var app = new ArchiveApp();
        var doc = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/articles", doc);
        Assert.Contains("/api/search", doc);
        Assert.Contains("/api/uploads", doc);
    }
}
