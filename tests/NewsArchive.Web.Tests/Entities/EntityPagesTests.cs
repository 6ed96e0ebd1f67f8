using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Tests.Entities;

/// <summary>People and places pages, entity pages, suggestions and entity search over the seed page, imported with the real extractor.</summary>
public sealed class EntityPagesTests : IAsyncLifetime
{
    private readonly ArchiveApp _app = new(new() { ["Archive:PageSize"] = "5" });

    public async Task InitializeAsync()
    {
        using var scope = _app.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PageIngestor>().IngestAsync("000_7ab0d674ca9279b7.txt", Pages.Seed, null);
        Assert.Equal(ImportOutcome.Imported, outcome.Outcome);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<long> IdOf(EntityKind kind, string name) => _app.WithDbAsync(db =>
        db.Entities.Where(e => e.Kind == kind && e.Key == EntityKeys.For(name)).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task People_and_places_are_listed_with_counts_filter_and_order()
    {
        var client = _app.Browser();
        var people = await client.GetStringAsync("/people");
        foreach (var name in new[] { "Donald Trump", "Vladimir Putin", "Yuri Ushakov", "Volodymyr Zelenskyy", "Emmanuel Macron" })
            Assert.Contains($">{name}</a>", people);
        Assert.DoesNotContain(">Vladimir Isachenkov</a>", people); // the author is not a person the article is about
        Assert.Contains("href=\"/places\"", people);

        var places = await client.GetStringAsync("/places");
        foreach (var name in new[] { "Moscow", "Iran", "Ukraine", "Kyiv", "Turkey", "Denmark", "Syria" })
            Assert.Contains($">{name}</a>", places);

        // The filter matches spellings too: "Zelensky" is an alias of Volodymyr Zelenskyy.
        var filtered = await client.GetStringAsync("/people?filter=zelensky");
        Assert.Contains(">Volodymyr Zelenskyy</a>", filtered);
        Assert.DoesNotContain(">Vladimir Putin</a>", filtered);

        var byName = await client.GetStringAsync("/people?sort=name");
        Assert.True(byName.IndexOf(">Donald Trump</a>", StringComparison.Ordinal) < byName.IndexOf(">Emmanuel Macron</a>", StringComparison.Ordinal));
        Assert.True(byName.IndexOf(">Vladimir Putin</a>", StringComparison.Ordinal) < byName.IndexOf(">Yuri Ushakov</a>", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/persons")).StatusCode);
    }

    [Fact]
    public async Task Entity_page_shows_articles_related_names_and_a_chart()
    {
        var client = _app.Browser();
        var putin = await IdOf(EntityKind.Person, "Vladimir Putin");
        var html = await client.GetStringAsync($"/people/{putin}");
        Assert.Contains("<h1>Vladimir Putin</h1>", html);
        Assert.Contains("Putin and Trump discuss Iran and Ukraine", html);
        Assert.Contains("<svg class=\"month-chart\"", html);
        Assert.Contains("<title id=\"chart-title\">Articles mentioning Vladimir Putin per month</title>", html);
        Assert.Contains("July 2025: 1 article", html);
        Assert.Contains(">Donald Trump</a>", html[html.IndexOf("People mentioned with", StringComparison.Ordinal)..]);
        Assert.Contains(">Kyiv</a>", html[html.IndexOf("Places mentioned with", StringComparison.Ordinal)..]);

        var kyiv = await IdOf(EntityKind.Place, "Kyiv");
        var place = await client.GetStringAsync($"/places/{kyiv}");
        Assert.Contains("class=\"world-map\"", place);
        Assert.Contains("href=\"/maps/world.svg\"", place);
        Assert.Contains("Ukraine", place);
        Assert.Contains("50.45° N", place);
        var map = await client.GetAsync("/maps/world.svg");
        Assert.Equal("image/svg+xml", map.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<path d=\"M", await map.Content.ReadAsStringAsync());

        // The wrong kind in the address, or an unknown id, is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/places/{putin}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/987654")).StatusCode);
    }

    [Fact]
    public async Task Suggest_returns_people_and_places_as_json()
    {
        var client = _app.Browser();
        using var zel = JsonDocument.Parse(await client.GetStringAsync("/api/entities/suggest?q=Zel&kind=person"));
        var first = zel.RootElement[0];
        Assert.Equal("Volodymyr Zelenskyy", first.GetProperty("name").GetString());
        Assert.Equal("person", first.GetProperty("kind").GetString());
        Assert.Equal(1, first.GetProperty("count").GetInt32());
        Assert.Equal($"/people/{await IdOf(EntityKind.Person, "Volodymyr Zelenskyy")}", first.GetProperty("url").GetString());

        using var ky = JsonDocument.Parse(await client.GetStringAsync("/api/entities/suggest?q=ky&kind=place"));
        Assert.Contains(ky.RootElement.EnumerateArray(), e => e.GetProperty("name").GetString() == "Kyiv" && e.GetProperty("kind").GetString() == "place");
        Assert.DoesNotContain(ky.RootElement.EnumerateArray(), e => e.GetProperty("kind").GetString() == "person");

        // A word inside the name matches too; nothing typed, nothing suggested.
        using var putin = JsonDocument.Parse(await client.GetStringAsync("/api/entities/suggest?q=put"));
        Assert.Equal("Vladimir Putin", putin.RootElement[0].GetProperty("name").GetString());
        Assert.Equal("[]", await client.GetStringAsync("/api/entities/suggest?q=%20"));
    }

    [Fact]
    public async Task Search_takes_person_and_place_terms_and_shows_removable_chips()
    {
        var client = _app.Browser();
        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("person:\"Vladimir Putin\" place:Kyiv"));
        Assert.Contains("1 result", html);
        Assert.Contains("and Trump discuss Iran", html);
        Assert.Contains("class=\"filter-chips\"", html);
        Assert.Contains("href=\"/search?q=place%3A%22Kyiv%22\"", html); // removing the person chip keeps the place

        Assert.Contains("1 result", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("phone call person:Zelensky")));
        Assert.Contains("0 results", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("person:\"Nobody Known\"")));
        Assert.Contains("No person called", await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("person:\"Nobody Known\"")));
        // A plain text search for another spelling finds the article through the indexed aliases.
        Assert.Contains("1 result", await client.GetStringAsync("/search?q=Zelensky"));
        var inside = await client.GetStringAsync("/search?inside=true&q=" + Uri.EscapeDataString("place:Ukraine"));
        Assert.Contains("and places inside", inside);
        Assert.Contains("checked=\"checked\"", inside);
    }

    [Fact]
    public async Task Article_page_links_people_and_places_and_lists_the_author_apart()
    {
        var client = _app.Browser();
        var id = await _app.WithDbAsync(db => db.Articles.Select(a => a.Id).SingleAsync());
        var html = await client.GetStringAsync($"/articles/{id}");
        Assert.Contains($"href=\"/people/{await IdOf(EntityKind.Person, "Vladimir Putin")}\">Vladimir Putin</a>", html);
        Assert.Contains($"href=\"/places/{await IdOf(EntityKind.Place, "Kyiv")}\">Kyiv</a>", html);
        Assert.Contains("Highlight mentions in the text", html);
        Assert.DoesNotContain("<mark", html);
        var marked = await client.GetStringAsync($"/articles/{id}?highlight=true");
        Assert.Contains("<mark class=\"mention mention-person\">Vladimir Putin</mark>", marked);
        Assert.Contains("<mark class=\"mention mention-place\">Kyiv</mark>", marked);
    }
}

/// <summary>The highlight view on an article whose text carries markup: the markup must stay text.</summary>
public sealed class MentionHighlightTests
{
    [Fact]
    public async Task Highlighting_encodes_the_page_text_before_marking_names()
    {
        using var app = new ArchiveApp();
        var id = await app.WithDbAsync(async db =>
        {
            var articleId = await Pages.StoreArticleAsync(db, "Talks in <b>Kyiv</b>", "LISBON (TP) — Officials met in <b>Kyiv</b> & <script>alert(1)</script> Kyivans cheered.");
            await EntityIndexer.IndexAsync(db, articleId, new ExtractedArticle { Format = PageFormat.Text, Places = [new EntityMention("Kyiv", 2) { CountryCode = "UA" }] });
            return articleId;
        });
        var html = await app.Browser().GetStringAsync($"/articles/{id}?highlight=true");
        Assert.Contains("&lt;b&gt;<mark class=\"mention mention-place\">Kyiv</mark>&lt;/b&gt;", html);
        Assert.Contains("&amp; &lt;script&gt;alert(1)&lt;/script&gt; Kyivans", html); // whole words only
        Assert.DoesNotContain("<b>Kyiv", html);
        Assert.DoesNotContain("<script>alert", html);
    }
}
