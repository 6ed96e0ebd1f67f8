using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Ingestion;

/// <summary>
/// What happened to one input. <see cref="ImportOutcome.Rejected"/> with a <see cref="RawPageId"/> means the
/// bytes were kept (extraction failed, can be retried by reparse); without one, nothing was stored.
/// </summary>
public sealed record IngestOutcome(string FileName, ImportOutcome Outcome, string? Reason, long? RawPageId, long? ArticleId)
{
    /// <summary>For a duplicate: the article this input duplicates (same bytes, or same story).</summary>
    public long? DuplicateOfArticleId { get; init; }
}

/// <summary>Limits on what the ingestor accepts.</summary>
public sealed record IngestOptions
{
    /// <summary>Pages larger than this are refused without storing anything (no news page is this big).</summary>
    public long MaxPageBytes { get; init; } = 20 * 1024 * 1024;
}

/// <summary>Progress of a reparse run, reported after each page.</summary>
public sealed record ReparseProgress(int Done, int Total);

/// <summary>What a reparse run did.</summary>
public sealed record ReparseSummary(int Total, int Updated, int Created, int Failed, int DuplicatesChanged);
