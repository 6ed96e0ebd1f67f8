using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Cli.Commands;

/// <summary>
/// <c>newsarchive reparse [--outdated] [--db FILE]</c>: re-extracts stored raw pages with the current
/// extractor, updating articles in place (their ids and links stay). By default every raw page, as the CLI
/// contract says; <c>--outdated</c> only those extracted by another extractor version.
/// </summary>
public static class ReparseCommand
{
    public const string Usage = "reparse [--outdated] [--db FILE]";

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, Func<byte[], string, ExtractionResult>? extractor = null)
    {
        string? dbFile = null;
        var outdatedOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db")
                dbFile = i + 1 < args.Length ? args[++i] : throw new UsageException("--db needs a file");
            else if (args[i] == "--outdated")
                outdatedOnly = true;
            else
                throw new UsageException($"unexpected argument '{args[i]}'");
        }
        using var cancel = new ConsoleCancellation();
        var connectionString = ArchiveDatabase.FromCommandLine(dbFile);
        await using var db = await ArchiveDatabase.OpenAndMigrateAsync(connectionString, cancel.Token);
        // One connection for the whole run instead of one per query: EF closes only what it opened itself.
        await db.Database.OpenConnectionAsync(cancel.Token);
        var ingestor = new PageIngestor(db, TimeProvider.System, NullLogger<PageIngestor>.Instance, extractor: extractor);

        ProgressBar? bar = null;
        var clock = Stopwatch.StartNew();
        ReparseSummary summary;
        try
        {
            summary = await ingestor.ReparseAsync(all: !outdatedOnly, progress: p =>
            {
                bar ??= ProgressBar.ForStandardError(errors, "Re-extracting", p.Total);
                bar?.Report(p.Done, "");
            }, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            bar?.Finish();
            errors.WriteLine("Interrupted: pages re-extracted so far are saved; run reparse --outdated to continue.");
            return CommandLine.Success;
        }
        bar?.Finish();
        if (summary.Total == 0)
        {
            output.WriteLine(outdatedOnly
                ? $"Nothing to re-extract: every stored page was extracted by extractor version {ArticleExtractor.Version}."
                : "Nothing to re-extract: the archive holds no pages.");
            return CommandLine.Success;
        }
        output.WriteLine($"Re-extracted {summary.Total} raw pages with extractor version {ArticleExtractor.Version} in {clock.Elapsed.TotalSeconds:F1} s: " +
                         $"updated {summary.Updated}, new articles {summary.Created}, failed {summary.Failed}, duplicate links changed {summary.DuplicatesChanged} ({new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource}).");
        return summary.Updated + summary.Created == 0 ? CommandLine.NothingProcessed : CommandLine.Success;
    }
}
