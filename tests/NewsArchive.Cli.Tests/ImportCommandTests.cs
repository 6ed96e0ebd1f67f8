using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Cli.Commands;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;

namespace NewsArchive.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public ImportCommandTests() => Directory.CreateDirectory(Path.Combine(_folder, "pages", "nested"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string Db => Path.Combine(_folder, "archive.db");

    /// <summary>First line is the headline, the rest the body; a page containing "UNREADABLE" fails.</summary>
    private static ExtractionResult FakeExtract(byte[] bytes, string name)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Contains("UNREADABLE"))
            return ExtractionResult.Fail("No article text found.");
        var lines = text.Split('\n', 2);
        return ExtractionResult.Ok(new ExtractedArticle { Format = PageFormat.Text, Headline = lines[0], Paragraphs = [lines.Length > 1 ? lines[1] : ""] });
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_folder, "pages", relative), text);

    private async Task<(int Articles, int RawPages)> CountAsync()
    {
        await using var db = ArchiveDatabase.Open(ArchiveDatabase.ForFile(Db));
        return (await db.Articles.CountAsync(), await db.RawPages.CountAsync());
    }

    [Fact]
    public async Task Imports_a_folder_with_a_zip_and_prints_a_summary_with_reasons()
    {
        Write("a.txt", "First story\nBody of the first story.");
        Write("nested/b.txt", "Second story\nBody of the second story.");
        Write("copy-of-a.txt", "First story\nBody of the first story.");
        Write("bad.txt", "UNREADABLE junk");
        Write("empty.txt", "");
        using (var zip = ZipFile.Open(Path.Combine(_folder, "pages", "more.zip"), ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("c.txt").Open());
            entry.Write("Third story\nBody of the third story.");
        }

        var exit = await ImportCommand.RunAsync([Path.Combine(_folder, "pages"), "--db", Db], _output, _errors, FakeExtract);

        Assert.Equal(CommandLine.Success, exit);
        var summary = _output.ToString();
        Assert.Contains("Imported 3, duplicates 1, failed 2 (6 pages", summary);
        Assert.Contains("copy-of-a.txt: Already in the archive as article", summary);
        Assert.Contains("bad.txt: No article text found.", summary);
        Assert.Contains("empty.txt: The file is empty.", summary);
        Assert.Contains(await RawNamesAsync(), n => n.EndsWith("more.zip!c.txt", StringComparison.Ordinal));
        // The failed page keeps its raw row; the empty one stores nothing.
        Assert.Equal((3, 4), await CountAsync());
        Assert.Equal("", _errors.ToString());

        // Importing again recognises everything and stores nothing new.
        var again = new StringWriter();
        Assert.Equal(CommandLine.Success, await ImportCommand.RunAsync([Path.Combine(_folder, "pages"), "--db", Db], again, _errors, FakeExtract));
        Assert.Contains("Imported 0, duplicates 5, failed 1", again.ToString());
        Assert.Equal((3, 4), await CountAsync());
    }

    private async Task<List<string>> RawNamesAsync()
    {
        await using var db = ArchiveDatabase.Open(ArchiveDatabase.ForFile(Db));
        return await db.RawPages.Select(r => r.FileName).ToListAsync();
    }

    [Fact]
    public async Task Exit_code_is_2_when_nothing_could_be_processed()
    {
        Write("bad.txt", "UNREADABLE");
        Assert.Equal(CommandLine.NothingProcessed, await ImportCommand.RunAsync([Path.Combine(_folder, "pages", "bad.txt"), Path.Combine(_folder, "missing.html"), "--db", Db], _output, _errors, FakeExtract));
        Assert.Contains("missing.html: No such file or folder.", _output.ToString());
        Assert.Contains("Imported 0, duplicates 0, failed 2", _output.ToString());
    }

    [Fact]
    public async Task Bad_usage_exits_with_1()
    {
        Assert.Equal(CommandLine.BadUsage, await CommandLine.RunAsync(["import"]));
        Assert.Equal(CommandLine.BadUsage, await CommandLine.RunAsync(["import", "x.html", "--bogus"]));
        Assert.Equal(CommandLine.BadUsage, await CommandLine.RunAsync(["import", "x.html", "--db"]));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task With_the_real_extractor_the_exit_code_agrees_with_the_summary()
    {
        Write("page.html", "<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1><p>A storm hit the coast on Monday, cutting power to thousands of homes across the region.</p><p>Crews worked through the night.</p></article></body></html>");

        var exit = await CommandLine.RunAsync(["import", Path.Combine(_folder, "pages"), "--db", Db]);

        var (articles, rawPages) = await CountAsync();
        Assert.Equal(1, rawPages);
        Assert.Equal(articles == 1 ? CommandLine.Success : CommandLine.NothingProcessed, exit);
    }

    [Fact]
    public async Task Reparse_re_extracts_stored_pages_and_keeps_article_ids()
    {
        Write("a.txt", "Old headline\nBody text.");
        await ImportCommand.RunAsync([Path.Combine(_folder, "pages"), "--db", Db], _output, _errors, FakeExtract);
        long id;
        await using (var db = ArchiveDatabase.Open(ArchiveDatabase.ForFile(Db)))
            id = await db.Articles.Select(a => a.Id).SingleAsync();

        var output = new StringWriter();
        var exit = await ReparseCommand.RunAsync(["--db", Db], output, _errors,
            (bytes, name) => FakeExtract(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("Old", "New")), name));

        Assert.Equal(CommandLine.Success, exit);
        Assert.Contains("Re-extracted 1 raw pages", output.ToString());
        Assert.Contains("updated 1", output.ToString());
        await using var after = ArchiveDatabase.Open(ArchiveDatabase.ForFile(Db));
        var article = await after.Articles.SingleAsync();
        Assert.Equal(id, article.Id);
        Assert.Equal("New headline", article.Headline);
    }

    [Fact]
    public async Task User_add_creates_an_account_from_the_given_password()
    {
        var exit = await UserAddCommand.RunAsync(["editor", "--db", Db], _output, _errors, () => "a long password");

        Assert.Equal(CommandLine.Success, exit);
        Assert.Contains("Created user 'editor'", _output.ToString());
        Assert.Equal(CommandLine.NothingProcessed, await UserAddCommand.RunAsync(["Editor", "--db", Db], _output, _errors, () => "another password"));
        Assert.Contains("already exists", _errors.ToString());
        Assert.Equal(CommandLine.NothingProcessed, await UserAddCommand.RunAsync(["other", "--db", Db], _output, _errors, () => null));
    }
}
