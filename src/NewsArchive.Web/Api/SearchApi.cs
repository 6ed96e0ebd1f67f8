using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Pages.Search;

namespace NewsArchive.Web.Api;

public sealed record SearchHitJson(long Id, string? Headline, string? Published, string? Byline, string? Dateline, string Snippet, IReadOnlyList<string> Highlights);

public sealed record SearchJson(string Query, string Sort, int Total, int Page, int PageSize, IReadOnlyList<SearchHitJson> Hits);

public static class SearchApi
{
    public static void MapSearchApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/search").WithTags("Search").RequireAuthorization(ArchiveServices.ReadPolicy);

        api.MapGet("/", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<SearchJson>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> (string? q, string? sort, int? page, int? pageSize, ArchiveDb db, IOptions<ArchiveOptions> options, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(q))
                return TypedResults.Problem("Give a query with ?q=, e.g. /api/search?q=kremlin", statusCode: StatusCodes.Status400BadRequest, title: "Missing query");
            var order = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Newest : SearchSort.Relevance;
            var size = Math.Clamp(pageSize ?? options.Value.PageSize, 1, 100);
            var results = await InterimSearch.SearchAsync(db, q, order, page ?? 1, size, ct);
            var hits = results.Hits.Select(h => new SearchHitJson(
                h.Id, h.Headline, h.Published, h.Byline, h.Dateline, SearchSnippet.Plain(h.Snippet),
                [.. SearchSnippet.Split(h.Snippet).Where(p => p.Highlighted).Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase)])).ToList();
            return TypedResults.Ok(new SearchJson(q, order == SearchSort.Newest ? "date" : "relevance", results.Total, results.Page, results.PageSize, hits));
        }).WithSummary("Full-text search. sort=relevance (default) or date. Snippets are plain text; highlights lists the matched words.");
    }
}
