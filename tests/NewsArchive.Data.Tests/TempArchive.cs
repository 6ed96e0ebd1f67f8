using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Data.Tests;

/// <summary>A real SQLite archive file in a temp folder, migrated, deleted afterwards.</summary>
public sealed class TempArchive : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsarchive-data-tests", Guid.NewGuid().ToString("N"));
    public string ConnectionString { get; private set; } = "";
    public ArchiveDb Db { get; private set; } = null!;
    public FixedTime Time { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        ConnectionString = ArchiveDatabase.ResolveConnectionString("Data Source=archive.db", Folder);
        Db = await ArchiveDatabase.OpenAndMigrateAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    public PageIngestor Ingestor(Func<byte[], string, ExtractionResult>? extractor = null, IngestOptions? options = null) =>
        new(Db, Time, NullLogger<PageIngestor>.Instance, options, extractor ?? TestPages.Extract);
}

public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// A tiny page format understood only by <see cref="Extract"/>, so storage tests do not depend on the real
/// extractor: "H: headline", "A: name; name", "P: 2025-07-03", "S: site", "L: dateline", then body paragraphs
/// separated by blank lines. A page starting with "FAIL" fails with the rest of its first line as the reason.
/// </summary>
public static class TestPages
{
    public static byte[] Page(string headline, string body, string? published = null, string? authors = null, string? site = null, string? dateline = null)
    {
        var text = new StringBuilder();
        text.Append("H: ").Append(headline).Append('\n');
        if (authors is not null) text.Append("A: ").Append(authors).Append('\n');
        if (published is not null) text.Append("P: ").Append(published).Append('\n');
        if (site is not null) text.Append("S: ").Append(site).Append('\n');
        if (dateline is not null) text.Append("L: ").Append(dateline).Append('\n');
        text.Append('\n').Append(body);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static ExtractionResult Extract(byte[] bytes, string fileName)
    {
        var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n");
        if (text.StartsWith("FAIL", StringComparison.Ordinal))
            return ExtractionResult.Fail(text.Split('\n')[0][4..].Trim());
        var parts = text.Split("\n\n", 2);
        string? headline = null, authors = null, published = null, site = null, dateline = null;
        foreach (var line in parts[0].Split('\n'))
        {
            if (line.Length < 3 || line[1] != ':') continue;
            var value = line[3..].Trim();
            switch (line[0])
            {
                case 'H': headline = value; break;
                case 'A': authors = value; break;
                case 'P': published = value; break;
                case 'S': site = value; break;
                case 'L': dateline = value; break;
            }
        }
        var paragraphs = parts.Length > 1 ? parts[1].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (paragraphs.Length == 0)
            return ExtractionResult.Fail("No body.");
        return ExtractionResult.Ok(new ExtractedArticle
        {
            Format = PageFormat.Text,
            Headline = headline,
            Authors = authors?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
            Published = PrintedTime.TryParseIso(published, out var p) ? p : null,
            Site = site,
            Dateline = dateline,
            Paragraphs = paragraphs,
        });
    }
}
