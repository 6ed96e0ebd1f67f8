namespace NewsArchive.Core.Extraction;

/// <summary>
/// Finds the main content of a page: drops boilerplate blocks, scores paragraph containers by text
/// length, commas, link density and class hints (the Readability idea), picks the best container with
/// the siblings that belong to it, and prefers the page's own article markup when it holds the text.
/// </summary>
internal static class HtmlContentScorer
{
    // A paragraph shorter than this is not evidence of article text (captions, labels, buttons).
    private const int MinParagraphLength = 25;
    // Scores go to the paragraph's container and this many more ancestors, with falling weight.
    private const int AncestorLevels = 5;
    // Alternative candidates within this share of the top score can pull the choice up to a common ancestor.
    private const double AlternativeShare = 0.75;
    private const int MinAlternativesForCommonAncestor = 3;
    // A boilerplate-looking element that holds this share of the page text is a page wrapper with an
    // unlucky class name ("layout-with-sidebar"), not a widget; comment sections need an article marker too.
    private const double WrapperTextShare = 0.3;

    /// <summary>Marks excluded and caption nodes and fills the subtree statistics.</summary>
    public static void Prepare(HtmlPageModel page)
    {
        var nodes = page.Nodes;
        foreach (var n in nodes)
        {
            n.TextLength = n.LinkLength = n.Commas = n.ParagraphCount = n.ListItemCount = n.HeadingLength = 0;
            n.HoldsArticleMarker = n.Tag is "h1" or "article" or "main" || n.ClassWeight >= 50;
        }
        foreach (var b in page.Blocks)
            b.Owner.TextLength += b.Text.Length;
        // Raw text per subtree, for the wrapper check below.
        for (var i = nodes.Count - 1; i > 0; i--)
        {
            var n = nodes[i];
            n.Parent!.TextLength += n.TextLength;
            n.Parent.HoldsArticleMarker |= n.HoldsArticleMarker;
        }
        var total = Math.Max(1, nodes.Count > 0 ? nodes[0].TextLength : 1);
        foreach (var n in nodes)
        {
            var parent = n.Parent;
            var wrapper = n.TextLength >= total * WrapperTextShare && (n.HoldsArticleMarker || n.HasContentWord || !n.LooksLikeComments);
            n.Excluded = (parent?.Excluded ?? false) || (n.LooksLikeBoilerplate && !wrapper);
            // A table inside a figure is data the text refers to, not a photo caption.
            n.InCaption = n.Tag != "table" && ((parent?.InCaption ?? false) || n.IsCaption);
            n.TextLength = 0;
        }
        foreach (var b in page.Blocks)
        {
            var o = b.Owner;
            if (o.Excluded || o.InCaption)
                continue;
            o.TextLength += b.Text.Length;
            o.LinkLength += b.LinkLength;
            o.Commas += CountCommas(b.Text);
            if (o.Tag == "p" && b.Text.Length >= MinParagraphLength)
                o.ParagraphCount++;
            if (b.IsHeading)
                o.HeadingLength += b.Text.Length;
        }
        for (var i = nodes.Count - 1; i > 0; i--)
        {
            var n = nodes[i];
            if (n.Tag == "li")
                n.ListItemCount++;
            if (n.Excluded)
                continue;
            var p = n.Parent!;
            p.TextLength += n.TextLength;
            p.LinkLength += n.LinkLength;
            p.Commas += n.Commas;
            p.ParagraphCount += n.ParagraphCount;
            p.ListItemCount += n.ListItemCount;
            p.ImageCount += n.ImageCount;
            p.HeadingLength += n.HeadingLength;
            if (n.Tag is "input" or "textarea" or "select")
                p.InputCount++;
            p.InputCount += n.InputCount;
        }
    }

    /// <summary>The nodes whose text is the article, in document order; empty when nothing looks like one.</summary>
    public static List<PageNode> SelectContent(HtmlPageModel page)
    {
        var candidates = ScoreParagraphs(page);
        if (candidates.Count == 0)
            return [];
        PageNode top = candidates[0];
        foreach (var c in candidates)
        {
            c.Score *= 1 - c.LinkDensity;
            if (c.Score > top.Score)
                top = c;
        }
        var best = top;
        top = PromoteToCommonAncestor(top, candidates);
        var selection = WithSiblings(top);
        selection = PreferArticleMarkup(page, selection);
        AddOuterSiblings(top, selection);
        AddTwinContainers(page, best, selection);
        return selection;
    }

    private static List<PageNode> ScoreParagraphs(HtmlPageModel page)
    {
        var candidates = new List<PageNode>();
        foreach (var b in page.Blocks)
        {
            var owner = b.Owner;
            if (owner.Excluded || owner.InCaption || b.Text.Length < MinParagraphLength || b.IsHeading || owner.Tag is "li" or "dt" or "th")
                continue;
            // Paragraphs inside list items are list entries (references, comment threads, link lists), not the prose that marks the article.
            if (owner.Parent?.Tag == "li")
                continue;
            // Text straight inside a div counts as a paragraph of that div, as Readability turns such runs into <p>.
            var target = owner.Tag is "p" or "pre" or "dd" or "address" or "blockquote" or "center" ? owner.Parent : owner;
            var score = 1.0 + CountCommas(b.Text) + Math.Min(b.Text.Length / 100, 3);
            for (var level = 0; target is not null && level < AncestorLevels; level++, target = target.Parent)
            {
                if (target.Tag is "html")
                    break;
                if (!target.IsCandidate)
                {
                    target.IsCandidate = true;
                    target.Score = TagWeight(target.Tag) + target.ClassWeight;
                    candidates.Add(target);
                }
                target.Score += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }
        return candidates;
    }

    private static int TagWeight(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>
    /// When several near-best candidates share an ancestor, the article is split over them (paragraph
    /// groups between ads or images): take the ancestor. Then climb while the parent scores better.
    /// </summary>
    private static PageNode PromoteToCommonAncestor(PageNode top, List<PageNode> candidates)
    {
        var alternatives = candidates
            .Where(c => !ReferenceEquals(c, top) && c.Score >= top.Score * AlternativeShare)
            .OrderByDescending(c => c.Score).Take(5).ToList();
        if (alternatives.Count >= MinAlternativesForCommonAncestor)
        {
            for (var ancestor = top.Parent; ancestor is not null && ancestor.Tag is not ("body" or "html"); ancestor = ancestor.Parent)
            {
                var inside = alternatives.Count(a => a.IsInside(ancestor));
                if (inside >= MinAlternativesForCommonAncestor)
                {
                    top = ancestor;
                    break;
                }
            }
        }
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && parent.Tag is not ("body" or "html"); parent = parent.Parent)
        {
            if (!parent.IsCandidate)
                continue;
            if (parent.Score < threshold)
                break;
            if (parent.Score > lastScore)
            {
                top = parent;
                break;
            }
            lastScore = parent.Score;
        }
        while (top.Parent is { } p && p.Tag is not ("body" or "html") && p.Children is { Count: 1 })
            top = p;
        return top;
    }

    /// <summary>Readability's sibling rule: siblings that score near the top candidate, or look like plain paragraphs.</summary>
    private static List<PageNode> WithSiblings(PageNode top)
    {
        if (top.Parent?.Children is not { } siblings)
            return [top];
        var threshold = Math.Max(10, top.Score * 0.2);
        return SiblingsOf(top, siblings, threshold);
    }

    /// <summary>
    /// Templates nest the intro and the main text in separate wrappers ("article-intro" beside an
    /// "article-body" that holds the text): a well-scoring prose block beside the parent or grandparent
    /// of the top candidate belongs to the article too.
    /// </summary>
    private static void AddOuterSiblings(PageNode top, List<PageNode> selection)
    {
        var threshold = Math.Max(10, top.Score * 0.2);
        var ancestor = top.Parent;
        for (var level = 0; level < 2 && ancestor?.Parent is { Children: { } outer } parent && parent.Tag is not ("body" or "html"); level++, ancestor = parent)
        {
            foreach (var s in outer)
            {
                if (ReferenceEquals(s, ancestor) || s.Excluded || !s.IsCandidate || s.Score < threshold || s.LinkDensity > 0.25
                    || s.ParagraphCount == 0 || selection.Any(n => n.IsInside(s) || s.IsInside(n)))
                    continue;
                selection.Add(s);
            }
        }
    }

    private static List<PageNode> SiblingsOf(PageNode top, List<PageNode> siblings, double threshold)
    {
        var topClass = top.Element.ClassName;
        var result = new List<PageNode>();
        foreach (var s in siblings)
        {
            if (ReferenceEquals(s, top))
            {
                result.Add(s);
                continue;
            }
            if (s.Excluded)
                continue;
            var bonus = !string.IsNullOrEmpty(topClass) && s.Element.ClassName == topClass ? top.Score * 0.2 : 0;
            if (s.IsCandidate && s.Score + bonus >= threshold)
            {
                result.Add(s);
                continue;
            }
            if (s.Tag == "p" && s.TextLength > 0)
            {
                var density = s.LinkDensity;
                if (s.TextLength > 80 && density < 0.25)
                    result.Add(s);
                else if (s.TextLength <= 80 && density == 0 && s.Element.TextContent.Trim() is var text && (text.EndsWith('.') || text.Contains(". ")))
                    result.Add(s);
            }
        }
        return result;
    }

    /// <summary>
    /// The page's own article markup (itemprop=articleBody, or the one &lt;article&gt;) is trusted when it
    /// holds most of what scoring picked: it drops the odd widget a wide pick would take along.
    /// </summary>
    private static List<PageNode> PreferArticleMarkup(HtmlPageModel page, List<PageNode> selection)
    {
        var selected = selection.Sum(n => n.TextLength);
        if (selected == 0)
            return selection;
        PageNode? best = null;
        foreach (var n in page.Nodes)
        {
            if (n.Excluded || n.InCaption)
                continue;
            var marked = n.ClassWeight >= 50 || n.Tag == "article";
            if (marked && n.TextLength > (best?.TextLength ?? 0) && selection.Any(s => n.IsInside(s)))
                best = n;
        }
        if (best is not null && best.TextLength >= selected * 0.75)
            return [best];
        return selection;
    }

    /// <summary>
    /// Pages that cut the article into several containers of the same class (around ads, or an intro
    /// block before the main text) get all of them, not just the best-scoring one.
    /// </summary>
    private static void AddTwinContainers(HtmlPageModel page, PageNode best, List<PageNode> selection)
    {
        var cls = best.Element.GetAttribute("class");
        if (string.IsNullOrWhiteSpace(cls))
            return;
        foreach (var n in page.Nodes)
        {
            if (n.Excluded || n.InCaption || n.TextLength < 100 || n.LinkDensity > 0.3 || n.Tag != best.Tag
                || n.Element.GetAttribute("class") != cls || selection.Any(s => n.IsInside(s) || s.IsInside(n)))
                continue;
            selection.Add(n);
        }
    }

    internal static int CountCommas(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (c is ',' or '،' or '，' or '、' or '﹐' or '︐' or '﹑' or '⹁' or '⸴' or '⸲')
                n++;
        return n;
    }
}
