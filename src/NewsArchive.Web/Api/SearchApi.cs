using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Search;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Pages.Search;

namespace NewsArchive.Web.Api;

public sealed record SearchHitJson(long Id, string? Headline, string? Published, string? Byline, string? Dateline, string? Site, string Snippet, IReadOnlyList<string> Highlights);

public sealed record SearchJson(string Query, string Sort, int Total, int Page, int PageSize, bool SearchedAsPlainWords, IReadOnlyList<SearchHitJson> Hits);

public static class SearchApi
{
    public static void MapSearchApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/search").WithTags("Search").RequireAuthorization(WebServices.ReadPolicy);

        api.MapGet("/", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<SearchJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (string? q, string? sort, int? page, int? pageSize, ArchiveDb db, IOptions<ArchiveOptions> options, ILoggerFactory logs, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
                return TypedResults.Problem("Give a query with ?q=, e.g. /api/search?q=kremlin", statusCode: StatusCodes.Status400BadRequest, title: "Missing query");
            var log = logs.CreateLogger("NewsArchive.SearchApi");
            var order = SearchSorts.Parse(sort);
            var request = new SearchRequest(q, Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? options.Value.PageSize, 1, ArticleSearch.MaxPageSize), order);
            var results = await ArticleSearch.SearchAsync(db, request, ct, log);
            var hits = results.Hits.Select(h => new SearchHitJson(
                h.ArticleId, h.Headline, h.PublishedPrinted, h.Byline, h.Dateline, h.Site, SearchSnippet.Plain(h.Snippet),
                [.. h.Snippet.Concat(h.HeadlineSegments).Where(s => s.Highlighted).Select(s => s.Text).Distinct(StringComparer.OrdinalIgnoreCase)])).ToList();
            return TypedResults.Ok(new SearchJson(q, SearchSorts.Name(order), results.Total, results.Page, results.PageSize, results.UsedFallback, hits));
        }).WithSummary("Full-text search. sort=relevance (default), date (newest first) or oldest. Snippets are plain text; highlights lists the matched words.");
    }
}
