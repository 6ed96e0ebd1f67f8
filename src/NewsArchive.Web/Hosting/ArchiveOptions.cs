namespace NewsArchive.Web.Hosting;

/// <summary>The "Archive" configuration section: the few settings a self-hoster may want to change.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Browsing, reading and search without signing in. Writes always need an account.</summary>
    public bool PublicRead { get; set; } = true;

    /// <summary>Where logs and queued uploads live; relative paths are taken from the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Import the repository's seeds/ folder when the archive is empty, so a newcomer sees an article at once.</summary>
    public bool ImportSeedsOnFirstRun { get; set; } = true;

    /// <summary>The seeds folder; when empty it is found by walking up from the content root.</summary>
    public string? SeedFolder { get; set; }

    /// <summary>The largest single page (or zip entry) accepted.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The largest upload request (all files together); enforced by Kestrel and the form reader.</summary>
    public long MaxRequestBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Uploads with more pages than this are imported in the background with a progress page.</summary>
    public int InlineImportLimit { get; set; } = 5;

    public int PageSize { get; set; } = 20;

    public string ResolveDataFolder(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
}
