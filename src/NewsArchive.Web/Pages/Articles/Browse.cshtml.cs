using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Search;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>The home page: every article, newest first, filtered by date range, site and author.</summary>
public sealed class BrowseModel(ArchiveDb db, IOptions<ArchiveOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Site { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }

    public BrowsePage Results { get; private set; } = new(new BrowseRequest(), [], 1, 1, false);
    public int Total => Results.Total ?? 0;
    public int PageCount => Math.Max(1, (Total + Results.PageSize - 1) / Results.PageSize);
    public IReadOnlyList<string> Sites { get; private set; } = [];
    /// <summary>Suggestions for the author filter, which matches a full name.</summary>
    public IReadOnlyList<string> Authors { get; private set; } = [];
    /// <summary>Received pages the extractor could not read yet: said on an empty home page so a newcomer knows why.</summary>
    public int Unextracted { get; private set; }

    // "page" is also Razor Pages' own route value, so the page number is read from the query string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        // Bad query values (page=abc, from=yesterday) bind to null/defaults: the page still renders.
        Results = await ArticleSearch.BrowseAsync(db, new BrowseRequest(Math.Max(1, pageNumber), options.Value.PageSize)
        {
            From = From,
            To = To,
            Site = Site,
            Author = Author,
            CountTotal = true,
        }, ct);
        Sites = await db.Articles.AsNoTracking().Where(a => a.Site != null && a.DuplicateOfId == null).Select(a => a.Site!).Distinct().OrderBy(s => s).Take(200).ToListAsync(ct);
        Authors = await db.ArticleAuthors.AsNoTracking().Select(a => a.Name).Distinct().OrderBy(n => n).Take(500).ToListAsync(ct);
        if (Total == 0)
            Unextracted = await db.RawPages.CountAsync(p => p.Status == RawPageStatus.Failed, ct);
    }
}
