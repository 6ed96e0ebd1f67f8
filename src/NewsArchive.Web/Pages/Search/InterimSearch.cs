using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Pages.Search;

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>A hit; <see cref="Snippet"/> marks matches with <see cref="SearchSnippet.Open"/>/<see cref="SearchSnippet.Close"/>.</summary>
public sealed record SearchHit(long Id, string? Headline, string? Published, string? Byline, string? Dateline, string Snippet);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Stand-in until the data layer's FTS5 ArticleSearch lands: a LIKE scan with the same result shape,
/// so the pages and the API can be built and tested now.
/// </summary>
public static class InterimSearch
{
    public static async Task<SearchResults> SearchAsync(ArchiveDb db, string query, SearchSort sort, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var terms = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.Trim('"', '*')).Where(t => t.Length > 0).Take(8).ToList();
        if (terms.Count == 0)
            return new SearchResults([], 0, page, pageSize);
        var q = db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null);
        foreach (var term in terms)
            q = q.Where(a => EF.Functions.Like(a.Headline ?? "", "%" + term + "%") || EF.Functions.Like(a.Body, "%" + term + "%"));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.PublishedSort).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new { a.Id, a.Headline, a.PublishedPrinted, a.Byline, a.Dateline, a.Body })
            .ToListAsync(ct);
        var hits = rows.Select(r => new SearchHit(r.Id, r.Headline, r.PublishedPrinted, r.Byline, r.Dateline, SearchSnippet.Around(r.Body, terms))).ToList();
        return new SearchResults(hits, total, page, pageSize);
    }
}
