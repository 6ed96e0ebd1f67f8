using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Core.Ingestion;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Uploads;

/// <summary>One uploaded file as the browser or API client named it, opened on demand.</summary>
public sealed record UploadedFile(string Name, long Length, Func<Stream> Open);

/// <summary>
/// Turns an upload (files and zips) into an <see cref="ImportBatch"/>: each page becomes an item with an
/// outcome. Small uploads are imported before the response; larger ones are parked on disk and handed to
/// the <see cref="ImportQueue"/>, and the user follows a progress page.
/// </summary>
public sealed class UploadReceiver(ArchiveDb db, InterimIngestor ingestor, ImportQueue queue, IOptions<ArchiveOptions> options, IHostEnvironment env, ILogger<UploadReceiver> log)
{
    public async Task<ImportBatch> ReceiveAsync(IReadOnlyList<UploadedFile> files, string? userName, CancellationToken ct)
    {
        var limits = options.Value;
        var pages = new List<PageInput>();
        foreach (var file in files)
            pages.AddRange(Expand(file, limits));

        var batch = new ImportBatch { CreatedUtc = DateTime.UtcNow, UserName = userName, Total = pages.Count };
        foreach (var page in pages)
        {
            batch.Items.Add(new ImportItem
            {
                FileName = page.Name,
                Outcome = page.Error is null ? ImportOutcome.Pending : ImportOutcome.Rejected,
                Reason = page.Error,
            });
        }
        batch.Done = batch.Items.Count(i => i.Outcome != ImportOutcome.Pending);
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);

        var pending = batch.Items.Select((item, i) => (item, page: pages[i])).Where(x => x.item.Outcome == ImportOutcome.Pending).ToList();
        if (pending.Count <= limits.InlineImportLimit)
        {
            foreach (var (item, page) in pending)
                await ImportItemAsync(db, ingestor, batch, item, page.Bytes!, ct);
            batch.FinishedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            return batch;
        }

        // Park the bytes so the worker (or the next start, after a crash) can pick the batch up.
        var folder = IncomingFolder(limits, env.ContentRootPath, batch.Id);
        Directory.CreateDirectory(folder);
        foreach (var (item, page) in pending)
            await File.WriteAllBytesAsync(Path.Combine(folder, item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), page.Bytes!, ct);
        log.LogInformation("Queued upload batch {BatchId} with {Count} pages for background import", batch.Id, pending.Count);
        await queue.EnqueueAsync(batch.Id, ct);
        return batch;
    }

    public static string IncomingFolder(ArchiveOptions options, string contentRoot, long batchId) =>
        Path.Combine(options.ResolveDataFolder(contentRoot), "incoming", batchId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Imports one page and records its outcome on the item; a failure of one page never stops the batch.</summary>
    public static async Task ImportItemAsync(ArchiveDb db, InterimIngestor ingestor, ImportBatch batch, ImportItem item, byte[] bytes, CancellationToken ct)
    {
        var outcome = await ingestor.IngestAsync(item.FileName, bytes, ct);
        item.Outcome = outcome.Outcome;
        item.Reason = outcome.Reason;
        item.RawPageId = outcome.RawPageId;
        item.ArticleId = outcome.ArticleId;
        batch.Done++;
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<PageInput> Expand(UploadedFile file, ArchiveOptions limits)
    {
        var name = SafeDisplayName(file.Name);
        if (file.Length == 0)
            return [new PageInput(name, null, "The file is empty.")];
        using var stream = file.Open();
        if (IsZip(name, stream))
        {
            // Materialise while the stream is open; ZipPages caps every entry, so memory stays bounded.
            var zipLimits = new ZipLimits(MaxEntryBytes: limits.MaxFileBytes, MaxTotalBytes: limits.MaxRequestBytes * 4);
            return ZipPages.Read(stream, name, zipLimits).Select(p => p with { Name = SafeDisplayName(p.Name) }).ToList();
        }
        if (file.Length > limits.MaxFileBytes)
            return [new PageInput(name, null, $"The file is {Size(file.Length)}; the limit for one page is {Size(limits.MaxFileBytes)}.")];
        using var buffer = new MemoryStream((int)file.Length);
        stream.CopyTo(buffer);
        return [new PageInput(name, buffer.ToArray(), null)];
    }

    private static bool IsZip(string name, Stream stream)
    {
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!stream.CanSeek)
            return false;
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
    }

    /// <summary>Browsers may send a full client path; keep the leaf name and drop control characters.</summary>
    private static string SafeDisplayName(string name)
    {
        var bang = name.IndexOf('!');
        var file = bang >= 0 ? name[..bang] : name;
        file = file.Replace('\\', '/').Split('/')[^1];
        var cleaned = new string((file + (bang >= 0 ? name[bang..] : "")).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (cleaned.Length == 0)
            cleaned = "unnamed";
        return cleaned.Length > 300 ? cleaned[..300] : cleaned;
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
