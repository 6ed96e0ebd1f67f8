using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The real app over its own temporary SQLite file and data folder. Settings are passed as host settings so
/// each test class can change limits or access without touching appsettings.json.
/// </summary>
public sealed class ArchiveApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public string Folder { get; } = Directory.CreateTempSubdirectory("newsarchive-web-").FullName;

    public ArchiveApp(Dictionary<string, string?>? overrides = null)
    {
        settings = new()
        {
            ["ConnectionStrings:Archive"] = $"Data Source={Path.Combine(Folder, "archive.db")}",
            ["Archive:DataFolder"] = Folder,
            ["Archive:ImportSeedsOnFirstRun"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? [])
            settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }

    /// <summary>Runs a query against the app's own database.</summary>
    public async Task<T> WithDbAsync<T>(Func<ArchiveDb, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ArchiveDb>());
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be held open for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
