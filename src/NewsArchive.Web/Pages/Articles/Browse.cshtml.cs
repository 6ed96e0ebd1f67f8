using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>The home page: every article, newest first, filtered by date range, site and author.</summary>
public sealed class BrowseModel(ArchiveDb db, IOptions<ArchiveOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Site { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }

    public PageOf<ArticleRow> Results { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<string> Sites { get; private set; } = [];

    // "page" is also Razor Pages' own route value, so the page number is read from the query string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        // Bad query values (page=abc, from=yesterday) bind to null/defaults: the page still renders.
        Results = await ArticleList.BrowseAsync(db, new BrowseFilter(From, To, Site, Author), pageNumber, options.Value.PageSize, ct);
        Sites = await ArticleList.SitesAsync(db, ct);
    }
}
