namespace NewsArchive.Data.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>A search: the query as typed, a 1-based page, optional filters on the published date and site.</summary>
public sealed record SearchRequest(string? Query, int Page = 1, int PageSize = 20, SearchSort Sort = SearchSort.Relevance)
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Site { get; init; }
    /// <summary>A <c>place:</c> country also matches the places inside it (same country code).</summary>
    public bool IncludePlacesInside { get; init; }
}

/// <summary>One search hit. <see cref="Snippet"/> and <see cref="HeadlineSegments"/> are plain text pieces: encode them.</summary>
public sealed record SearchHit(
    long ArticleId,
    string? Headline,
    string? Byline,
    string? Dateline,
    string? Site,
    string? PublishedPrinted,
    DateTime? PublishedSort,
    IReadOnlyList<TextSegment> HeadlineSegments,
    IReadOnlyList<TextSegment> Snippet);

/// <summary>
/// A page of hits and the total. <see cref="UsedFallback"/> says the query was searched as plain words
/// because its operators could not be used; <see cref="Notice"/> explains an empty result to the user.
/// </summary>
public sealed record SearchResults(SearchRequest Request, IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize)
{
    public bool UsedFallback { get; init; }
    public string? Notice { get; init; }
    /// <summary>The person:/place: terms of the query, as matched to the archive's entities.</summary>
    public IReadOnlyList<ResolvedEntityFilter> EntityFilters { get; init; } = [];
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Browsing newest first, with optional filters. <see cref="CountTotal"/> costs a COUNT, so ask only when shown.</summary>
public sealed record BrowseRequest(int Page = 1, int PageSize = 20)
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Site { get; init; }
    public string? Author { get; init; }
    public bool CountTotal { get; init; }
}

public sealed record BrowseRow(long ArticleId, string? Headline, string? PublishedPrinted, DateTime? PublishedSort, string? Byline, string? Dateline, string? Site, string? Lead);

public sealed record BrowsePage(BrowseRequest Request, IReadOnlyList<BrowseRow> Rows, int Page, int PageSize, bool HasMore)
{
    /// <summary>Null unless <see cref="BrowseRequest.CountTotal"/> was set.</summary>
    public int? Total { get; init; }
}
