using System.Text;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Keeps pathological nesting away from the parser. Tree building slows down with the depth of the
/// open-element stack, so 10 MB of unclosed &lt;div&gt;s takes minutes to parse. One linear scan
/// estimates the depth; only when it is absurd are the start tags past the limit (and their end tags)
/// dropped, keeping every character of text.
/// </summary>
internal static class HtmlNestingGuard
{
    /// <summary>Real pages stay far below this; it is the depth at which tags start being dropped.</summary>
    public const int DepthLimit = 400;

    /// <summary>The page unchanged when its nesting is sane, else a copy with the excess tags dropped.</summary>
    public static ReadOnlyMemory<char> Limit(ReadOnlyMemory<char> html)
    {
        return MaxDepth(html.Span, rewrite: null) <= DepthLimit ? html : Rewrite(html.Span).AsMemory();
    }

    private static string Rewrite(ReadOnlySpan<char> html)
    {
        var sb = new StringBuilder(html.Length);
        MaxDepth(html, sb);
        return sb.ToString();
    }

    /// <summary>Scans the tags once; with <paramref name="rewrite"/> set, copies the page minus tags past the limit.</summary>
    private static int MaxDepth(ReadOnlySpan<char> html, StringBuilder? rewrite)
    {
        int depth = 0, max = 0, dropped = 0, copied = 0, i = 0;
        while (true)
        {
            var lt = IndexOf(html, '<', i);
            if (lt < 0 || lt + 1 >= html.Length)
                break;
            var c = html[lt + 1];
            if (c == '!' && html[lt..].StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = IndexOf(html, "-->", lt + 4);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }
            var closing = c == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '!'))
                nameEnd++;
            if (nameEnd == nameStart)
            {
                i = lt + 1;
                continue;
            }
            var gt = IndexOf(html, '>', nameEnd);
            if (gt < 0)
                break;
            var name = html.Slice(nameStart, nameEnd - nameStart);
            var tagEnd = gt + 1;
            if (!closing && IsRawText(name))
            {
                // Skip the element's text: "<div>" inside a script is not markup.
                var close = IndexOfEndTag(html, name, tagEnd);
                i = close < 0 ? html.Length : close;
                continue;
            }
            var nesting = html[gt - 1] != '/' && !IsNotNesting(name);
            var drop = false;
            if (closing)
            {
                if (nesting && dropped > 0)
                {
                    dropped--;
                    drop = true;
                }
                else if (nesting && depth > 0)
                {
                    depth--;
                }
            }
            else if (nesting)
            {
                if (depth >= DepthLimit)
                {
                    dropped++;
                    drop = true;
                }
                else
                {
                    depth++;
                    max = Math.Max(max, depth);
                }
            }
            if (rewrite is null)
            {
                if (dropped > 0)
                    return int.MaxValue;
            }
            else if (drop)
            {
                rewrite.Append(html[copied..lt]);
                copied = tagEnd;
            }
            i = tagEnd;
        }
        rewrite?.Append(html[copied..]);
        return max;
    }

    private static int IndexOf(ReadOnlySpan<char> html, char c, int from) => html[from..].IndexOf(c) is var at and >= 0 ? from + at : -1;

    private static int IndexOf(ReadOnlySpan<char> html, string text, int from) =>
        html[from..].IndexOf(text, StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;

    /// <summary>Where "&lt;/name" starts (any case), or -1: an ordinal search for "&lt;/" is much faster over long scripts.</summary>
    private static int IndexOfEndTag(ReadOnlySpan<char> html, ReadOnlySpan<char> name, int from)
    {
        for (var at = IndexOf(html, "</", from); at >= 0; at = IndexOf(html, "</", at + 2))
            if (html[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return at;
        return -1;
    }

    // Elements that never hold children, or that the parser closes implicitly: they do not deepen the tree.
    // Called for every tag of every page: the length picks the few names to compare, cheaper than hashing the name.
    private static bool IsNotNesting(ReadOnlySpan<char> name) => name.Length switch
    {
        1 => name[0] is 'p' or 'P',
        2 => Is(name, "br") || Is(name, "hr") || Is(name, "li") || Is(name, "dt") || Is(name, "dd") || Is(name, "tr") || Is(name, "td") || Is(name, "th"),
        3 => Is(name, "col") || Is(name, "img") || Is(name, "wbr"),
        4 => Is(name, "area") || Is(name, "base") || Is(name, "link") || Is(name, "meta") || Is(name, "html") || Is(name, "head") || Is(name, "body"),
        5 => Is(name, "embed") || Is(name, "input") || Is(name, "track") || Is(name, "param"),
        6 => Is(name, "source") || Is(name, "keygen") || Is(name, "option"),
        8 => Is(name, "!doctype"),
        _ => false,
    };

    private static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);

    // Called for every tag of every page: the length picks the one or three names to compare.
    private static bool IsRawText(ReadOnlySpan<char> name) => name.Length switch
    {
        3 => name.Equals("xmp", StringComparison.OrdinalIgnoreCase),
        5 => name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase),
        6 => name.Equals("script", StringComparison.OrdinalIgnoreCase),
        8 => name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("noscript", StringComparison.OrdinalIgnoreCase)
            || name.Equals("template", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
