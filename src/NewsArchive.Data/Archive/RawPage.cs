namespace NewsArchive.Data.Archive;

/// <summary>
/// Every input as received: kept forever so any page can be re-extracted when the extractor improves.
/// The bytes live in <see cref="RawPageContent"/> so that listing pages never loads them.
/// </summary>
public sealed class RawPage
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    /// <summary>Lower-case hex SHA-256 of the bytes; unique, so the same bytes are never stored twice.</summary>
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public RawPageStatus Status { get; set; }
    /// <summary>Why the page did not become an article (or whose duplicate it is), shown to the user.</summary>
    public string? StatusReason { get; set; }
    public int? ExtractorVersion { get; set; }
    public RawPageContent? Content { get; set; }
    public Article? Article { get; set; }
}

public sealed class RawPageContent
{
    public long RawPageId { get; set; }
    public required byte[] Bytes { get; set; }
}

public enum RawPageStatus
{
    Pending = 0,
    Extracted = 1,
    Failed = 2,
}
