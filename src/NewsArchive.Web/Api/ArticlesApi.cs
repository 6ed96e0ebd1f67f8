using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Hosting;
using NewsArchive.Data.Search;

namespace NewsArchive.Web.Api;

public sealed record ArticleJson(
    long Id, string? Headline, IReadOnlyList<string> Authors, string? Byline, string? Agency, string? Dateline,
    string? Published, string? Updated, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions,
    string? Url, string? Site, string? Language, string Format, long RawPageId, string RawUrl);

public sealed record ArticleListJson(IReadOnlyList<BrowseRow> Items, int Total, int Page, int PageSize, bool HasMore);

public static class ArticlesApi
{
    public static void MapArticlesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles").RequireAuthorization(WebServices.ReadPolicy);

        api.MapGet("/", async (ArchiveDb db, IOptions<ArchiveOptions> options, DateOnly? from, DateOnly? to, string? site, string? author, int? page, int? pageSize, CancellationToken ct) =>
        {
            var request = new BrowseRequest(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? options.Value.PageSize, 1, ArticleSearch.MaxPageSize))
            {
                From = from,
                To = to,
                Site = site,
                Author = author,
                CountTotal = true,
            };
            var result = await ArticleSearch.BrowseAsync(db, request, ct);
            return TypedResults.Ok(new ArticleListJson(result.Rows, result.Total ?? 0, result.Page, result.PageSize, result.HasMore));
        }).WithSummary("Articles, newest first, with optional date range (from/to, yyyy-MM-dd), site and author filters.");

        api.MapGet("/{id:long}", async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<ArticleJson>, Microsoft.AspNetCore.Http.HttpResults.NotFound>> (long id, ArchiveDb db, CancellationToken ct) =>
        {
            var article = await db.Articles.AsNoTracking().Include(a => a.Authors).Include(a => a.Captions).FirstOrDefaultAsync(a => a.Id == id, ct);
            if (article is null)
                return TypedResults.NotFound();
            return TypedResults.Ok(ToJson(article));
        }).WithSummary("One article with its body paragraphs and captions.");
    }

    public static ArticleJson ToJson(Article a) => new(
        a.Id, a.Headline, [.. a.Authors.OrderBy(x => x.Position).Select(x => x.Name)], a.Byline, a.Agency, a.Dateline,
        a.PublishedPrinted, a.UpdatedPrinted, Paragraphs(a.Body), [.. a.Captions.OrderBy(c => c.Position).Select(c => c.Text)],
        a.Url, a.Site, a.Language, a.Format, a.RawPageId, $"/articles/{a.Id}/raw");

    public static IReadOnlyList<string> Paragraphs(string body) =>
        body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
