using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Uploads;

public sealed record IngestOutcome(ImportOutcome Outcome, string? Reason, long? RawPageId, long? ArticleId);

/// <summary>
/// Stand-in until the data layer's PageIngestor lands: stores the raw page and its article in one
/// transaction, deduplicated by SHA-256. Kept minimal on purpose; the real one owns search indexing.
/// </summary>
public sealed class InterimIngestor(ArchiveDb db, ILogger<InterimIngestor> log)
{
    public async Task<IngestOutcome> IngestAsync(string fileName, byte[] bytes, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = await db.RawPages.AsNoTracking().Where(p => p.Sha256 == sha).Select(p => new { p.Id, ArticleId = (long?)p.Article!.Id }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            log.LogInformation("Ingested {FileName}: {Outcome} of raw page {RawPageId}", fileName, ImportOutcome.Duplicate, existing.Id);
            return new IngestOutcome(ImportOutcome.Duplicate, $"The same file is already in the archive (raw page {existing.Id}).", existing.Id, existing.ArticleId);
        }

        var result = ArticleExtractor.Extract(bytes, fileName);
        var raw = new RawPage
        {
            FileName = fileName,
            Sha256 = sha,
            Size = bytes.Length,
            ReceivedUtc = DateTime.UtcNow,
            Status = result.Succeeded ? RawPageStatus.Extracted : RawPageStatus.Failed,
            StatusReason = result.Error,
            ExtractorVersion = ArticleExtractor.Version,
            Content = new RawPageContent { Bytes = bytes },
        };
        raw.Article = result.Article is { } a ? ToArticle(a) : null;
        db.RawPages.Add(raw);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Ingested {FileName}: {Outcome} raw page {RawPageId} {Reason}", fileName, result.Succeeded ? "imported" : "failed", raw.Id, result.Error);
        return result.Succeeded
            ? new IngestOutcome(ImportOutcome.Imported, null, raw.Id, raw.Article!.Id)
            : new IngestOutcome(ImportOutcome.Rejected, result.Error, raw.Id, null);
    }

    /// <summary>Runs the current extractor again over the stored bytes; returns the article id, or null with the page marked failed.</summary>
    public async Task<long?> ReextractAsync(long rawPageId, CancellationToken ct)
    {
        var raw = await db.RawPages.Include(p => p.Content).Include(p => p.Article).FirstAsync(p => p.Id == rawPageId, ct);
        var result = ArticleExtractor.Extract(raw.Content!.Bytes, raw.FileName);
        if (raw.Article is not null)
        {
            db.Articles.Remove(raw.Article);
            await db.SaveChangesAsync(ct);
        }
        raw.Status = result.Succeeded ? RawPageStatus.Extracted : RawPageStatus.Failed;
        raw.StatusReason = result.Error;
        raw.ExtractorVersion = ArticleExtractor.Version;
        raw.Article = result.Article is { } a ? ToArticle(a) : null;
        await db.SaveChangesAsync(ct);
        log.LogInformation("Re-extracted raw page {RawPageId}: {Outcome} {Reason}", rawPageId, result.Succeeded ? "extracted" : "failed", result.Error);
        return raw.Article?.Id;
    }

    private static Article ToArticle(ExtractedArticle a)
    {
            var lead = a.Paragraphs.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
            return new Article
            {
                ExtractorVersion = ArticleExtractor.Version,
                ExtractedUtc = DateTime.UtcNow,
                Format = a.Format == PageFormat.Html ? "html" : "text",
                Headline = a.Headline,
                Byline = a.Authors.Count > 0 ? string.Join(", ", a.Authors) : a.Agency,
                Agency = a.Agency,
                Dateline = a.Dateline,
                DatelineAgencyCode = a.DatelineAgencyCode,
                PublishedPrinted = a.Published?.ToIso(),
                PublishedSort = a.Published?.SortKey,
                UpdatedPrinted = a.Updated?.ToIso(),
                Url = a.Url,
                Site = a.Site,
                Language = a.Language,
                Lead = lead,
                Body = a.Body,
                WordCount = a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a.Headline + "\n" + a.Body))),
                Authors = [.. a.Authors.Select((n, i) => new ArticleAuthor { Name = n, Position = i })],
                Captions = [.. a.Captions.Select((c, i) => new Caption { Text = c, Position = i })],
            };
    }
}
