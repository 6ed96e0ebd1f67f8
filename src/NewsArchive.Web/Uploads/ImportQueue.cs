using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Uploads;

/// <summary>
/// Imports large upload batches in the background, one batch at a time (SQLite has one writer anyway).
/// Batches left unfinished by a stop are picked up again at the next start.
/// </summary>
public sealed class ImportQueue(IServiceScopeFactory scopes, IOptions<ArchiveOptions> options, IHostEnvironment env, ILogger<ImportQueue> log) : BackgroundService
{
    private readonly Channel<long> batches = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(long batchId, CancellationToken ct) => batches.Writer.WriteAsync(batchId, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ResumeUnfinishedAsync(stoppingToken);
        await foreach (var batchId in batches.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunBatchAsync(batchId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Upload batch {BatchId} stopped with an error", batchId);
            }
        }
    }

    private async Task ResumeUnfinishedAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
            var unfinished = await db.ImportBatches.Where(b => b.FinishedUtc == null).Select(b => b.Id).ToListAsync(ct);
            foreach (var id in unfinished)
                await EnqueueAsync(id, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not look for unfinished upload batches");
        }
    }

    private async Task RunBatchAsync(long batchId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var ingestor = scope.ServiceProvider.GetRequiredService<PageIngestor>();
        var pending = await db.ImportItems.AsNoTracking()
            .Where(i => i.BatchId == batchId && i.Outcome == ImportOutcome.Pending)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.FileName }).ToListAsync(ct);
        var folder = UploadReceiver.IncomingFolder(options.Value, env.ContentRootPath, batchId);
        foreach (var item in pending)
        {
            var id = item.Id.ToString(CultureInfo.InvariantCulture);
            var path = new[] { Path.Combine(folder, id), Path.Combine(folder, id + ".zip") }.FirstOrDefault(File.Exists);
            if (path is null)
            {
                await ingestor.IngestIntoBatchAsync(item.Id, null, "The uploaded file was lost before it could be imported (the server stopped); please upload it again.", ct);
                continue;
            }
            var file = new UploadedFile(item.FileName, new FileInfo(path).Length, () => File.OpenRead(path));
            await UploadReceiver.ImportAsync(ingestor, item.Id, file, options.Value, ct);
            File.Delete(path);
        }
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        log.LogInformation("Upload batch {BatchId} finished: {Count} files", batchId, pending.Count);
    }
}
