using Microsoft.EntityFrameworkCore.Design;

namespace NewsArchive.Data.Archive;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the web app's host.</summary>
public sealed class DesignTimeArchiveDbFactory : IDesignTimeDbContextFactory<ArchiveDb>
{
    public ArchiveDb CreateDbContext(string[] args) =>
        ArchiveDatabase.Open(ArchiveDatabase.ResolveConnectionString(null, Path.GetTempPath()));
}
