using System.Text;
using AngleSharp.Dom;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// One element of the page as the content scorer sees it: a light mirror of the DOM element with the
/// text statistics of its subtree, so every later decision is a lookup instead of another DOM query.
/// </summary>
internal sealed class PageNode(IElement element, PageNode? parent, int depth, string tag)
{
    public IElement Element { get; } = element;
    public PageNode? Parent { get; } = parent;
    public int Depth { get; } = depth;
    /// <summary>Lower-case local name.</summary>
    public string Tag { get; } = tag;
    public List<PageNode>? Children { get; set; }
    /// <summary>A block-level element: its inline text is a block of its own.</summary>
    public bool IsBlock { get; init; }

    /// <summary>+/-25 per class/id hint, as in Readability.</summary>
    public int ClassWeight { get; set; }
    /// <summary>The class or id names a boilerplate block (share bar, comments, related links...).</summary>
    public bool LooksLikeBoilerplate { get; set; }
    /// <summary>A class or id word says "article", "content", "entry", "post", "story", "main"...</summary>
    public bool HasContentWord { get; set; }
    /// <summary>itemprop=author or rel=author.</summary>
    public bool MarksAuthor { get; set; }
    /// <summary>A class or id word starts with "author" or "byline".</summary>
    public bool NamesByline { get; set; }
    /// <summary>A class or id word names a comment section: kept out even when it outweighs the article.</summary>
    public bool LooksLikeComments { get; set; }
    /// <summary>This node or an ancestor names a comment section.</summary>
    public bool InComments { get; set; }
    /// <summary>Text under this node is left out of the body: a boilerplate block or inside one.</summary>
    public bool Excluded { get; set; }
    /// <summary>A figure caption or photo credit: kept as a caption, not as body text.</summary>
    public bool IsCaption { get; set; }
    /// <summary>This node or an ancestor is a caption.</summary>
    public bool InCaption { get; set; }
    /// <summary>Marks the article proper: an h1 or itemprop=articleBody somewhere in the subtree.</summary>
    public bool HoldsArticleMarker { get; set; }
    /// <summary>One of the chosen content nodes, set only while the body is assembled.</summary>
    public bool Selected { get; set; }
    /// <summary>Inside the chosen content.</summary>
    public bool InContent { get; set; }
    /// <summary>Dropped from the chosen content by conditional cleaning (link-dense lists, widget boxes).</summary>
    public bool Dropped { get; set; }

    // Subtree statistics over the blocks that are not excluded.
    public int TextLength { get; set; }
    public int LinkLength { get; set; }
    public int Commas { get; set; }
    public int ParagraphCount { get; set; }
    public int ListItemCount { get; set; }
    public int ImageCount { get; set; }
    public int InputCount { get; set; }
    public int HeadingLength { get; set; }

    // Readability-style score, set only for nodes that received paragraph scores.
    public double Score { get; set; }
    public bool IsCandidate { get; set; }

    public double LinkDensity => TextLength == 0 ? 0 : LinkLength / (double)TextLength;

    public bool IsInside(PageNode ancestor)
    {
        for (var n = this; n is not null; n = n.Parent)
            if (ReferenceEquals(n, ancestor))
                return true;
        return false;
    }

    public override string ToString() => $"<{Tag} class='{Element.ClassName}' id='{Element.Id}'> score {Score:F1} text {TextLength}";
}

/// <summary>A run of inline text inside one block-level element: the unit the body is made of.</summary>
internal sealed record TextBlock(PageNode Owner, string Text, int LinkLength, int Index)
{
    public double LinkDensity => Text.Length == 0 ? 0 : LinkLength / (double)Text.Length;
    public bool IsHeading => Owner.Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}

/// <summary>
/// Walks the parsed page once, without recursion (pages can nest thousands of levels deep), and
/// turns it into <see cref="PageNode"/>s and <see cref="TextBlock"/>s. Scripts, styles, forms controls,
/// navigation and hidden elements are not entered at all; metadata elements are collected on the way.
/// </summary>
internal sealed class HtmlPageModel
{
    public List<PageNode> Nodes { get; } = [];
    public List<TextBlock> Blocks { get; } = [];
    public List<IElement> MetaElements { get; } = [];
    public List<IElement> LinkElements { get; } = [];
    public List<string> JsonLd { get; } = [];
    public List<IElement> TimeElements { get; } = [];
    /// <summary>The markup inside &lt;script type="text/template"&gt;: some blog engines render the article from it.</summary>
    public List<string> Templates { get; } = [];
    /// <summary>Elements marked as author or byline, outside comment sections, in document order.</summary>
    public List<PageNode> BylineCandidates { get; } = [];
    public string? Title { get; private set; }
    /// <summary>A hidden element was left out: only then can a walk that keeps hidden elements find more text.</summary>
    public bool SkippedHidden { get; private set; }
    public PageNode? Root { get; private set; }

    private readonly StringBuilder _text = new();
    // The inline run holds a line break (two <br>s) and is split at it when flushed.
    private bool _textHasBreak;
    private int _linkChars;
    private int _linkDepth;
    private int _pendingBreaks;
    private bool _keepHidden;
    private readonly HtmlCleaner.ClassHintCache _classHints = new();

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "caption", "ul", "legend", "frameset", "noframes", "listing", "xmp", "plaintext", "option", "picture",
    };

    /// <summary>Hidden elements are left out unless <paramref name="keepHidden"/>: slideshow pages hide the article text until a click.</summary>
    public static HtmlPageModel Build(IDocument document, bool keepHidden = false)
    {
        var model = new HtmlPageModel { _keepHidden = keepHidden };
        if (document.DocumentElement is { } root)
            model.Walk(root);
        return model;
    }

    // AngleSharp's NextSibling searches the parent's child list, so walking by siblings is quadratic on
    // a page of 100,000 flat divs; walking child lists by index with an explicit stack stays linear.
    private void Walk(IElement rootElement)
    {
        var rootNode = new PageNode(rootElement, null, 0, rootElement.LocalName);
        Root = rootNode;
        Nodes.Add(rootNode);
        var stack = new Stack<(INodeList Children, int Next, PageNode Node)>();
        stack.Push((rootElement.ChildNodes, 0, rootNode));
        while (stack.Count > 0)
        {
            var (children, next, current) = stack.Pop();
            if (next >= children.Length)
            {
                if (current.Parent is null)
                    Flush(current);
                else
                    Exit(current);
                continue;
            }
            stack.Push((children, next + 1, current));
            var node = children[next];
            if (node is IElement element)
            {
                if (Enter(element, current) is { } child)
                    stack.Push((element.ChildNodes, 0, child));
            }
            else if (node.NodeType == NodeType.Text)
            {
                AppendText(node.TextContent);
            }
        }
    }

    /// <summary>Returns the node to descend into, or null to skip the element's subtree.</summary>
    private PageNode? Enter(IElement element, PageNode parent)
    {
        var tag = element.LocalName;
        switch (tag)
        {
            case "meta":
                MetaElements.Add(element);
                return null;
            case "link":
                LinkElements.Add(element);
                return null;
            case "title":
                if (Title is null && element.Parent is IElement { LocalName: "head" })
                    Title = element.TextContent;
                return null;
            case "script":
                var type = element.GetAttribute("type");
                if (type is null)
                    return null;
                if (type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                    JsonLd.Add(element.TextContent);
                else if (type.Contains("template", StringComparison.OrdinalIgnoreCase) && Templates.Count < 20)
                    Templates.Add(element.TextContent);
                return null;
            case "time":
                TimeElements.Add(element);
                break;
            case "br":
                _pendingBreaks++;
                if (_pendingBreaks >= 2)
                {
                    _text.Append('\n');
                    _textHasBreak = true;
                }
                else
                    AppendSpace();
                return null;
            case "img":
                parent.ImageCount++;
                return null;
        }
        if (HtmlCleaner.IsSkippedTag(tag))
            return null;
        var attributes = HtmlCleaner.ElementAttributes.Read(element);
        var hints = _classHints.Get(attributes.Class, attributes.Id);
        if (!_keepHidden && HtmlCleaner.IsHidden(tag, attributes, hints))
        {
            SkippedHidden = true;
            return null;
        }
        if (HtmlCleaner.HasBoilerplateRole(attributes))
            return null;
        if (tag == "form" && !HtmlCleaner.FormMayHoldContent(element))
            return null;

        var isBlock = BlockTags.Contains(tag);
        if (isBlock)
            Flush(parent);
        if (tag == "a")
            _linkDepth++;
        var node = new PageNode(element, parent, parent.Depth + 1, tag) { IsBlock = isBlock };
        HtmlCleaner.Classify(node, attributes, hints);
        // Page headers are chrome for the body, but they hold the headline and the byline. A header inside a
        // list item or table cell heads one entry of the text (an accordion, a fact box), not the page.
        if (tag == "header" && !IsInsideEntry(parent))
            node.LooksLikeBoilerplate = true;
        // <address> is HTML's element for the article's author contact ("By <a>Jane Doe</a>").
        if (tag == "address")
            node.NamesByline = true;
        node.InComments = parent.InComments || node.LooksLikeComments;
        if ((node.MarksAuthor || node.NamesByline) && !node.InComments && BylineCandidates.Count < 60)
            BylineCandidates.Add(node);
        (parent.Children ??= []).Add(node);
        Nodes.Add(node);
        return node;
    }

    private static bool IsInsideEntry(PageNode node)
    {
        for (PageNode? n = node; n is not null; n = n.Parent)
            if (n.Tag is "li" or "td" or "dd" or "details")
                return true;
        return false;
    }

    private void Exit(PageNode node)
    {
        if (node.Tag == "a")
            _linkDepth--;
        else if (node.IsBlock)
            Flush(node);
    }

    private void AppendText(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsWhiteSpace(c))
            {
                // A run of white space is one space: indentation runs are long.
                while (++i < span.Length && char.IsWhiteSpace(span[i]))
                {
                }
                AppendSpace();
                continue;
            }
            if (IsInvisible(c))
            {
                i++;
                continue;
            }
            // A run of visible characters goes in at once.
            var start = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i]) && !IsInvisible(span[i]))
                i++;
            _pendingBreaks = 0;
            _text.Append(span[start..i]);
            if (_linkDepth > 0)
                _linkChars += i - start;
        }
    }

    // Soft hyphen, zero-width space and a stray byte-order mark: no width on the page, no place in the text.
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\uFEFF';

    private void AppendSpace()
    {
        if (_text.Length > 0 && _text[^1] != ' ' && _text[^1] != '\n')
            _text.Append(' ');
    }

    /// <summary>Closes the inline run collected so far as blocks owned by <paramref name="owner"/> (two &lt;br&gt; split it).</summary>
    private void Flush(PageNode owner)
    {
        _pendingBreaks = 0;
        if (_text.Length == 0)
            return;
        var links = _linkChars;
        _linkChars = 0;
        if (!_textHasBreak)
        {
            // A run never starts with a space and holds no two in a row: trimming is dropping the one at its end.
            var length = _text[^1] == ' ' ? _text.Length - 1 : _text.Length;
            var line = _text.ToString(0, length);
            _text.Clear();
            AddBlock(owner, line, links);
            return;
        }
        var text = _text.ToString();
        _text.Clear();
        _textHasBreak = false;
        foreach (var part in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Link characters are shared out in proportion: good enough for density checks.
            var share = (int)((long)links * part.Length / text.Length);
            AddBlock(owner, part, share);
        }
    }

    private void AddBlock(PageNode owner, string text, int links)
    {
        if (text.Length == 0)
            return;
        // Some pages spell a letter precomposed, others as letter + combining mark (Bengali য়, Latin é):
        // composed form (NFC) makes the same words the same string for search and deduplication.
        // Characters below U+0300 (where the combining marks start) are always in composed form: most blocks skip the check.
        if (MayNeedComposing(text) && !text.IsNormalized())
            text = text.Normalize();
        Blocks.Add(new TextBlock(owner, text, Math.Min(links, text.Length), Blocks.Count));
    }

    /// <summary>
    /// False when every character is below U+0300 or is punctuation from U+2002 to U+206F (dashes, curly quotes, ellipsis):
    /// none of those composes or decomposes under NFC (U+2000 and U+2001 do, to U+2002 and U+2003), so the text is in
    /// composed form and the costly check is skipped for most blocks of a page in a Latin script.
    /// </summary>
    private static bool MayNeedComposing(string text)
    {
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAnyInRange('\u0300', '\uFFFF'); i >= 0; i = rest.IndexOfAnyInRange('\u0300', '\uFFFF'))
        {
            if (rest[i] is < '\u2002' or > '\u206F')
                return true;
            rest = rest[(i + 1)..];
        }
        return false;
    }
}
