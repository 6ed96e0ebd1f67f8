namespace NewsArchive.Core.Extraction;

/// <summary>What the extractor found in one page. Times are kept as printed (see <see cref="PrintedTime"/>).</summary>
public sealed record ExtractedArticle
{
    public required PageFormat Format { get; init; }
    public string? Headline { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Agency { get; init; }
    /// <summary>The dateline place as printed, e.g. <c>MOSCOW</c>.</summary>
    public string? Dateline { get; init; }
    /// <summary>The agency code printed with the dateline, e.g. <c>AP</c> in <c>MOSCOW (AP) —</c>.</summary>
    public string? DatelineAgencyCode { get; init; }
    public PrintedTime? Published { get; init; }
    public PrintedTime? Updated { get; init; }
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public IReadOnlyList<string> Captions { get; init; } = [];
    public string? Url { get; init; }
    public string? Site { get; init; }
    /// <summary>ISO 639-1 code, e.g. <c>en</c>.</summary>
    public string? Language { get; init; }
    public IReadOnlyList<EntityMention> Persons { get; init; } = [];
    public IReadOnlyList<EntityMention> Places { get; init; } = [];

    /// <summary>Paragraphs joined by a blank line, as the CLI contract prints them.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}

public enum PageFormat
{
    Html,
    Text,
}

/// <summary>A person or place named in the article, with its canonical name and how often it is mentioned.</summary>
public sealed record EntityMention(string Canonical, int Count)
{
    public bool IsAuthor { get; init; }
    public string? CountryCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>For places: the state, province or region (GeoNames first-level division) by name.</summary>
    public string? Admin1 { get; init; }
    /// <summary>For places resolved to GeoNames: the entry's id, the same in every article.</summary>
    public int? GeoNameId { get; init; }
}

/// <summary>Either an article, or the reason none could be extracted.</summary>
public sealed record ExtractionResult(ExtractedArticle? Article, string? Error)
{
    public static ExtractionResult Ok(ExtractedArticle article) => new(article, null);
    public static ExtractionResult Fail(string reason) => new(null, reason);
    public bool Succeeded => Article is not null;
}
