using System.Diagnostics;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive import PATH... [--db FILE]</c>: stores every page (files, folders, zips) in the archive the
/// web app serves (see <see cref="ArchiveDatabase.FromCommandLine"/>), with a progress bar on a terminal and a closing summary: imported, duplicates, failed
/// with reasons. Exit 0 when anything was stored or recognised, 2 when nothing could be processed.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "import PATH... [--db FILE]";

    /// <summary>Failures listed one by one in the summary; beyond this they are only counted by reason.</summary>
    private const int MaxListed = 50;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, Func<byte[], string, ExtractionResult>? extractor = null)
    {
        var (paths, dbFile) = ParseArguments(args);
        using var cancel = new ConsoleCancellation();
        var connectionString = ArchiveDatabase.FromCommandLine(dbFile);
        await using var db = await ArchiveDatabase.OpenAndMigrateAsync(connectionString, cancel.Token);
        // One connection for the whole run instead of one per query: EF closes only what it opened itself.
        await db.Database.OpenConnectionAsync(cancel.Token);
        var ingestor = new PageIngestor(db, TimeProvider.System, NullLogger<PageIngestor>.Instance, extractor: extractor);

        var progress = ProgressBar.ForStandardError(errors, "Importing", EstimatePages(paths));
        var clock = Stopwatch.StartNew();
        var outcomes = new List<IngestOutcome>();
        try
        {
            foreach (var page in InputPages.Expand(paths))
            {
                cancel.Token.ThrowIfCancellationRequested();
                outcomes.Add(await ingestor.IngestAsync(page.Name, page.Bytes, page.Error, cancel.Token));
                progress?.Report(outcomes.Count, Counts(outcomes));
            }
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("Interrupted: the pages below were stored; run the same import again to continue (stored pages are recognised).");
        }
        progress?.Finish();

        WriteSummary(output, outcomes, clock.Elapsed, Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource));
        // A duplicate of a page that never became an article is no more processed than the first copy was.
        var processed = outcomes.Count(o => o.Outcome == ImportOutcome.Imported || (o.Outcome == ImportOutcome.Duplicate && o.ArticleId is not null));
        return processed == 0 ? CommandLine.NothingProcessed : CommandLine.Success;
    }

    internal static (List<string> Paths, string? DbFile) ParseArguments(string[] args)
    {
        var paths = new List<string>();
        string? dbFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db")
                dbFile = i + 1 < args.Length ? args[++i] : throw new UsageException("--db needs a file");
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"unknown option '{args[i]}'");
            else
                paths.Add(args[i]);
        }
        if (paths.Count == 0)
            throw new UsageException("give at least one file, folder or .zip");
        return (paths, dbFile);
    }

    private static string Counts(List<IngestOutcome> outcomes) =>
        $"{outcomes.Count(o => o.Outcome == ImportOutcome.Imported)} imported, {outcomes.Count(o => o.Outcome == ImportOutcome.Duplicate)} duplicates, {outcomes.Count(o => o.Outcome == ImportOutcome.Rejected)} failed";

    private static void WriteSummary(TextWriter output, List<IngestOutcome> outcomes, TimeSpan elapsed, string dbPath)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        output.WriteLine($"Imported {outcomes.Count(o => o.Outcome == ImportOutcome.Imported)}, duplicates {outcomes.Count(o => o.Outcome == ImportOutcome.Duplicate)}, " +
                         $"failed {outcomes.Count(o => o.Outcome == ImportOutcome.Rejected)} ({outcomes.Count} pages in {elapsed.TotalSeconds:F1} s, {outcomes.Count / seconds:F1} pages/s) into {dbPath}");
        WriteList(output, "Duplicates", outcomes.Where(o => o.Outcome == ImportOutcome.Duplicate).ToList());
        WriteList(output, "Failed", outcomes.Where(o => o.Outcome == ImportOutcome.Rejected).ToList());
    }

    private static void WriteList(TextWriter output, string title, List<IngestOutcome> outcomes)
    {
        if (outcomes.Count == 0)
            return;
        output.WriteLine($"{title}:");
        foreach (var o in outcomes.Take(MaxListed))
            output.WriteLine($"  {o.FileName}: {o.Reason}");
        if (outcomes.Count <= MaxListed)
            return;
        output.WriteLine($"  … and {outcomes.Count - MaxListed} more; by reason:");
        foreach (var group in outcomes.GroupBy(o => o.Reason ?? "").OrderByDescending(g => g.Count()).Take(20))
            output.WriteLine($"  {group.Count(),6}  {group.Key}");
    }

    /// <summary>How many pages the paths hold, for the progress bar only (zips are opened to count entries).</summary>
    private static int EstimatePages(IEnumerable<string> paths)
    {
        var count = 0;
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.'))
                : [path];
            foreach (var file in files)
                count += file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ZipEntryCount(file) : 1;
        }
        return count;
    }

    private static int ZipEntryCount(string file)
    {
        try
        {
            using var zip = ZipFile.OpenRead(file);
            return Math.Max(1, zip.Entries.Count(e => !e.FullName.EndsWith('/')));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return 1;
        }
    }
}
