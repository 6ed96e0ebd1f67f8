using Microsoft.EntityFrameworkCore;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Tests;

public sealed class PageIngestorTests : IAsyncLifetime
{
    private readonly TempArchive _archive = new();
    public Task InitializeAsync() => _archive.InitializeAsync();
    public Task DisposeAsync() => _archive.DisposeAsync();

    private async Task<long> IndexRowsAsync() =>
        await _archive.Db.Database.SqlQuery<long>($"SELECT COUNT(*) AS Value FROM ArticleSearch").SingleAsync();

    [Fact]
    public async Task A_page_becomes_a_raw_page_and_an_article_and_the_same_bytes_twice_are_recognised()
    {
        var ingestor = _archive.Ingestor();
        var bytes = TestPages.Page("Dam bursts in the valley", "The dam burst at dawn. Villages were evacuated.\n\nMore rain is expected.",
            published: "2025-07-03T10:49:00-04:00", authors: "Jane Doe; John Roe", site: "Example News", dateline: "KYIV");

        var first = await ingestor.IngestAsync("dam.txt", bytes, null);
        var second = await ingestor.IngestAsync("copy-of-dam.txt", bytes, null);

        Assert.Equal(ImportOutcome.Imported, first.Outcome);
        Assert.Equal(ImportOutcome.Duplicate, second.Outcome);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Contains($"article {first.ArticleId}", second.Reason);
        Assert.Equal(1, await _archive.Db.RawPages.CountAsync());
        Assert.Equal(1, await _archive.Db.Articles.CountAsync());
        Assert.Equal(1, await IndexRowsAsync());

        var raw = await _archive.Db.RawPages.Include(r => r.Content).SingleAsync();
        Assert.Equal(bytes, raw.Content!.Bytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), raw.Sha256);
        Assert.Equal(RawPageStatus.Extracted, raw.Status);
        Assert.Equal("dam.txt", raw.FileName);

        var article = await _archive.Db.Articles.Include(a => a.Authors).SingleAsync();
        Assert.Equal("Dam bursts in the valley", article.Headline);
        Assert.Equal("Jane Doe, John Roe", article.Byline);
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors.OrderBy(a => a.Position).Select(a => a.Name));
        Assert.Equal("The dam burst at dawn.", article.Lead);
        Assert.Equal("2025-07-03T10:49:00-04:00", article.PublishedPrinted);
        Assert.Equal(new DateTime(2025, 7, 3, 14, 49, 0), article.PublishedSort);
        Assert.Equal(12, article.WordCount);
        Assert.Null(article.DuplicateOfId);
    }

    [Fact]
    public async Task The_same_story_in_another_dump_is_stored_as_a_hidden_duplicate()
    {
        var ingestor = _archive.Ingestor();
        var a = await ingestor.IngestAsync("a.txt", TestPages.Page("Flood warning", "Rivers rose “sharply” overnight.", "2025-03-01"), null);
        // Different bytes (quotes, spacing, a time of day), same words and date.
        var b = await ingestor.IngestAsync("b.html", TestPages.Page("Flood  warning", "Rivers rose \"sharply\" overnight .", "2025-03-01T08:00:00", site: "Other"), null);

        Assert.Equal(ImportOutcome.Imported, a.Outcome);
        Assert.Equal(ImportOutcome.Duplicate, b.Outcome);
        Assert.Equal(a.ArticleId, b.DuplicateOfArticleId);
        Assert.Contains($"Same article as {a.ArticleId}", b.Reason);
        var copy = await _archive.Db.Articles.SingleAsync(x => x.Id == b.ArticleId);
        Assert.Equal(a.ArticleId, copy.DuplicateOfId);
        Assert.Equal(2, await _archive.Db.RawPages.CountAsync());
        Assert.Equal(1, await IndexRowsAsync());
    }

    [Fact]
    public async Task A_page_that_cannot_be_extracted_keeps_its_raw_row_with_the_reason()
    {
        var outcome = await _archive.Ingestor().IngestAsync("junk.txt", "FAIL no headline or body found"u8.ToArray(), null);

        Assert.Equal(ImportOutcome.Rejected, outcome.Outcome);
        Assert.Equal("no headline or body found", outcome.Reason);
        Assert.NotNull(outcome.RawPageId);
        var raw = await _archive.Db.RawPages.Include(r => r.Content).SingleAsync();
        Assert.Equal(RawPageStatus.Failed, raw.Status);
        Assert.Equal("no headline or body found", raw.StatusReason);
        Assert.NotEmpty(raw.Content!.Bytes);
        Assert.Equal(0, await _archive.Db.Articles.CountAsync());
    }

    [Fact]
    public async Task The_real_extractor_either_stores_an_article_or_keeps_the_raw_row_with_a_reason()
    {
        var ingestor = _archive.Ingestor(extractor: (bytes, name) => ArticleExtractor.Extract(bytes, name));
        var outcome = await ingestor.IngestAsync("page.txt", "Some headline\n\nA paragraph of body text that goes on for a while.\n"u8.ToArray(), null);

        Assert.NotNull(outcome.RawPageId);
        var raw = await _archive.Db.RawPages.SingleAsync();
        if (outcome.Outcome == ImportOutcome.Imported)
            Assert.Equal(RawPageStatus.Extracted, raw.Status);
        else
        {
            Assert.Equal(ImportOutcome.Rejected, outcome.Outcome);
            Assert.Equal(RawPageStatus.Failed, raw.Status);
            Assert.False(string.IsNullOrWhiteSpace(raw.StatusReason));
        }
    }

    [Theory]
    [InlineData(0, null, "empty")]
    [InlineData(-1, "Could not read the file (denied).", "Could not read")]
    [InlineData(64, null, "limit")]
    public async Task Empty_unreadable_or_oversized_input_is_rejected_with_nothing_stored(int size, string? readError, string reasonPart)
    {
        var bytes = size < 0 ? null : new byte[size];
        var ingestor = _archive.Ingestor(options: new Ingestion.IngestOptions { MaxPageBytes = 32 });

        var outcome = await ingestor.IngestAsync("input.bin", bytes, readError);

        Assert.Equal(ImportOutcome.Rejected, outcome.Outcome);
        Assert.Contains(reasonPart, outcome.Reason);
        Assert.Null(outcome.RawPageId);
        Assert.Equal(0, await _archive.Db.RawPages.CountAsync());
        Assert.Equal(0, await _archive.Db.RawPageContents.CountAsync());
    }

    [Fact]
    public async Task Reparse_updates_articles_in_place_and_keeps_their_ids()
    {
        var version1 = _archive.Ingestor();
        var ok = await version1.IngestAsync("a.txt", TestPages.Page("Old headline", "Body one. More."), null);
        var failed = await version1.IngestAsync("b.txt", "FAIL not yet\n\nBody two."u8.ToArray(), null);

        // A "new extractor" that reads headlines differently and now handles the failed page.
        var version2 = _archive.Ingestor(extractor: (bytes, name) =>
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("FAIL not yet", "H: Rescued").Replace("Old headline", "New headline");
            return TestPages.Extract(System.Text.Encoding.UTF8.GetBytes(text), name);
        });
        var progress = new List<int>();
        var summary = await version2.ReparseAsync(all: true, progress: p => progress.Add(p.Done));

        Assert.Equal(2, summary.Total);
        Assert.Equal(1, summary.Updated);
        Assert.Equal(1, summary.Created);
        Assert.Equal([1, 2], progress);
        var updated = await _archive.Db.Articles.SingleAsync(a => a.RawPageId == ok.RawPageId);
        Assert.Equal(ok.ArticleId, updated.Id);
        Assert.Equal("New headline", updated.Headline);
        var rescued = await _archive.Db.Articles.SingleAsync(a => a.RawPageId == failed.RawPageId);
        Assert.Equal("Rescued", rescued.Headline);
        Assert.Equal(RawPageStatus.Extracted, (await _archive.Db.RawPages.SingleAsync(r => r.Id == failed.RawPageId)).Status);
        Assert.Equal(2, await IndexRowsAsync());

        // Nothing is extracted by an older version any more, so a default run has nothing to do.
        Assert.Equal(0, (await version2.ReparseAsync()).Total);
    }

    [Fact]
    public async Task Deleting_an_original_removes_its_rows_and_promotes_the_oldest_copy()
    {
        var ingestor = _archive.Ingestor();
        var original = await ingestor.IngestAsync("a.txt", TestPages.Page("Same story", "Same words here."), null);
        var copy = await ingestor.IngestAsync("b.txt", TestPages.Page("Same story", "Same words here. "), null);
        Assert.Equal(ImportOutcome.Duplicate, copy.Outcome);

        Assert.True(await ingestor.DeleteArticleAsync(original.ArticleId!.Value));

        Assert.False(await _archive.Db.Articles.AnyAsync(a => a.Id == original.ArticleId));
        Assert.False(await _archive.Db.RawPages.AnyAsync(r => r.Id == original.RawPageId));
        Assert.False(await _archive.Db.RawPageContents.AnyAsync(r => r.RawPageId == original.RawPageId));
        var promoted = await _archive.Db.Articles.SingleAsync();
        Assert.Equal(copy.ArticleId, promoted.Id);
        Assert.Null(promoted.DuplicateOfId);
        var indexed = await _archive.Db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM ArticleSearch").ToListAsync();
        Assert.Equal([copy.ArticleId!.Value], indexed);
        Assert.False(await ingestor.DeleteArticleAsync(original.ArticleId!.Value));
    }

    [Fact]
    public async Task A_batch_records_each_file_and_its_progress()
    {
        var ingestor = _archive.Ingestor();
        var batch = await ingestor.CreateBatchAsync(["one.txt", "two.txt"], "editor");
        await ingestor.IngestIntoBatchAsync(batch.Items[0].Id, TestPages.Page("One", "First body."), null);
        var stored = await _archive.Db.ImportBatches.AsNoTracking().SingleAsync();
        Assert.Equal(1, stored.Done);
        Assert.Null(stored.FinishedUtc);

        await ingestor.IngestIntoBatchAsync(batch.Items[1].Id, [], null);

        stored = await _archive.Db.ImportBatches.AsNoTracking().Include(b => b.Items).SingleAsync();
        Assert.Equal(2, stored.Done);
        Assert.NotNull(stored.FinishedUtc);
        var items = stored.Items.OrderBy(i => i.Id).ToList();
        Assert.Equal(ImportOutcome.Imported, items[0].Outcome);
        Assert.NotNull(items[0].ArticleId);
        Assert.Equal(ImportOutcome.Rejected, items[1].Outcome);
        Assert.Contains("empty", items[1].Reason);
    }

    [Fact]
    public async Task A_zip_in_a_batch_becomes_one_item_per_page()
    {
        var ingestor = _archive.Ingestor();
        var batch = await ingestor.CreateBatchAsync(["pages.zip"]);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, body) in new[] { ("a.txt", "Alpha body."), ("b.txt", "Beta body.") })
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(TestPages.Page(name, body));
            }
        }
        zip.Position = 0;

        var outcomes = await ingestor.IngestZipIntoBatchAsync(batch.Items[0].Id, zip);

        Assert.Equal(2, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(ImportOutcome.Imported, o.Outcome));
        var stored = await _archive.Db.ImportBatches.AsNoTracking().Include(b => b.Items).SingleAsync();
        Assert.Equal(2, stored.Total);
        Assert.Equal(2, stored.Done);
        Assert.Equal(["pages.zip!a.txt", "pages.zip!b.txt"], stored.Items.OrderBy(i => i.Id).Select(i => i.FileName));
    }

    [Fact]
    public async Task Two_importers_storing_the_same_bytes_at_once_store_them_once()
    {
        var bytes = TestPages.Page("Race", "Both importers read this page.");
        await using var otherDb = Archive.ArchiveDatabase.Open(_archive.ConnectionString);
        var other = new Ingestion.PageIngestor(otherDb, _archive.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Ingestion.PageIngestor>.Instance, extractor: TestPages.Extract);
        Ingestion.IngestOutcome? otherOutcome = null;
        // The other importer stores the page while this one is extracting it: after our same-bytes check, before our insert.
        var ingestor = _archive.Ingestor(extractor: (b, name) =>
        {
            otherOutcome = other.IngestAsync("other.txt", b, null).GetAwaiter().GetResult();
            return TestPages.Extract(b, name);
        });

        var outcome = await ingestor.IngestAsync("mine.txt", bytes, null);

        Assert.Equal(ImportOutcome.Imported, otherOutcome!.Outcome);
        Assert.Equal(ImportOutcome.Duplicate, outcome.Outcome);
        Assert.Equal(otherOutcome.ArticleId, outcome.ArticleId);
        Assert.Equal(1, await _archive.Db.RawPages.CountAsync());
        Assert.Equal(1, await IndexRowsAsync());
    }
}
