using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Search;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Pages.Search;

public sealed class SearchModel(ArchiveDb db, IOptions<ArchiveOptions> options, ILogger<SearchModel> log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    /// <summary>place: a country also matches the places inside it.</summary>
    [BindProperty(SupportsGet = true)] public bool Inside { get; set; }

    public SearchResults? Results { get; private set; }

    // "page" is also Razor Pages' own route value, so the page number is read from the query string explicitly.
    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q))
            return;
        var request = new SearchRequest(Q, Math.Max(1, pageNumber), options.Value.PageSize, SearchSorts.Parse(Sort)) { IncludePlacesInside = Inside };
        Results = await ArticleSearch.SearchAsync(db, request, ct, log);
    }
}
