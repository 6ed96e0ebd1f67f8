using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Tests.Entities;

public sealed class EntityIndexingTests : IAsyncLifetime
{
    private readonly TempArchive _archive = new();

    public Task InitializeAsync() => _archive.InitializeAsync();
    public Task DisposeAsync() => _archive.DisposeAsync();

    private async Task<long> AddAsync(string name, string headline, string published, params string[] entities)
    {
        var outcome = await _archive.Ingestor(EntityPages.Extract).IngestAsync(name, EntityPages.Page(headline, $"Story about {headline}.", published, entities), null);
        return outcome.ArticleId!.Value;
    }

    private async Task<int> CountOf(EntityKind kind, string name)
    {
        var key = EntityKeys.For(name);
        return await _archive.Db.Entities.AsNoTracking().Where(e => e.Kind == kind && e.Key == key).Select(e => e.ArticleCount).SingleAsync();
    }

    [Fact]
    public async Task Ingest_links_articles_and_counts_them_per_entity_without_authors()
    {
        await AddAsync("a.txt", "Call", "2025-07-03", "person;Vladimir Putin;3;Putin", "person;Donald Trump;2", "place;Moscow;1;RU;55.75;37.62;Moscow", "person;Vladimir Isachenkov;0;;author");
        await AddAsync("b.txt", "Talks", "2025-07-04", "person;Putin;1", "place;Kyiv;2;UA;50.45;30.52");

        Assert.Equal(2, await CountOf(EntityKind.Person, "Vladimir Putin"));
        Assert.Equal(1, await CountOf(EntityKind.Person, "Donald Trump"));
        Assert.Equal(0, await CountOf(EntityKind.Person, "Vladimir Isachenkov"));
        Assert.Equal(1, await _archive.Db.Entities.CountAsync(e => e.Kind == EntityKind.Person && e.Name.Contains("Putin")));
        var moscow = await _archive.Db.Entities.AsNoTracking().SingleAsync(e => e.Key == "moscow");
        Assert.Equal(("RU", 55.75, "Moscow"), (moscow.CountryCode, moscow.Latitude!.Value, moscow.Admin1));
        Assert.Equal(5, await _archive.Db.ArticleEntities.CountAsync(x => !x.IsAuthor));
    }

    [Fact]
    public async Task Same_named_places_resolved_to_different_geonames_entries_stay_apart()
    {
        await AddAsync("a.txt", "France", "2025-07-03", "place;Paris;2;FR;48.85;2.35;Île-de-France;2988507");
        await AddAsync("b.txt", "Texas", "2025-07-04", "place;Paris;1;US;33.66;-95.56;Texas;4717560");
        await AddAsync("c.txt", "France again", "2025-07-05", "place;Paris;1;FR;48.85;2.35;Île-de-France;2988507");

        var places = await _archive.Db.Entities.AsNoTracking().Where(e => e.Kind == EntityKind.Place).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([("Paris", "FR", 2), ("Paris, Texas", "US", 1)], places.Select(p => (p.Name, p.CountryCode, p.ArticleCount)));
    }

    [Fact]
    public async Task Reparse_replaces_links_and_keeps_counts_right()
    {
        var id = await AddAsync("a.txt", "Call", "2025-07-03", "person;Vladimir Putin;3", "place;Kyiv;1;UA");
        await AddAsync("b.txt", "Other", "2025-07-04", "place;Kyiv;1;UA");
        Assert.Equal(2, await CountOf(EntityKind.Place, "Kyiv"));

        // The same pages re-extracted: nothing counted twice.
        await _archive.Ingestor(EntityPages.Extract).ReparseAsync(all: true);
        Assert.Equal(2, await CountOf(EntityKind.Place, "Kyiv"));
        Assert.Equal(1, await CountOf(EntityKind.Person, "Vladimir Putin"));

        // An upgraded extractor no longer finds Kyiv in the first page but finds Macron.
        var upgraded = (byte[] bytes, string name) =>
        {
            var result = EntityPages.Extract(bytes, name);
            return name == "a.txt" && result.Article is { } a
                ? Core.Extraction.ExtractionResult.Ok(a with { Places = [], Persons = [.. a.Persons, new Core.Extraction.EntityMention("Emmanuel Macron", 1)] })
                : result;
        };
        await _archive.Ingestor(upgraded).ReparseAsync(all: true);
        Assert.Equal(1, await CountOf(EntityKind.Place, "Kyiv"));
        Assert.Equal(1, await CountOf(EntityKind.Person, "Emmanuel Macron"));
        Assert.Equal(2, await _archive.Db.ArticleEntities.CountAsync(x => x.ArticleId == id));

        Assert.True(await _archive.Ingestor().DeleteArticleAsync(id));
        Assert.Equal(0, await CountOf(EntityKind.Person, "Vladimir Putin"));
        Assert.Equal(0, await _archive.Db.ArticleEntities.CountAsync(x => x.ArticleId == id));
    }

    [Fact]
    public async Task A_hidden_duplicate_does_not_count()
    {
        await AddAsync("a.txt", "Call", "2025-07-03", "person;Vladimir Putin;3");
        var copy = await _archive.Ingestor(EntityPages.Extract).IngestAsync("copy.txt", EntityPages.Page("Call", "Story about Call.", "2025-07-03", "person;Vladimir Putin;3", "place;Kyiv;1;UA"), null);
        Assert.Equal(ImportOutcome.Duplicate, copy.Outcome);
        Assert.Equal(1, await CountOf(EntityKind.Person, "Vladimir Putin"));
        Assert.Equal(0, await CountOf(EntityKind.Place, "Kyiv"));
    }

    [Fact]
    public async Task Curated_spellings_become_aliases_and_the_search_index_holds_them()
    {
        var id = await AddAsync("z.txt", "Grain deal", "2025-03-01", "person;Volodymyr Zelenskyy;2;Zelenskyy");
        var aliases = await _archive.Db.EntityAliases.AsNoTracking().Select(a => a.Key).ToListAsync();
        Assert.Contains("zelensky", aliases);

        var entity = await EntityFilters.FindAsync(_archive.Db, EntityKind.Person, "Zelensky");
        Assert.Equal("Volodymyr Zelenskyy", entity?.Name);
        // The body never prints "Zelensky": only the entities column can match it.
        var results = await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest("Zelensky"));
        Assert.Equal([id], results.Hits.Select(h => h.ArticleId));

        Assert.Equal(1, await ArticleSearchIndex.RebuildAsync(_archive.Db));
        Assert.Equal([id], (await ArticleSearch.SearchAsync(_archive.Db, new SearchRequest("Zelensky"))).Hits.Select(h => h.ArticleId));
    }
}
