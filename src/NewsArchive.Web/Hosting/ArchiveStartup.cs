using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Hosting;

/// <summary>Start-up work before the first request: the database schema, then the seed pages on a first run.</summary>
public static class ArchiveStartup
{
    public static async Task PrepareArchiveAsync(this IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("NewsArchive.Startup");
        await ArchiveDatabase.MigrateAsync(db, ct);

        var options = scope.ServiceProvider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
        if (!options.ImportSeedsOnFirstRun || await db.RawPages.AnyAsync(ct))
            return;
        var env = scope.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var seeds = options.SeedFolder is { Length: > 0 } configured ? Path.GetFullPath(configured, env.ContentRootPath) : FindSeedFolder(env.ContentRootPath);
        if (seeds is null || !Directory.Exists(seeds))
        {
            log.LogInformation("The archive is empty and no seeds/ folder was found above {ContentRoot}", env.ContentRootPath);
            return;
        }
        log.LogInformation("First run: importing the seed pages from {SeedFolder} before serving", seeds);
        var ingestor = scope.ServiceProvider.GetRequiredService<PageIngestor>();
        foreach (var file in Directory.EnumerateFiles(seeds).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            await ingestor.IngestAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct), null, ct);
        log.LogInformation("First run: the seed pages are in the archive");
    }

    /// <summary>The repository's seeds/ folder: the content root is src/NewsArchive.Web in a clone, so walk up.</summary>
    public static string? FindSeedFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
