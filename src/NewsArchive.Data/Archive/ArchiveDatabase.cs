using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsArchive.Data.Archive;

/// <summary>
/// Where the archive lives and how connections to it are set up. The web app and the CLI both go
/// through here so that they open the same file the same way.
/// </summary>
public static class ArchiveDatabase
{
    /// <summary>The name under ConnectionStrings in configuration (env var <c>ConnectionStrings__Archive</c>).</summary>
    public const string ConnectionStringName = "Archive";

    public const string DefaultConnectionString = "Data Source=data/newsarchive.db";

    /// <summary>Seconds a writer waits for another writer (web app and CLI import at the same time) before giving up.</summary>
    public const int BusyTimeoutSeconds = 30;

    /// <summary>
    /// Turns a configured connection string (or none: the default) into one ready to use: a relative file
    /// is placed under <paramref name="baseDirectory"/> (the content root or the current directory), its
    /// folder is created, and foreign keys and the busy timeout are switched on.
    /// </summary>
    public static string ResolveConnectionString(string? configured, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var dataSource = builder.DataSource;
        var inMemory = dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory)
        {
            if (!Path.IsPathRooted(dataSource))
                dataSource = Path.GetFullPath(Path.Combine(baseDirectory, dataSource));
            builder.DataSource = dataSource;
            var folder = Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
        }
        builder.ForeignKeys = true;
        builder.DefaultTimeout = BusyTimeoutSeconds;
        return builder.ToString();
    }

    /// <summary>The connection string for a database file given on the command line (<c>--db FILE</c>).</summary>
    public static string ForFile(string path) => ResolveConnectionString(new SqliteConnectionStringBuilder { DataSource = path }.ToString(), Directory.GetCurrentDirectory());

    /// <summary>
    /// For the CLI: <c>--db FILE</c> if given, else <c>ConnectionStrings__Archive</c>, else the web app's
    /// default <c>data/newsarchive.db</c>; relative paths are taken from the same folder the web app uses
    /// (see <see cref="CommandLineBaseDirectory"/>), so an import lands in the archive the web app serves.
    /// </summary>
    public static string FromCommandLine(string? dbFile, string? currentDirectory = null)
    {
        var current = currentDirectory ?? Directory.GetCurrentDirectory();
        if (dbFile is not null)
            return ResolveConnectionString(new SqliteConnectionStringBuilder { DataSource = dbFile }.ToString(), current);
        return ResolveConnectionString(Environment.GetEnvironmentVariable("ConnectionStrings__" + ConnectionStringName), CommandLineBaseDirectory(current));
    }

    /// <summary>
    /// The web app resolves its relative database path from its content root, which under <c>dotnet run</c>
    /// is the web project's folder (src/NewsArchive.Web), not the shell's. So inside a clone (the current
    /// folder or one above it holds src/NewsArchive.Web/NewsArchive.Web.csproj) the CLI uses that folder too;
    /// anywhere else (a published app) the current folder, as the web app does.
    /// </summary>
    public static string CommandLineBaseDirectory(string currentDirectory)
    {
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "NewsArchive.Web");
            if (File.Exists(Path.Combine(web, "NewsArchive.Web.csproj")))
                return web;
        }
        return currentDirectory;
    }

    /// <summary>Configures EF Core for the archive; use in <c>AddDbContext</c> with a resolved connection string.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(ConnectionPragmas.Instance);

    public static DbContextOptions<ArchiveDb> Options(string connectionString) =>
        (DbContextOptions<ArchiveDb>)Configure(new DbContextOptionsBuilder<ArchiveDb>(), connectionString).Options;

    /// <summary>A context of its own (CLI, tests, background work).</summary>
    public static ArchiveDb Open(string connectionString) => new(Options(connectionString));

    /// <summary>Applies pending migrations and switches the file to WAL, so readers never wait for the importer.</summary>
    public static async Task MigrateAsync(ArchiveDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        // WAL is a property of the file: set once, it stays for every later connection.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Opens the archive and brings its schema up to date: the usual start for a CLI command.</summary>
    public static async Task<ArchiveDb> OpenAndMigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var db = Open(connectionString);
        try
        {
            await MigrateAsync(db, cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Per-connection settings that SQLite does not keep in the file. synchronous=NORMAL is safe in WAL
    /// mode (a crash can lose the last commit, never corrupt) and makes one-transaction-per-page imports fast.
    /// </summary>
    private sealed class ConnectionPragmas : DbConnectionInterceptor
    {
        public static readonly ConnectionPragmas Instance = new();
        private const string Sql = "PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
