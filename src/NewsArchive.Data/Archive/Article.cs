namespace NewsArchive.Data.Archive;

/// <summary>An article extracted from one raw page. Re-extraction replaces it in place (same Id).</summary>
public sealed class Article
{
    public long Id { get; set; }
    public long RawPageId { get; set; }
    public RawPage? RawPage { get; set; }
    public int ExtractorVersion { get; set; }
    public DateTime ExtractedUtc { get; set; }
    public required string Format { get; set; }
    public string? Headline { get; set; }
    /// <summary>Authors joined with ", " for display; the rows in <see cref="Authors"/> are for filtering.</summary>
    public string? Byline { get; set; }
    public string? Agency { get; set; }
    public string? Dateline { get; set; }
    public string? DatelineAgencyCode { get; set; }
    /// <summary>ISO 8601 as printed (date, time only if given, offset only if stated).</summary>
    public string? PublishedPrinted { get; set; }
    /// <summary>For sorting and date filters: UTC when an offset was stated, else the printed wall time.</summary>
    public DateTime? PublishedSort { get; set; }
    public string? UpdatedPrinted { get; set; }
    public string? Url { get; set; }
    public string? Site { get; set; }
    public string? Language { get; set; }
    /// <summary>The first sentence of the body, for lists.</summary>
    public string? Lead { get; set; }
    /// <summary>Paragraphs joined by a blank line.</summary>
    public required string Body { get; set; }
    public int WordCount { get; set; }
    /// <summary>Hash of normalised headline + published date + body: the same story in two different dumps.</summary>
    public required string ContentHash { get; set; }
    /// <summary>Set when an earlier article has the same content; such articles are hidden from lists.</summary>
    public long? DuplicateOfId { get; set; }
    public List<ArticleAuthor> Authors { get; set; } = [];
    public List<Caption> Captions { get; set; } = [];
    public List<ArticleEntity> Entities { get; set; } = [];
}

public sealed class ArticleAuthor
{
    public long ArticleId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
}

public sealed class Caption
{
    public long ArticleId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
}
