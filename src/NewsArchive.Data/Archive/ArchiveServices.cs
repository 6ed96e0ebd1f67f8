using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Users;

namespace NewsArchive.Data.Archive;

public static class ArchiveServices
{
    /// <summary>
    /// Registers the archive for a host (the web app): the DbContext on a resolved connection string
    /// (see <see cref="ArchiveDatabase.ResolveConnectionString"/>), and the scoped ingestor and accounts.
    /// Migrations are not applied here: call <see cref="ArchiveDatabase.MigrateAsync"/> at start-up.
    /// </summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, string connectionString, IngestOptions? ingestOptions = null)
    {
        services.AddDbContext<ArchiveDb>(options => ArchiveDatabase.Configure(options, connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ingestOptions ?? new IngestOptions());
        services.AddScoped(sp => new PageIngestor(
            sp.GetRequiredService<ArchiveDb>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PageIngestor>>(),
            sp.GetRequiredService<IngestOptions>()));
        services.AddScoped<UserAccounts>();
        return services;
    }
}
