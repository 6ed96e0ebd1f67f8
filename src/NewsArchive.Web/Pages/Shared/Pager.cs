using Microsoft.AspNetCore.Http.Extensions;

namespace NewsArchive.Web.Pages.Shared;

/// <summary>Previous/next links that keep the current query string (filters, search words, sort).</summary>
public sealed record Pager(int Page, int PageCount, HttpRequest Request)
{
    public string Url(int page)
    {
        var query = Request.Query.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))).ToList();
        if (page > 1)
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + new QueryBuilder(query!).ToQueryString();
    }
}
