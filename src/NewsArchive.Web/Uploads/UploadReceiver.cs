using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Options;
using NewsArchive.Core.Ingestion;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Uploads;

/// <summary>One uploaded file as the browser or API client named it, opened on demand.</summary>
public sealed record UploadedFile(string Name, long Length, Func<Stream> Open);

/// <summary>
/// Turns an upload (files and zips) into an <see cref="ImportBatch"/> whose items each get an outcome.
/// A few pages are imported before the response; more are parked on disk and handed to the
/// <see cref="ImportQueue"/>, and the user follows the batch's progress page.
/// </summary>
public sealed class UploadReceiver(PageIngestor ingestor, ImportQueue queue, IOptions<ArchiveOptions> options, IHostEnvironment env, ILogger<UploadReceiver> log)
{
    /// <summary>Returns the batch id; the batch is finished on return unless it went to the background queue.</summary>
    public async Task<long> ReceiveAsync(IReadOnlyList<UploadedFile> files, string? userName, CancellationToken ct)
    {
        var limits = options.Value;
        var named = files.Select(f => f with { Name = SafeDisplayName(f.Name) }).ToList();
        var batch = await ingestor.CreateBatchAsync([.. named.Select(f => f.Name)], userName, ct);
        var items = batch.Items.OrderBy(i => i.Id).ToList();

        if (!RunsInBackground(named, limits))
        {
            for (var i = 0; i < named.Count; i++)
                await ImportAsync(ingestor, items[i].Id, named[i], limits, ct);
            return batch.Id;
        }

        // Park the bytes so the worker (or the next start, after a crash) can pick the batch up.
        var folder = IncomingFolder(limits, env.ContentRootPath, batch.Id);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < named.Count; i++)
        {
            var path = Path.Combine(folder, items[i].Id.ToString(CultureInfo.InvariantCulture) + (IsZip(named[i]) ? ".zip" : ""));
            if (named[i].Length > limits.MaxFileBytes && !IsZip(named[i]))
            {
                // Never written to disk: recorded as refused right away.
                await ingestor.IngestIntoBatchAsync(items[i].Id, null, TooLarge(named[i].Length, limits), ct);
                continue;
            }
            await using var source = named[i].Open();
            await using var target = File.Create(path);
            await source.CopyToAsync(target, ct);
        }
        log.LogInformation("Queued upload batch {BatchId} with {Count} files for background import", batch.Id, named.Count);
        await queue.EnqueueAsync(batch.Id, ct);
        return batch.Id;
    }

    public static string IncomingFolder(ArchiveOptions options, string contentRoot, long batchId) =>
        Path.Combine(options.ResolveDataFolder(contentRoot), "incoming", batchId.ToString(CultureInfo.InvariantCulture));

    public static ZipLimits ZipLimitsFor(ArchiveOptions limits) => new(MaxEntryBytes: limits.MaxFileBytes, MaxTotalBytes: Math.Max(limits.MaxRequestBytes * 4, limits.MaxFileBytes));

    /// <summary>Imports one uploaded file (a page or a zip of pages) into its batch item; a bad file never stops the batch.</summary>
    public static async Task ImportAsync(PageIngestor ingestor, long itemId, UploadedFile file, ArchiveOptions limits, CancellationToken ct)
    {
        if (file.Length == 0)
        {
            await ingestor.IngestIntoBatchAsync(itemId, [], null, ct);
            return;
        }
        if (IsZip(file))
        {
            await using var zip = file.Open();
            await ingestor.IngestZipIntoBatchAsync(itemId, zip, ZipLimitsFor(limits), ct);
            return;
        }
        if (file.Length > limits.MaxFileBytes)
        {
            await ingestor.IngestIntoBatchAsync(itemId, null, TooLarge(file.Length, limits), ct);
            return;
        }
        await using var stream = file.Open();
        using var buffer = new MemoryStream((int)file.Length);
        await stream.CopyToAsync(buffer, ct);
        await ingestor.IngestIntoBatchAsync(itemId, buffer.ToArray(), null, ct);
    }

    private static string TooLarge(long length, ArchiveOptions limits) =>
        $"The file is {Size(length)}; the limit for one page is {Size(limits.MaxFileBytes)}.";

    /// <summary>More files than the inline limit, or a zip holding more pages than that, go to the background.</summary>
    private static bool RunsInBackground(IReadOnlyList<UploadedFile> files, ArchiveOptions limits)
    {
        if (files.Count > limits.InlineImportLimit)
            return true;
        var pages = 0;
        foreach (var file in files)
        {
            if (!IsZip(file))
            {
                pages++;
                continue;
            }
            try
            {
                using var stream = file.Open();
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                pages += zip.Entries.Count;
            }
            catch (InvalidDataException)
            {
                pages++; // Not a readable zip: the ingestor reports why.
            }
        }
        return pages > limits.InlineImportLimit;
    }

    public static bool IsZip(UploadedFile file)
    {
        if (file.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return true;
        if (file.Length < 4)
            return false;
        using var stream = file.Open();
        Span<byte> magic = stackalloc byte[4];
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] == 3 && magic[3] == 4;
    }

    /// <summary>Browsers may send a full client path; keep the leaf name and drop control characters.</summary>
    private static string SafeDisplayName(string name)
    {
        var leaf = name.Replace('\\', '/').Split('/')[^1];
        var cleaned = new string([.. leaf.Where(c => !char.IsControl(c))]).Trim();
        if (cleaned.Length == 0)
            cleaned = "unnamed";
        return cleaned.Length > 200 ? cleaned[..200] : cleaned;
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
