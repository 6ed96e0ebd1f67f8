using System.Net;

namespace NewsArchive.Web.Tests;

/// <summary>Browse, article and search pages over articles stored directly, so they hold whatever the extractor does.</summary>
public sealed class ReadingTests
{
    [Fact]
    public async Task Browse_lists_newest_first_with_filters_and_paging()
    {
        using var app = new ArchiveApp(new() { ["Archive:PageSize"] = "2" });
        await app.WithDbAsync(async db =>
        {
            await Pages.StoreArticleAsync(db, "Oldest harbour story", "Old body.", published: "2023-01-10T08:00:00");
            await Pages.StoreArticleAsync(db, "Middle election story", "Middle body.", site: "Other Daily", published: "2024-02-01T08:00:00");
            return await Pages.StoreArticleAsync(db, "Newest storm story", "New body.", published: "2025-06-30");
        });
        var client = app.Browser();

        var first = await client.GetStringAsync("/");
        Assert.True(first.IndexOf("Newest storm story", StringComparison.Ordinal) < first.IndexOf("Middle election story", StringComparison.Ordinal));
        Assert.DoesNotContain("Oldest harbour story", first);
        Assert.Contains("Page 1 of 2", first);
        Assert.Contains("Old body.", await client.GetStringAsync("/?page=2"));

        var filtered = await client.GetStringAsync("/?from=2024-01-01&to=2024-12-31");
        Assert.Contains("Middle election story", filtered);
        Assert.DoesNotContain("Newest storm story", filtered);
        Assert.DoesNotContain("Oldest harbour story", filtered);

        var bySite = await client.GetStringAsync("/?site=Other+Daily");
        Assert.Contains("Middle election story", bySite);
        Assert.DoesNotContain("Newest storm story", bySite);
        Assert.Contains("Ada Reporter", await client.GetStringAsync("/?author=Ada+Reporter"));
        Assert.Contains("No articles match", await client.GetStringAsync("/?author=nobody"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?page=abc&from=yesterday")).StatusCode);
    }

    [Fact]
    public async Task Article_page_is_a_clean_encoded_reading_view()
    {
        using var app = new ArchiveApp();
        var id = await app.WithDbAsync(db => Pages.StoreArticleAsync(db, "Quay <b>reopens</b> after storm", "LISBON (TP) — The quay reopened on Tuesday.\n\nA <script>alert(2)</script> second paragraph.", url: "javascript:alert(3)"));
        var html = await app.Browser().GetStringAsync($"/articles/{id}");

        Assert.Contains("Quay &lt;b&gt;reopens&lt;/b&gt; after storm", html);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:alert", html);
        Assert.Contains("Ada Reporter", html);
        Assert.Contains("5 March 2024, 09:15", html);
        Assert.Contains("A harbour at dawn.", html);
        Assert.Equal(2, html.Split("<p>").Length - 1 - CountOutsideBody(html));
        Assert.Contains($"/articles/{id}/raw", html);
        Assert.DoesNotContain("Re-extract", html);
    }

    private static int CountOutsideBody(string html)
    {
        var start = html.IndexOf("class=\"reader-body\"", StringComparison.Ordinal);
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html.Split("<p>").Length - 1 - (html[start..end].Split("<p>").Length - 1);
    }

    [Fact]
    public async Task Missing_article_is_a_friendly_404()
    {
        using var app = new ArchiveApp();
        var response = await app.Browser().GetAsync("/articles/424242");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_users_can_delete_an_article_with_its_raw_page()
    {
        using var app = new ArchiveApp();
        var id = await app.WithDbAsync(db => Pages.StoreArticleAsync(db, "To be deleted", "Body."));
        var client = app.Browser();
        await Forms.CreateAdminAsync(client);
        Assert.Contains("Re-extract", await client.GetStringAsync($"/articles/{id}"));

        var anonymous = app.Browser();
        var refused = await anonymous.PostAsync($"/articles/{id}/Delete", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var deleted = await Forms.PostAsync(client, $"/articles/{id}", [], $"/articles/{id}/Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{id}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.RawPages.Count())));
    }

    [Fact]
    public async Task Search_shows_count_and_safely_highlighted_snippets()
    {
        using var app = new ArchiveApp();
        var id = await app.WithDbAsync(async db =>
        {
            await Pages.StoreArticleAsync(db, "Unrelated harbour news", "Boats and fish.");
            return await Pages.StoreArticleAsync(db, "Kremlin talks", "The <b>Kremlin</b> said the call was frank.");
        });
        var html = await app.Browser().GetStringAsync("/search?q=kremlin");

        Assert.Contains("1 result", html);
        Assert.Contains($"/articles/{id}", html);
        Assert.Contains("&lt;b&gt;<mark>Kremlin</mark>&lt;/b&gt;", html);
        Assert.DoesNotContain("Unrelated harbour news", html);
        Assert.Contains("0 results", await app.Browser().GetStringAsync("/search?q=zebra"));
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/search?q=%22unbalanced&sort=weird&page=-3")).StatusCode);
        Assert.Contains("exact phrase", await app.Browser().GetStringAsync("/search/help"));
    }

    [Fact]
    public async Task Every_page_has_the_search_box_skip_link_and_landmarks()
    {
        using var app = new ArchiveApp();
        foreach (var url in new[] { "/", "/search", "/search/help", "/account/setup" })
        {
            var html = await app.Browser().GetStringAsync(url);
            Assert.Contains("role=\"search\"", html);
            Assert.Contains("class=\"skip-link\" href=\"#main\"", html);
            Assert.Contains("<main id=\"main\"", html);
            Assert.Contains("<label for=\"site-search\"", html);
            // Offline: every script, stylesheet and image comes from wwwroot (plain links out, like a credit, are fine).
            Assert.DoesNotMatch("<(script|img|link)[^>]+(src|href)=\"(https?:)?//", html);
        }
    }

    [Fact]
    public async Task First_run_imports_the_seed_folder()
    {
        using var app = new ArchiveApp(new() { ["Archive:ImportSeedsOnFirstRun"] = "true" });
        var html = await app.Browser().GetStringAsync("/");
        var stored = await app.WithDbAsync(db => Task.FromResult(db.RawPages.Select(p => p.FileName).ToList()));
        Assert.Equal(["000_7ab0d674ca9279b7.txt"], stored);
        if (await app.WithDbAsync(db => Task.FromResult(db.Articles.Any())))
            Assert.Contains("Putin", html);
    }
}
