using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Tests;

public sealed class ArchiveDatabaseTests : IAsyncLifetime
{
    private readonly TempArchive _archive = new();
    public Task InitializeAsync() => _archive.InitializeAsync();
    public Task DisposeAsync() => _archive.DisposeAsync();

    [Fact]
    public async Task Migrations_create_tables_and_the_full_text_index_in_WAL_mode()
    {
        var tables = await _archive.Db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Contains("Articles", tables);
        Assert.Contains("RawPages", tables);
        Assert.Contains("RawPageContents", tables);
        Assert.Contains("Users", tables);
        Assert.Contains("ImportBatches", tables);
        Assert.Contains("ArticleSearch", tables);
        var sql = await _archive.Db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE name = 'ArticleSearch'").SingleAsync();
        Assert.Contains("fts5", sql);
        var mode = await _archive.Db.Database.SqlQuery<string>($"PRAGMA journal_mode").ToListAsync();
        Assert.Equal("wal", mode.Single());
        Assert.Empty(await _archive.Db.Database.GetPendingMigrationsAsync());
        Assert.True(File.Exists(Path.Combine(_archive.Folder, "archive.db")));
    }

    [Fact]
    public void A_relative_data_source_is_placed_under_the_base_folder_with_foreign_keys_and_a_timeout()
    {
        var folder = Path.Combine(_archive.Folder, "content-root");
        var connection = ArchiveDatabase.ResolveConnectionString(null, folder);
        Assert.Contains(Path.Combine(folder, "data", "newsarchive.db"), connection);
        Assert.Contains("Foreign Keys=True", connection);
        Assert.Contains("Default Timeout=30", connection);
        Assert.True(Directory.Exists(Path.Combine(folder, "data")));
    }

    [Fact]
    public void The_cli_default_is_the_web_apps_data_folder_inside_a_clone_and_the_current_folder_elsewhere()
    {
        var clone = Path.Combine(_archive.Folder, "clone");
        var web = Path.Combine(clone, "src", "NewsArchive.Web");
        Directory.CreateDirectory(web);
        File.WriteAllText(Path.Combine(web, "NewsArchive.Web.csproj"), "<Project />");
        var elsewhere = Path.Combine(_archive.Folder, "elsewhere");
        Directory.CreateDirectory(elsewhere);

        Assert.Equal(web, ArchiveDatabase.CommandLineBaseDirectory(clone));
        Assert.Equal(web, ArchiveDatabase.CommandLineBaseDirectory(Path.Combine(clone, "src")));
        Assert.Equal(elsewhere, ArchiveDatabase.CommandLineBaseDirectory(elsewhere));
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Archive") is null)
            Assert.Contains(Path.Combine(web, "data", "newsarchive.db"), ArchiveDatabase.FromCommandLine(null, clone));
        // --db is a path as typed: relative to the current folder.
        Assert.Contains(Path.Combine(clone, "my.db"), ArchiveDatabase.FromCommandLine("my.db", clone));
    }
}
