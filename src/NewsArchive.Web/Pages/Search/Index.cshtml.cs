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
    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q))
            return;
        var sort = Sort == "date" ? SearchSort.Newest : SearchSort.Relevance;
        Results = await InterimSearch.SearchAsync(db, Q, sort, PageNumber, options.Value.PageSize, ct);
    }
}
