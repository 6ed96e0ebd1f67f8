using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsArchive.Data.Search;

namespace NewsArchive.Web.Pages.Search;

/// <summary>
/// Search gives snippets as plain text segments; every segment is HTML-encoded here and matches are wrapped
/// in &lt;mark&gt;, so the only markup that reaches the browser is ours.
/// </summary>
public static class SearchSnippet
{
    public static IHtmlContent ToHtml(IEnumerable<TextSegment> segments)
    {
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var encoded = HtmlEncoder.Default.Encode(segment.Text);
            html.Append(segment.Highlighted ? $"<mark>{encoded}</mark>" : encoded);
        }
        return new HtmlString(html.ToString());
    }

    public static string Plain(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Text));
}

public static class SearchSorts
{
    /// <summary><c>date</c> or <c>newest</c>, <c>oldest</c>; anything else is relevance.</summary>
    public static SearchSort Parse(string? sort) => sort?.ToLowerInvariant() switch
    {
        "date" or "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };

    public static string Name(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "date",
        SearchSort.Oldest => "oldest",
        _ => "relevance",
    };
}
