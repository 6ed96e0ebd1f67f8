using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Pages.Search;

public sealed class SearchModel(ArchiveDb db, IOptions<ArchiveOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public SearchResults? Results { get; private set; }

    // "page" is also Razor Pages' own route value, so the page number is read from the query string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q))
            return;
        var sort = Sort == "date" ? SearchSort.Newest : SearchSort.Relevance;
        Results = await InterimSearch.SearchAsync(db, Q, sort, pageNumber, options.Value.PageSize, ct);
    }
}
