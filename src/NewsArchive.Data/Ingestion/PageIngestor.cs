using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Ingestion;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Search;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// Receives pages into the archive: each input becomes a raw page (the exact bytes, kept forever) and,
/// when extraction succeeds, an article and its search-index row, all in one transaction. Also re-extracts
/// stored pages after an extractor upgrade, deletes articles, and runs upload batches.
/// The context's change tracker is cleared after each page so that a long import does not grow in memory.
/// </summary>
public sealed class PageIngestor(
    ArchiveDb db,
    TimeProvider time,
    ILogger<PageIngestor> logger,
    IngestOptions? options = null,
    Func<byte[], string, ExtractionResult>? extractor = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();
    private readonly Func<byte[], string, ExtractionResult> _extract = extractor ?? ((bytes, name) => ArticleExtractor.Extract(bytes, name));

    public async Task<IngestOutcome> IngestAsync(string fileName, byte[]? bytes, string? readError, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        IngestOutcome outcome;
        try
        {
            outcome = await ReceiveAsync(fileName, bytes, readError, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        if (outcome.Reason is null)
            logger.LogInformation("Ingested {File}: {Outcome} in {Milliseconds} ms", fileName, outcome.Outcome, clock.ElapsedMilliseconds);
        else
            logger.LogInformation("Ingested {File}: {Outcome} in {Milliseconds} ms ({Reason})", fileName, outcome.Outcome, clock.ElapsedMilliseconds, outcome.Reason);
        return outcome;
    }

    private async Task<IngestOutcome> ReceiveAsync(string fileName, byte[]? bytes, string? readError, CancellationToken cancellationToken)
    {
        // Nothing worth keeping: no raw row, so nothing is half-stored.
        if (bytes is null)
            return Rejected(fileName, readError ?? "The file could not be read.");
        if (bytes.Length == 0)
            return Rejected(fileName, "The file is empty.");
        if (bytes.Length > _options.MaxPageBytes)
            return Rejected(fileName, $"The file is {bytes.Length:N0} bytes; the limit for one page is {_options.MaxPageBytes:N0}.");

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (await FindSameBytesAsync(fileName, sha256, cancellationToken) is { } known)
            return known;

        var extraction = _extract(bytes, fileName);
        try
        {
            return await StoreAsync(fileName, bytes, sha256, extraction, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another importer stored the same bytes between our check and our insert.
            db.ChangeTracker.Clear();
            return await FindSameBytesAsync(fileName, sha256, cancellationToken)
                ?? throw new InvalidOperationException($"Storing {fileName} hit a constraint that is not the same-bytes check.", e);
        }
    }

    private async Task<IngestOutcome?> FindSameBytesAsync(string fileName, string sha256, CancellationToken cancellationToken)
    {
        var known = await db.RawPages.AsNoTracking()
            .Where(r => r.Sha256 == sha256)
            .Select(r => new { r.Id, ArticleId = (long?)r.Article!.Id, r.StatusReason })
            .FirstOrDefaultAsync(cancellationToken);
        if (known is null)
            return null;
        var reason = known.ArticleId is { } articleId
            ? $"Already in the archive as article {articleId} (raw page {known.Id})."
            : $"Already in the archive as raw page {known.Id}, which could not be extracted: {known.StatusReason}";
        return new IngestOutcome(fileName, ImportOutcome.Duplicate, reason, known.Id, known.ArticleId) { DuplicateOfArticleId = known.ArticleId };
    }

    private async Task<IngestOutcome> StoreAsync(string fileName, byte[] bytes, string sha256, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var raw = new RawPage
        {
            FileName = fileName,
            Sha256 = sha256,
            Size = bytes.Length,
            ReceivedUtc = now,
            ExtractorVersion = ArticleExtractor.Version,
            Content = new RawPageContent { Bytes = bytes },
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (extraction.Article is not { } extracted)
        {
            raw.Status = RawPageStatus.Failed;
            raw.StatusReason = extraction.Error ?? "The extractor found no article.";
            db.RawPages.Add(raw);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new IngestOutcome(fileName, ImportOutcome.Rejected, raw.StatusReason, raw.Id, null);
        }

        var article = new Article { Format = "", Body = "", ContentHash = "", RawPage = raw };
        ArticleContent.Apply(article, extracted, now);
        article.DuplicateOfId = await FindOriginalAsync(article.ContentHash, null, cancellationToken);
        raw.Status = RawPageStatus.Extracted;
        raw.StatusReason = article.DuplicateOfId is { } original ? $"Same article as {original}." : null;
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        await EntityIndexer.IndexAsync(db, article.Id, extracted, cancellationToken);
        await ArticleSearchIndex.WriteAsync(db, article, cancellationToken, isNew: true);
        await transaction.CommitAsync(cancellationToken);
        return article.DuplicateOfId is { } originalId
            ? new IngestOutcome(fileName, ImportOutcome.Duplicate, $"Same article as {originalId} (stored as article {article.Id}, hidden from lists).", raw.Id, article.Id) { DuplicateOfArticleId = originalId }
            : new IngestOutcome(fileName, ImportOutcome.Imported, null, raw.Id, article.Id);
    }

    /// <summary>The original of a story is the oldest article (smallest Id) with the same content hash.</summary>
    private async Task<long?> FindOriginalAsync(string contentHash, long? articleId, CancellationToken cancellationToken) =>
        await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == contentHash && (articleId == null || a.Id < articleId))
            .OrderBy(a => a.Id)
            .Select(a => (long?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static IngestOutcome Rejected(string fileName, string reason) => new(fileName, ImportOutcome.Rejected, reason, null, null);

    /// <summary>
    /// Re-extracts stored raw pages with the current extractor: those extracted by another version, or all
    /// of them with <paramref name="all"/>. Articles are updated in place, so their Ids (and links) stay.
    /// A page that now fails keeps its earlier article; the failure is recorded on the raw page.
    /// </summary>
    public async Task<ReparseSummary> ReparseAsync(bool all = false, Action<ReparseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var version = ArticleExtractor.Version;
        var ids = await db.RawPages.AsNoTracking()
            .Where(r => all || r.ExtractorVersion == null || r.ExtractorVersion != version)
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        int updated = 0, created = 0, failed = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = await ReparseOneAsync(ids[i], cancellationToken);
            db.ChangeTracker.Clear();
            switch (result)
            {
                case ReparseResult.Updated: updated++; break;
                case ReparseResult.Created: created++; break;
                case ReparseResult.Failed: failed++; break;
            }
            logger.LogInformation("Reparsed raw page {RawPageId}: {Result} in {Milliseconds} ms", ids[i], result, clock.ElapsedMilliseconds);
            progress?.Invoke(new ReparseProgress(i + 1, ids.Count));
        }
        var duplicatesChanged = ids.Count == 0 ? 0 : await RecomputeDuplicatesAsync(cancellationToken);
        return new ReparseSummary(ids.Count, updated, created, failed, duplicatesChanged);
    }

    private enum ReparseResult { Gone, Updated, Created, Failed }

    /// <summary>
    /// Re-extracts one article's raw page with the current extractor, in place (same article Id).
    /// Returns null when there is no such article, else whether it worked and, if not, why.
    /// </summary>
    public async Task<(bool Updated, string? Reason)?> ReextractArticleAsync(long articleId, CancellationToken cancellationToken = default)
    {
        var rawPageId = await db.Articles.Where(a => a.Id == articleId).Select(a => (long?)a.RawPageId).FirstOrDefaultAsync(cancellationToken);
        if (rawPageId is not { } id)
            return null;
        var result = await ReparseOneAsync(id, cancellationToken);
        db.ChangeTracker.Clear();
        if (result == ReparseResult.Gone)
            return null;
        if (result != ReparseResult.Failed)
            return (true, null);
        var reason = await db.RawPages.Where(r => r.Id == id).Select(r => r.StatusReason).FirstAsync(cancellationToken);
        return (false, reason);
    }

    private async Task<ReparseResult> ReparseOneAsync(long rawPageId, CancellationToken cancellationToken)
    {
        var raw = await db.RawPages
            .Include(r => r.Content)
            .Include(r => r.Article).ThenInclude(a => a!.Authors)
            .Include(r => r.Article).ThenInclude(a => a!.Captions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == rawPageId, cancellationToken);
        if (raw?.Content is null)
            return ReparseResult.Gone;
        var extraction = _extract(raw.Content.Bytes, raw.FileName);
        var now = time.GetUtcNow().UtcDateTime;
        raw.ExtractorVersion = ArticleExtractor.Version;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (extraction.Article is not { } extracted)
        {
            raw.Status = RawPageStatus.Failed;
            raw.StatusReason = raw.Article is { } kept
                ? $"Re-extraction with extractor version {ArticleExtractor.Version} failed ({extraction.Error}); the article from version {kept.ExtractorVersion} is kept."
                : extraction.Error ?? "The extractor found no article.";
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ReparseResult.Failed;
        }
        var isNew = raw.Article is null;
        var article = raw.Article ?? new Article { Format = "", Body = "", ContentHash = "", RawPage = raw };
        if (isNew)
            db.Articles.Add(article);
        ArticleContent.Apply(article, extracted, now);
        raw.Status = RawPageStatus.Extracted;
        raw.StatusReason = null;
        await db.SaveChangesAsync(cancellationToken);
        // Duplicate links are settled for the whole archive once the run ends (RecomputeDuplicatesAsync).
        article.DuplicateOfId = await FindOriginalAsync(article.ContentHash, article.Id, cancellationToken);
        if (article.DuplicateOfId is { } original)
            raw.StatusReason = $"Same article as {original}.";
        await db.SaveChangesAsync(cancellationToken);
        await EntityIndexer.IndexAsync(db, article.Id, extracted, cancellationToken);
        await ArticleSearchIndex.WriteAsync(db, article, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return isNew ? ReparseResult.Created : ReparseResult.Updated;
    }

    /// <summary>
    /// Makes every article's DuplicateOfId agree with the rule "the oldest article with the same content
    /// hash is the original", and the search index with it. Needed after re-extraction changed hashes.
    /// </summary>
    public async Task<int> RecomputeDuplicatesAsync(CancellationToken cancellationToken = default)
    {
        var wrong = await db.Database.SqlQuery<DuplicateFix>($"""
            SELECT a.Id AS ArticleId, x.Expected AS Expected FROM Articles a
            JOIN (SELECT b.Id AS Id, (SELECT MIN(c.Id) FROM Articles c WHERE c.ContentHash = b.ContentHash AND c.Id < b.Id) AS Expected FROM Articles b) x ON x.Id = a.Id
            WHERE x.Expected IS NOT a.DuplicateOfId
            """).ToListAsync(cancellationToken);
        foreach (var fix in wrong)
            await SetDuplicateOfAsync(fix.ArticleId, fix.Expected, cancellationToken);
        return wrong.Count;
    }

    private sealed record DuplicateFix(long ArticleId, long? Expected);

    private async Task SetDuplicateOfAsync(long articleId, long? originalId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles.Include(a => a.RawPage).FirstAsync(a => a.Id == articleId, cancellationToken);
        article.DuplicateOfId = originalId;
        if (article.RawPage is { Status: RawPageStatus.Extracted } raw)
            raw.StatusReason = originalId is { } id ? $"Same article as {id}." : null;
        await db.SaveChangesAsync(cancellationToken);
        await EntityIndexer.RecountForArticleAsync(db, articleId, cancellationToken);
        await ArticleSearchIndex.WriteAsync(db, article, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Removes an article with its raw page and index row. Returns false when there is no such article.</summary>
    public async Task<bool> DeleteArticleAsync(long articleId, CancellationToken cancellationToken = default)
    {
        var rawPageId = await db.Articles.Where(a => a.Id == articleId).Select(a => (long?)a.RawPageId).FirstOrDefaultAsync(cancellationToken);
        return rawPageId is { } id && await DeleteRawPageAsync(id, cancellationToken);
    }

    /// <summary>
    /// Removes a raw page and, if it has one, its article and index row. When the article was the original
    /// of a story stored twice, the oldest remaining copy takes its place in lists and search.
    /// </summary>
    public async Task<bool> DeleteRawPageAsync(long rawPageId, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var article = await db.Articles.AsNoTracking().Where(a => a.RawPageId == rawPageId)
                .Select(a => new { a.Id, a.ContentHash, a.DuplicateOfId }).FirstOrDefaultAsync(cancellationToken);
            if (article is not null)
            {
                await ArticleSearchIndex.RemoveAsync(db, article.Id, cancellationToken);
                await EntityIndexer.RemoveAsync(db, article.Id, cancellationToken);
            }
            // The foreign keys cascade to the content, the article, its authors, captions and entity links.
            var deleted = await db.RawPages.Where(r => r.Id == rawPageId).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (deleted == 0)
                return false;
            logger.LogInformation("Deleted raw page {RawPageId} (article {ArticleId})", rawPageId, article?.Id);
            if (article is { DuplicateOfId: null })
            {
                var copies = await db.Articles.AsNoTracking().Where(a => a.ContentHash == article.ContentHash)
                    .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
                for (var i = 0; i < copies.Count; i++)
                    await SetDuplicateOfAsync(copies[i], i == 0 ? null : copies[0], cancellationToken);
            }
            return true;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Starts an upload batch: one pending item per file, so the user can watch progress and come back to the outcomes.</summary>
    public async Task<ImportBatch> CreateBatchAsync(IReadOnlyList<string> fileNames, string? userName = null, CancellationToken cancellationToken = default)
    {
        var batch = new ImportBatch
        {
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            UserName = userName,
            Total = fileNames.Count,
            Items = fileNames.Select(name => new ImportItem { FileName = name, Outcome = ImportOutcome.Pending }).ToList(),
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return batch;
    }

    /// <summary>Ingests the file of one pending batch item and records its outcome and the batch's progress.</summary>
    public async Task<IngestOutcome> IngestIntoBatchAsync(long itemId, byte[]? bytes, string? readError, CancellationToken cancellationToken = default)
    {
        var item = await db.ImportItems.AsNoTracking().FirstAsync(i => i.Id == itemId, cancellationToken);
        var outcome = await IngestAsync(item.FileName, bytes, readError, cancellationToken);
        await RecordAsync(item, outcome, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Ingests an uploaded zip for one batch item: the zip's item is replaced by one item per page inside
    /// it (named <c>zip!entry</c>), so the user sees each page's outcome. Zip limits guard against bombs.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestZipIntoBatchAsync(long itemId, Stream zip, ZipLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var zipItem = await db.ImportItems.AsNoTracking().FirstAsync(i => i.Id == itemId, cancellationToken);
        var outcomes = new List<IngestOutcome>();
        var first = true;
        foreach (var page in ZipPages.Read(zip, zipItem.FileName, limits))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ImportItem item;
            if (first)
            {
                // The zip's own item becomes its first page, so Total only grows by the extra pages.
                item = zipItem;
                await db.ImportItems.Where(i => i.Id == itemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.FileName, page.Name), cancellationToken);
                item.FileName = page.Name;
                first = false;
            }
            else
            {
                item = new ImportItem { BatchId = zipItem.BatchId, FileName = page.Name, Outcome = ImportOutcome.Pending };
                db.ImportItems.Add(item);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await db.ImportBatches.Where(b => b.Id == zipItem.BatchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Total, b => b.Total + 1), cancellationToken);
            }
            var outcome = await IngestAsync(page.Name, page.Bytes, page.Error, cancellationToken);
            await RecordAsync(item, outcome, cancellationToken);
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    private async Task RecordAsync(ImportItem item, IngestOutcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ImportItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Outcome, outcome.Outcome)
            .SetProperty(i => i.Reason, outcome.Reason)
            .SetProperty(i => i.RawPageId, outcome.RawPageId)
            .SetProperty(i => i.ArticleId, outcome.ArticleId), cancellationToken);
        await db.ImportBatches.Where(b => b.Id == item.BatchId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Done, b => b.Done + 1)
            .SetProperty(b => b.FinishedUtc, b => b.Done + 1 >= b.Total ? (DateTime?)now : b.FinishedUtc), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
