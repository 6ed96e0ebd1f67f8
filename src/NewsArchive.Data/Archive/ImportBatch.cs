namespace NewsArchive.Data.Archive;

/// <summary>One upload or import run: its progress and a per-file outcome list the user can come back to.</summary>
public sealed class ImportBatch
{
    public long Id { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string? UserName { get; set; }
    public int Total { get; set; }
    public int Done { get; set; }
    public List<ImportItem> Items { get; set; } = [];
}

public sealed class ImportItem
{
    public long Id { get; set; }
    public long BatchId { get; set; }
    public required string FileName { get; set; }
    public ImportOutcome Outcome { get; set; }
    public string? Reason { get; set; }
    public long? RawPageId { get; set; }
    public long? ArticleId { get; set; }
}

public enum ImportOutcome
{
    Pending = 0,
    Imported = 1,
    Duplicate = 2,
    Rejected = 3,
}
