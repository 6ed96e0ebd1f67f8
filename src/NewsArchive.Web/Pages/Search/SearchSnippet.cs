using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsArchive.Web.Pages.Search;

/// <summary>
/// Snippets carry matches between two control characters that never occur in article text, so the page can
/// HTML-encode every piece and add &lt;mark&gt; itself: no markup from the archive ever reaches the browser.
/// </summary>
public static class SearchSnippet
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    public readonly record struct Piece(string Text, bool Highlighted);

    public static IEnumerable<Piece> Split(string snippet)
    {
        var highlighted = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] != Open && snippet[i] != Close)
                continue;
            if (i > start)
                yield return new Piece(snippet[start..i], highlighted);
            if (i < snippet.Length)
                highlighted = snippet[i] == Open;
            start = i + 1;
        }
    }

    /// <summary>Every piece HTML-encoded, matches wrapped in &lt;mark&gt;: the only markup is ours.</summary>
    public static IHtmlContent ToHtml(string snippet)
    {
        var html = new System.Text.StringBuilder();
        foreach (var piece in Split(snippet))
        {
            var encoded = HtmlEncoder.Default.Encode(piece.Text);
            html.Append(piece.Highlighted ? $"<mark>{encoded}</mark>" : encoded);
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>Plain text with the markers removed, for the API's <c>text</c> field.</summary>
    public static string Plain(string snippet) => snippet.Replace(Open.ToString(), "").Replace(Close.ToString(), "");

    /// <summary>About 30 words around the first match, with every match marked.</summary>
    public static string Around(string body, IReadOnlyList<string> terms)
    {
        var first = terms.Select(t => body.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - 80);
        while (start > 0 && !char.IsWhiteSpace(body[start - 1]))
            start--;
        var end = Math.Min(body.Length, start + 240);
        var text = body[start..end].Replace("\n\n", " ¶ ").Replace('\n', ' ');
        foreach (var term in terms)
        {
            var result = new System.Text.StringBuilder();
            var at = 0;
            for (var i = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(term, at, StringComparison.OrdinalIgnoreCase))
            {
                result.Append(text, at, i - at).Append(Open).Append(text, i, term.Length).Append(Close);
                at = i + term.Length;
            }
            text = result.Append(text, at, text.Length - at).ToString();
        }
        return (start > 0 ? "… " : "") + text + (end < body.Length ? " …" : "");
    }
}
