using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Pages.Articles;

public sealed record BrowseFilter(DateOnly? From, DateOnly? To, string? Site, string? Author);

/// <summary>One row of a list: enough to choose what to read.</summary>
public sealed record ArticleRow(long Id, string? Headline, string? Published, string? Byline, string? Dateline, string? Lead, string? Site);

public sealed record PageOf<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The browse query, shared by the home page and <c>GET /api/articles</c>: newest first, duplicates hidden.</summary>
public static class ArticleList
{
    public static async Task<PageOf<ArticleRow>> BrowseAsync(ArchiveDb db, BrowseFilter filter, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var query = db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null);
        if (filter.From is { } from)
            query = query.Where(a => a.PublishedSort >= from.ToDateTime(TimeOnly.MinValue));
        if (filter.To is { } to)
            query = query.Where(a => a.PublishedSort < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        if (!string.IsNullOrWhiteSpace(filter.Site))
            query = query.Where(a => a.Site == filter.Site.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Author))
        {
            var author = filter.Author.Trim();
            query = query.Where(a => a.Authors.Any(x => EF.Functions.Like(x.Name, "%" + author + "%")));
        }
        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(a => a.PublishedSort).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new ArticleRow(a.Id, a.Headline, a.PublishedPrinted, a.Byline, a.Dateline, a.Lead, a.Site))
            .ToListAsync(ct);
        return new PageOf<ArticleRow>(items, total, page, pageSize);
    }

    public static Task<List<string>> SitesAsync(ArchiveDb db, CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => a.Site != null).Select(a => a.Site!).Distinct().OrderBy(s => s).Take(200).ToListAsync(ct);
}
