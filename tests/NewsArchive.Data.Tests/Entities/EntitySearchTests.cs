using NewsArchive.Data.Archive;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests.Entities;

public sealed class EntitySearchTests : IAsyncLifetime
{
    private readonly TempArchive _archive = new();
    private readonly Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        await _archive.InitializeAsync();
        var ingestor = _archive.Ingestor(EntityPages.Extract);
        async Task Add(string key, string headline, string body, string published, params string[] entities)
        {
            var outcome = await ingestor.IngestAsync(key + ".txt", EntityPages.Page(headline, body, published, entities), null);
            _ids[key] = outcome.ArticleId!.Value;
        }
        await Add("call", "Putin and Trump discuss Ukraine", "The leaders held talks by phone about Ukraine.", "2025-07-03",
            "person;Vladimir Putin;3;Putin", "person;Donald Trump;2", "place;Ukraine;2;UA;49;32", "place;Moscow;1;RU;55.75;37.62");
        await Add("kyiv", "Drones strike Kyiv", "Air defence worked through the night in Kyiv; talks were not mentioned.", "2025-07-05",
            "person;Volodymyr Zelenskyy;1;Zelenskyy", "place;Kyiv;2;UA;50.45;30.52");
        await Add("visit", "Putin visits Kyiv region talks", "Putin talks with officials near Kyiv.", "2025-06-01",
            "person;Vladimir Putin;1;Putin", "place;Kyiv;1;UA;50.45;30.52");
        await Add("denmark", "Macron in Denmark", "Talks in Aarhus.", "2025-07-04", "person;Emmanuel Macron;1", "place;Denmark;1;DK");
    }

    public Task DisposeAsync() => _archive.DisposeAsync();

    private async Task<List<long>> Ids(string query, bool inside = false, SearchSort sort = SearchSort.Relevance)
    {
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest(query, Sort: sort) { IncludePlacesInside = inside });
        Assert.Equal(results.Hits.Count, results.Total);
        return results.Hits.Select(h => h.ArticleId).ToList();
    }

    [Fact]
    public void Person_and_place_terms_are_taken_out_of_the_text()
    {
        var query = EntityQuery.Parse("talks person:\"Vladimir Putin\" PLACE:Kyiv -drones");
        Assert.Equal("talks -drones", query.Text);
        Assert.Equal([new EntityFilter(EntityKind.Person, "Vladimir Putin"), new EntityFilter(EntityKind.Place, "Kyiv")], query.Filters);
        Assert.Equal("talks person:\"Vladimir Putin\"", EntityQuery.Format("talks", [query.Filters[0]]));
        Assert.Empty(EntityQuery.Parse("email:someone person:").Filters);
    }

    [Fact]
    public async Task Entity_only_search_lists_the_entitys_articles_newest_first()
    {
        Assert.Equal([_ids["call"], _ids["visit"]], await Ids("person:\"Vladimir Putin\""));
        Assert.Equal([_ids["visit"], _ids["call"]], await Ids("person:putin", sort: SearchSort.Oldest));
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest("place:Kyiv"));
        Assert.Contains(results.Hits[0].Snippet, s => s.Highlighted && s.Text == "Kyiv");
    }

    [Fact]
    public async Task Aliases_resolve_to_the_canonical_person()
    {
        Assert.Equal([_ids["kyiv"]], await Ids("person:Zelensky"));
        Assert.Equal([_ids["kyiv"]], await Ids("person:zelenskyy"));
    }

    [Fact]
    public async Task Place_filter_can_include_the_places_inside_a_country()
    {
        Assert.Equal([_ids["call"]], await Ids("place:Ukraine"));
        Assert.Equal([_ids["kyiv"], _ids["call"], _ids["visit"]], await Ids("place:Ukraine", inside: true));
        // A city has no places inside: the option changes nothing.
        Assert.Equal([_ids["kyiv"], _ids["visit"]], await Ids("place:Kyiv", inside: true));
        Assert.Equal([_ids["denmark"]], await Ids("place:Denmark", inside: true));
    }

    [Fact]
    public async Task Person_place_and_text_combine()
    {
        Assert.Equal([_ids["visit"]], await Ids("person:\"Vladimir Putin\" place:Kyiv talks"));
        Assert.Equal([_ids["call"], _ids["visit"]], (await Ids("talks person:Putin")).Order().ToList());
        Assert.Equal([_ids["call"], _ids["visit"]], (await Ids("talks person:Putin place:Ukraine", inside: true)).Order().ToList());
        Assert.Empty(await Ids("drones person:Putin"));
        Assert.Equal([_ids["kyiv"]], await Ids("talks -phone place:Ukraine person:Zelensky", inside: true));
    }

    [Fact]
    public async Task An_unknown_name_matches_nothing_and_says_why()
    {
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest("talks person:\"Nobody Known\""));
        Assert.Empty(results.Hits);
        Assert.Contains("Nobody Known", results.Notice);
        Assert.Null(Assert.Single(results.EntityFilters).Entity);
    }
}
