using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests;

public sealed class ArticleSearchTests : IAsyncLifetime
{
    private readonly TempArchive _archive = new();
    private readonly Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        await _archive.InitializeAsync();
        var ingestor = _archive.Ingestor();
        async Task Add(string key, string headline, string body, string published, string? authors = null, string? site = null)
        {
            var outcome = await ingestor.IngestAsync(key + ".txt", TestPages.Page(headline, body, published, authors, site), null);
            _ids[key] = outcome.ArticleId!.Value;
        }
        await Add("headline-match", "Volcano erupts near the coast", "Ash fell on three towns. Flights were cancelled.", "2025-01-10", "Ana Pérez", "Coast Daily");
        await Add("body-match", "Airport reopens after closure", "The closure followed ash from a distant volcano. Flights resumed on Friday morning after inspections of every runway and terminal building.", "2025-02-10", "Bo Li", "Air Times");
        await Add("zelensky", "Zelensky meets leaders", "President Zelenskyy spoke about grain exports and the Black Sea.", "2025-03-01", "Ana Pérez", "World Wire");
        await Add("grain", "Grain prices rise", "Wheat and grain futures climbed on the Black Sea news. Farmers in Kansas welcomed the rise.", "2025-04-01", "Cy Young", "Farm Post");
        await Add("accents", "Café owners protest", "Owners of cafés in São Paulo protested new rules.", "2024-12-24", null, "Coast Daily");
        // A hidden copy of "grain": must never appear in search or browse.
        await ingestor.IngestAsync("grain-copy.txt", TestPages.Page("Grain prices rise", "Wheat and grain futures climbed on the Black Sea news. Farmers in Kansas welcomed the rise.", "2025-04-01", site: "Copy Site"), null);
    }

    public Task DisposeAsync() => _archive.DisposeAsync();

    private async Task<List<long>> Ids(string query, SearchSort sort = SearchSort.Relevance)
    {
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest(query, Sort: sort));
        Assert.Equal(results.Hits.Count, results.Total);
        return results.Hits.Select(h => h.ArticleId).ToList();
    }

    [Fact]
    public async Task A_headline_match_ranks_above_a_body_only_match()
    {
        Assert.Equal([_ids["headline-match"], _ids["body-match"]], await Ids("volcano"));
    }

    [Fact]
    public async Task Words_are_all_required_and_phrases_keep_word_order()
    {
        Assert.Equal([_ids["grain"]], await Ids("grain kansas"));
        Assert.Equal([_ids["zelensky"], _ids["grain"]], (await Ids("\"black sea\"")).OrderBy(id => id).ToList());
        Assert.Empty(await Ids("\"sea black\""));
    }

    [Fact]
    public async Task Prefixes_and_accents_match()
    {
        Assert.Equal([_ids["zelensky"]], await Ids("Zelensk*"));
        Assert.Equal([_ids["accents"]], await Ids("cafe sao"));
        Assert.Equal([_ids["accents"]], await Ids("CAFÉS"));
    }

    [Fact]
    public async Task And_or_not_and_parentheses_work()
    {
        Assert.Equal([_ids["grain"]], await Ids("grain AND kansas"));
        Assert.Equal(new[] { _ids["headline-match"], _ids["body-match"], _ids["accents"] }.Order(), (await Ids("volcano OR café")).Order());
        Assert.Equal([_ids["zelensky"]], await Ids("grain NOT kansas"));
        Assert.Equal([_ids["zelensky"]], await Ids("grain -kansas"));
        Assert.Equal([_ids["body-match"]], await Ids("(airport OR harbour) AND volcano"));
    }

    [Fact]
    public async Task Date_sort_and_filters_apply_to_search()
    {
        Assert.Equal([_ids["body-match"], _ids["headline-match"]], await Ids("volcano", SearchSort.Newest));
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest("volcano") { From = new DateOnly(2025, 2, 1) });
        Assert.Equal([_ids["body-match"]], results.Hits.Select(h => h.ArticleId));
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("AND OR")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("col:")]
    [InlineData("-")]
    [InlineData(")(")]
    [InlineData("headline:volcano")]
    [InlineData("NOT grain")]
    [InlineData("grain OR")]
    [InlineData("((volcano")]
    [InlineData("\"\"\"")]
    [InlineData("^grain + {x} [y] ~z 'q'")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Malformed_queries_give_results_or_nothing_but_never_throw(string query)
    {
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest(query));
        Assert.Equal(results.Hits.Count, results.Total);
        Assert.All(results.Hits, h => Assert.NotEqual(0, h.ArticleId));
    }

    [Fact]
    public async Task Fts_syntax_in_the_input_is_searched_as_text()
    {
        Assert.Equal([_ids["headline-match"], _ids["body-match"]], await Ids("volcano:"));
        Assert.Equal([_ids["grain"]], await Ids("\"kansas"));
        Assert.Equal([_ids["headline-match"], _ids["body-match"]], await Ids("((volcano"));
    }

    [Fact]
    public async Task Snippets_are_plain_text_segments_with_the_matched_words_marked()
    {
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest("runway"));
        var hit = Assert.Single(results.Hits);
        Assert.Equal("Airport reopens after closure", hit.Headline);
        Assert.Equal("Bo Li", hit.Byline);
        Assert.Equal("2025-02-10", hit.PublishedPrinted);
        Assert.Equal(["runway"], hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text));
        var text = string.Concat(hit.Snippet.Select(s => s.Text));
        Assert.Contains("inspections of every runway", text);
    }

    [Fact]
    public async Task Browse_lists_newest_first_without_duplicates_and_pages()
    {
        var first = await ArticleSearch.BrowseAsync(_archive.Db, new BrowseRequest(1, 2) { CountTotal = true });
        Assert.Equal([_ids["grain"], _ids["zelensky"]], first.Rows.Select(r => r.ArticleId));
        Assert.True(first.HasMore);
        Assert.Equal(5, first.Total);
        var last = await ArticleSearch.BrowseAsync(_archive.Db, new BrowseRequest(3, 2));
        Assert.Equal([_ids["accents"]], last.Rows.Select(r => r.ArticleId));
        Assert.False(last.HasMore);
        Assert.Null(last.Total);
        Assert.Equal("Owners of cafés in São Paulo protested new rules.", last.Rows[0].Lead);
    }

    [Fact]
    public async Task Browse_filters_by_date_site_and_author()
    {
        async Task<List<long>> Browse(BrowseRequest request) => (await ArticleSearch.BrowseAsync(_archive.Db, request)).Rows.Select(r => r.ArticleId).ToList();
        Assert.Equal([_ids["zelensky"], _ids["body-match"]], await Browse(new BrowseRequest { From = new DateOnly(2025, 2, 1), To = new DateOnly(2025, 3, 1) }));
        Assert.Equal([_ids["headline-match"], _ids["accents"]], await Browse(new BrowseRequest { Site = "Coast Daily" }));
        Assert.Equal([_ids["zelensky"], _ids["headline-match"]], await Browse(new BrowseRequest { Author = "ana pérez" }));
        Assert.Empty(await Browse(new BrowseRequest { Site = "Copy Site" }));
    }

    [Fact]
    public async Task Rebuilding_the_index_gives_the_same_results()
    {
        var before = await Ids("grain OR volcano");

        var rows = await ArticleSearchIndex.RebuildAsync(_archive.Db);

        Assert.Equal(5, rows);
        Assert.Equal(before, await Ids("grain OR volcano"));
        Assert.Equal([_ids["zelensky"]], await Ids("ana pérez zelensky"));
    }
}
