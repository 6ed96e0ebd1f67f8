using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Extracts the article from an HTML page: one parse, then linear passes. Structured metadata first
/// (JSON-LD, OpenGraph, meta), then the main content by DOM scoring (<see cref="HtmlContentScorer"/>),
/// then the body paragraphs and captions (<see cref="HtmlArticleBody"/>).
/// </summary>
public static partial class HtmlExtractor
{
    // Browsers nest without limit, but a tree thousands of levels deep is an attack or a broken page;
    // past this depth AngleSharp attaches elements as siblings, and every walk here is iterative anyway.
    private const int MaximumDepth = 256;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
        MaximumDepth = MaximumDepth,
    };

    // A parser builds its browsing context and element factories when constructed, which costs more than
    // parsing a small page; one per thread is reused (a parser is not meant to be shared between threads).
    [ThreadStatic]
    private static HtmlParser? t_parser;

    internal static HtmlParser Parser => t_parser ??= new HtmlParser(ParserOptions, BrowsingContext.New(LeanConfiguration));

    // The default configuration watches attributes as the parser sets them: it resolves <link> and <img> URLs and
    // starts style-sheet loads. Nothing here uses those, the tree is the same without, and parsing is ~15% cheaper.
    private static readonly Configuration LeanConfiguration = new(Configuration.Default.Services.Where(s => s is not IAttributeObserver));

    public static ExtractionResult Extract(string html) => Extract(html.AsMemory());

    /// <param name="html">Read until this returns, not after: the caller may hand the buffer back to a pool.</param>
    public static ExtractionResult Extract(ReadOnlyMemory<char> html)
    {
        if (html.Span.IsWhiteSpace())
            return ExtractionResult.Fail("The page is empty.");
        IDocument document;
        ReadOnlyMemory<char> source;
        try
        {
            source = HtmlNestingGuard.Limit(html);
            document = Parser.ParseDocument(source);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ExtractionResult.Fail($"The HTML could not be parsed ({e.GetType().Name}).");
        }
        // Not disposed: a parsed text holds no resources, and Dispose walks the whole tree again.
        return Extract(document, source);
    }

    // Below this much body text the page is probably built by script or hidden, and the fallbacks are tried.
    private const int ThinBodyLength = 250;
    // A slideshow shows one slide's text (a few hundred characters) and hides the rest: below this much
    // body text the hidden elements are read too, and win when they hold at least twice as much.
    private const int HiddenTextRetryLength = 1000;

    /// <param name="source">The markup the document was parsed from.</param>
    private static ExtractionResult Extract(IDocument document, ReadOnlyMemory<char> source)
    {
        var page = HtmlPageModel.Build(document);
        var meta = HtmlMetadata.Read(page, document);
        var h1 = StoryH1(page, meta.OgTitle ?? meta.Headline ?? page.Title) is { } first ? StoryHeadingUnder(page, first) ?? first : null;
        var headline = ChooseHeadline(meta, h1, page.Title);
        var body = FindBody(page, headline, meta.Description);
        if (Length(body.Paragraphs) < HiddenTextRetryLength && page.SkippedHidden)
        {
            // Slideshows and tabbed pages hide the text until a click: try again with hidden elements.
            var withHidden = HtmlPageModel.Build(document, keepHidden: true);
            var second = FindBody(withHidden, headline, meta.Description);
            if (Length(second.Paragraphs) > Length(body.Paragraphs) * 2)
                body = second;
        }
        if (Length(body.Paragraphs) < ThinBodyLength && FromTemplates(page, headline, meta.Description) is { } templated
            && Length(templated.Paragraphs) > Length(body.Paragraphs) * 2)
        {
            body = templated;
        }
        var paragraphs = body.Paragraphs;
        if (Length(paragraphs) < HiddenTextRetryLength && meta.ArticleBody is null)
        {
            // Script-rendered pages keep the article in their page-state JSON: the visible part is a teaser.
            var fromScripts = HtmlArticleBody.ProseInScripts(document.Scripts.Where(IsInlineScript).Select(ScriptText));
            if (Length(fromScripts) > Math.Max(Length(paragraphs) * 2, ThinBodyLength * 2) && ContinuesVisibleText(paragraphs, headline, fromScripts))
                paragraphs = [.. paragraphs, .. fromScripts.Where(p => !paragraphs.Contains(p))];
        }
        if (meta.ArticleBody is { Length: >= ThinBodyLength } articleBody && Length(paragraphs) < articleBody.Length * 0.3)
        {
            // Script-rendered pages: the JSON-LD copy of the article is all there is.
            paragraphs = SplitPlainText(articleBody);
        }
        else if (Length(paragraphs) < ThinBodyLength && Length(body.Captions) > ThinBodyLength * 2)
        {
            // A gallery article: the text is in the photo captions.
            paragraphs = body.Captions;
        }
        if (paragraphs.Count == 0 && headline is null)
            return ExtractionResult.Fail("The page has no readable text (no paragraphs and no headline).");

        var (authors, agency) = ChooseAuthors(meta, page, body.Bylines);
        var (published, updated) = ChooseDates(meta, page, headline, document, source);
        published ??= PrintedDates.StoryOpeningDate(paragraphs) ?? PrintedDates.UrlDate(meta.Url);
        var dateline = Datelines.Find(paragraphs, paragraphs.Count > 0 ? TextAboveStory(page, paragraphs[0]) : null);
        var language = meta.Language ?? StopWords.DetectByScript(paragraphs) ?? HtmlMetadata.GuessLanguage(paragraphs);

        return ExtractionResult.Ok(new ExtractedArticle
        {
            Format = PageFormat.Html,
            Headline = headline,
            Authors = authors,
            Agency = agency,
            Dateline = dateline?.Place,
            DatelineAgencyCode = dateline?.AgencyCode,
            Published = published,
            Updated = updated,
            Paragraphs = paragraphs,
            Captions = ReferenceEquals(paragraphs, body.Captions) ? [] : body.Captions,
            Url = meta.Url,
            Site = meta.Site,
            Language = language,
        });
    }

    private static HtmlArticleBody.Result FindBody(HtmlPageModel page, string? headline, string? description)
    {
        HtmlContentScorer.Prepare(page);
        var selection = HtmlContentScorer.SelectContent(page);
        var body = HtmlArticleBody.Assemble(page, selection, headline);
        if (body.Paragraphs.Count == 0 && page.Root is { } root)
        {
            // No container scored: a page of short blocks. Take what is left of the whole page after cleaning.
            body = HtmlArticleBody.Assemble(page, [root], headline);
        }
        HtmlArticleBody.PrependStandfirst(page, body, Normalise(description));
        return body;
    }

    /// <summary>
    /// Pages that render the article from a script template hold it as markup in the script's text: parse
    /// that markup as a page of its own. Only for pages whose visible body is thin, so the extra parse is rare.
    /// </summary>
    private static HtmlArticleBody.Result? FromTemplates(HtmlPageModel page, string? headline, string? description)
    {
        var length = 0;
        foreach (var t in page.Templates)
            length += t.Length;
        if (length < ThinBodyLength * 2)
            return null;
        var markup = string.Concat("<html><body>", string.Join("\n", page.Templates), "</body></html>");
        IDocument document;
        try
        {
            document = Parser.ParseDocument(HtmlNestingGuard.Limit(markup.AsMemory()));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
        return FindBody(HtmlPageModel.Build(document), headline, description);
    }

    /// <summary>
    /// Script strings are the article only when they hold what the page shows (the visible teaser, or the
    /// headline when nothing is visible); otherwise they are interface messages or other stories.
    /// </summary>
    private static bool ContinuesVisibleText(List<string> visible, string? headline, List<string> fromScripts)
    {
        var scriptText = string.Join("\n", fromScripts);
        foreach (var p in visible)
            if (p.Length >= 80 && scriptText.Contains(p[..60], StringComparison.Ordinal))
                return true;
        return visible.Count == 0 && headline is { Length: >= 20 } && scriptText.Contains(headline, StringComparison.Ordinal);
    }

    /// <summary>Scripts in the page that may hold page-state data: inline code or JSON, not JSON-LD (read as metadata).</summary>
    private static bool IsInlineScript(AngleSharp.Html.Dom.IHtmlScriptElement script)
    {
        if (!string.IsNullOrEmpty(script.Source))
            return false;
        var type = script.Type;
        return string.IsNullOrEmpty(type) || type.Contains("javascript", StringComparison.OrdinalIgnoreCase)
            || (type.Contains("json", StringComparison.OrdinalIgnoreCase) && !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase));
    }

    // A script's text is one text node: its data is the text, without the copy TextContent makes (scripts run to megabytes).
    private static string ScriptText(AngleSharp.Html.Dom.IHtmlScriptElement script) =>
        script.ChildNodes is { Length: 1 } children && children[0] is IText text ? text.Data : script.Text;

    private static int Length(List<string> paragraphs)
    {
        var n = 0;
        foreach (var p in paragraphs)
            n += p.Length;
        return n;
    }

    private static List<string> SplitPlainText(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Normalise(p)!).Where(p => p is not null).ToList();

    /// <summary>
    /// The h1 about the story the title names; the first h1 when none is. A logo in an h1 ("France 24 - International
    /// news 24/7") can come before the story's own.
    /// </summary>
    private static string? StoryH1(HtmlPageModel page, string? title)
    {
        string? first = null;
        var named = Normalise(title);
        foreach (var b in page.Blocks)
        {
            if (b.Owner.Tag != "h1" || b.Owner.Excluded)
                continue;
            if (named is null || AboutTheSameStory(named, Normalise(b.Text)))
                return b.Text;
            first ??= b.Text;
        }
        return first;
    }

    // Shared words; Chinese and Japanese headlines have no spaces to share words by, so one must hold the other.
    private static bool AboutTheSameStory(string a, string? b) =>
        b is not null && (SharesWords(a, b) || IsUnspaced(b) && a.Contains(b, StringComparison.Ordinal));

    // Several words: spaces between them, or a run of Chinese or Japanese characters long enough to be a headline.
    private static bool HasSeveralWords(string text) => text.Contains(' ') || IsUnspaced(text);

    private static bool IsUnspaced(string text) =>
        text.Length >= MinUnspacedHeadline && !text.Contains(' ') && LineFeatures.HasChineseOrJapanese(text);

    private const int MinUnspacedHeadline = 8;

    /// <summary>
    /// "Information and Resources" in the h1, then "Superbugs: What They Are…" in an h2 that the title tag repeats:
    /// the h1 names the section, the h2 the story. The h2 must be most of the title ("Live updates" under a title
    /// "Live updates: storm hits the coast" is a label). Null when the h1 and the title tag are about the same thing.
    /// </summary>
    private static string? StoryHeadingUnder(HtmlPageModel page, string h1)
    {
        if (Normalise(page.Title) is not { } title || Normalise(h1) is not { } section || SharesWords(title, section))
            return null;
        foreach (var b in page.Blocks)
            if (b.Owner.Tag is "h2" or "h3" && !b.Owner.Excluded && Normalise(b.Text) is { } text && text.Contains(' ')
                && title.StartsWith(text, StringComparison.Ordinal) && text.Length * 5 >= title.Length * 3 && !SharesWords(text, section))
                return text;
        return null;
    }

    // Separators sites put between the headline and their own name in <title> and og:title.
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " ‹ ", " › "];

    internal static string? ChooseHeadline(HtmlMetadata meta, string? h1, string? title)
    {
        var site = meta.Site;
        var h1Text = Normalise(h1);
        string? fallback = null;
        foreach (var (candidate, isTitleTag) in new[] { (meta.Headline, false), (meta.OgTitle, false), (h1, false), (title, true) })
        {
            var text = Normalise(candidate);
            if (string.IsNullOrEmpty(text))
                continue;
            var stripped = StripSiteName(text, site, h1, isTitleTag);
            // A one-word value ("escenic", "Home") is a CMS or section name; a real headline may still follow.
            if (!HasSeveralWords(stripped))
            {
                fallback ??= stripped;
                continue;
            }
            // Metadata headlines are often an SEO rewrite or cut with "..."; the visible h1 is what readers saw,
            // so it wins when it is a headline about the same thing (enough shared words).
            if (!ReferenceEquals(candidate, h1) && h1Text is not null && HasSeveralWords(h1Text) && h1Text.Length <= 300
                && !SameName(h1Text, site) && AboutTheSameStory(stripped, h1Text))
                return h1Text;
            return stripped;
        }
        return fallback;
    }

    /// <summary>Two headlines about the same story: at least 40% of the shorter one's words (3+ letters) are in the other.</summary>
    internal static bool SharesWords(string a, string b)
    {
        static HashSet<string> Words(string s) =>
            new(HeadlineWord().Matches(s.ToLowerInvariant()).Select(m => m.Value));
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0)
            return false;
        var shared = wa.Count(wb.Contains);
        return shared >= 2 && shared >= Math.Min(wa.Count, wb.Count) * 0.4;
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex HeadlineWord();

    /// <summary>"Headline | Site" and "Headline - Site" become "Headline".</summary>
    internal static string StripSiteName(string text, string? site, string? h1, bool isTitleTag)
    {
        var h1Text = Normalise(h1);
        if (!string.IsNullOrEmpty(h1Text) && text.Length > h1Text.Length && text.StartsWith(h1Text, StringComparison.OrdinalIgnoreCase)
            && TitleSeparators.Any(s => text.AsSpan(h1Text.Length).StartsWith(s.TrimEnd())))
            return h1Text;
        if (isTitleTag)
            text = StripShortTails(text);
        foreach (var sep in TitleSeparators)
        {
            var at = text.LastIndexOf(sep, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = text[(at + sep.Length)..].Trim();
                if (SameName(tail, site) || (isTitleTag && tail.Split(' ').Length <= 4))
                    return text[..at].Trim();
            }
            var first = text.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && SameName(text[..first], site))
                return text[(first + sep.Length)..].Trim();
        }
        return text;
    }

    /// <summary>"Headline | Town / Region | Site - Town" in a title tag: cut short trailing segments one by one.</summary>
    private static string StripShortTails(string text)
    {
        for (var round = 0; round < 8; round++)
        {
            var at = -1;
            var length = 0;
            foreach (var sep in TitleSeparators)
            {
                var i = text.LastIndexOf(sep, StringComparison.Ordinal);
                if (i > at)
                    (at, length) = (i, sep.Length);
            }
            if (at <= 0)
                break;
            var head = text[..at].Trim();
            var tail = text[(at + length)..].Trim();
            if (tail.Split(' ').Length > 4 || head.Split(' ').Length < 3)
                break;
            text = head;
        }
        return text;
    }

    private static string Squash(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool SameName(string part, string? site)
    {
        if (string.IsNullOrWhiteSpace(site))
            return false;
        var a = Squash(part);
        var b = Squash(site);
        return a.Length > 0 && (a == b || (b.Length >= 4 && a.Contains(b)) || (a.Length >= 4 && b.Contains(a)));
    }

    private static (List<string> Authors, string? Agency) ChooseAuthors(HtmlMetadata meta, HtmlPageModel page, List<string> bodyBylines)
    {
        var authors = new List<string>();
        string? agency = null;
        void Add(Bylines.Byline parsed, bool mayBeThePublisher)
        {
            agency ??= parsed.Agency;
            foreach (var a in parsed.Authors)
            {
                var name = Normalise(a);
                if (string.IsNullOrEmpty(name) || name.Length > 60 || name.StartsWith('@') || authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                    continue;
                // A meta author equal to the site name is the publisher, not a person; a personal blog's
                // JSON-LD Person may carry the site's name and is kept.
                if (mayBeThePublisher && Squash(name) == Squash(meta.Site ?? ""))
                    continue;
                authors.Add(name);
            }
        }
        void AddFrom(string raw, bool mayBeThePublisher) => Add(Bylines.Parse(Normalise(raw) ?? ""), mayBeThePublisher);

        foreach (var name in meta.AuthorNames)
            AddFrom(name, mayBeThePublisher: false);
        if (meta.MetaAuthors.Count > 0 && authors.Count < 2)
        {
            // Meta tags list every author ("April Roach, Daniel O'Mahony") where the JSON-LD may name only the first.
            var listed = new List<string>();
            foreach (var value in meta.MetaAuthors)
                foreach (var a in Bylines.Parse(Normalise(value) ?? "", commasSeparatePeople: true).Authors)
                    if (!listed.Contains(a, StringComparer.OrdinalIgnoreCase))
                        listed.Add(a);
            // Several values of which none opens with a word of the person-name lists: an organisation and its department.
            if (listed.Count > 1 && listed.All(a => Bylines.PersonNameWord(a.Split(' ')[0]) == Bylines.NameWord.Unknown))
                listed.Clear();
            if (authors.Count == 0)
                Add(new Bylines.Byline(listed, null), mayBeThePublisher: true);
            else if (listed.Count > authors.Count && authors.All(a => listed.Contains(a, StringComparer.OrdinalIgnoreCase)))
            {
                authors.Clear();
                Add(new Bylines.Byline(listed, null), mayBeThePublisher: true);
            }
        }
        if (authors.Count == 0)
            foreach (var byline in bodyBylines)
                AddFrom(byline, mayBeThePublisher: false);
        if (authors.Count == 0 && BylineFromMarkup(page) is { } marked)
            // A visible byline that credits the outlet itself is what the reader saw as the author.
            Add(marked, mayBeThePublisher: false);
        if (authors.Count == 0 && BylineBelowHeadline(page) is { } printed)
            Add(printed, mayBeThePublisher: false);
        // "AFP/The Local", "JIJI": a credit line that names only an agency.
        agency ??= authors.Count == 0 ? AgencyCredit(page) : null;
        if (authors.Count == 0 && BylineInDescription(meta.Description) is { } described)
            Add(described, mayBeThePublisher: true);
        if (authors.Count == 1 && !authors[0].Contains(' ') && Bylines.FullNameOf(authors[0], page.Blocks.Select(b => b.Text)) is { } full)
            authors[0] = full;
        if (agency is null)
            foreach (var org in meta.AuthorOrganisations)
                if (!SameName(org, meta.Site))
                {
                    agency = org;
                    break;
                }
        return (authors, agency);
    }

    /// <summary>
    /// The byline element the page marks as such (itemprop=author, rel=author, a "byline" or "author" class). Where
    /// the markup says the text is a name (rel=author, itemprop=author, an hCard "fn" or a "name" class), a one-word
    /// handle ("marc") is taken; elsewhere a byline class holds a full name or nothing.
    /// </summary>
    private static Bylines.Byline? BylineFromMarkup(HtmlPageModel page)
    {
        foreach (var node in page.BylineCandidates)
        {
            var e = node.Element;
            var nameElement = FirstWithItemProp(e, "name") ?? e;
            var marksName = node.MarksAuthor || nameElement != e || e.ClassList.Contains("fn")
                || e.ClassName?.Contains("name", StringComparison.OrdinalIgnoreCase) == true;
            var text = SegmentedText(nameElement);
            var parsed = Bylines.Parse(text, markedAsName: marksName);
            if (parsed.Authors.Count == 0)
                continue;
            if (marksName || parsed.Authors.Any(a => a.Contains(' ')) || Bylines.OpensWithMarker(text))
                return parsed;
        }
        return null;
    }

    /// <summary>
    /// The first element below <paramref name="root"/>, in document order, whose itemprop holds the word <paramref name="property"/>:
    /// what QuerySelector("[itemprop~=name]") finds, without parsing a selector for every byline candidate.
    /// </summary>
    private static IElement? FirstWithItemProp(IElement root, string property) =>
        root.GetDescendants().OfType<IElement>().FirstOrDefault(e => e.GetAttribute("itemprop") is { } itemprop && HasWord(itemprop, property));

    // A word of a space-separated attribute value, as CSS's ~= reads it (HTML's space characters separate).
    private static bool HasWord(string value, string word)
    {
        foreach (var range in value.AsSpan().SplitAny(" \t\n\r\f"))
            if (value.AsSpan()[range].SequenceEqual(word))
                return true;
        return false;
    }

    /// <summary>The agency a byline element or the line under the headline credits when it names no person.</summary>
    private static string? AgencyCredit(HtmlPageModel page)
    {
        foreach (var node in page.BylineCandidates)
            if (node.TextLength <= 160 && Bylines.Parse(SegmentedText(node.Element)).Agency is { } agency)
                return agency;
        var blocks = page.Blocks;
        var h1 = blocks.FindIndex(b => b.Owner.Tag == "h1");
        for (var i = h1 + 1; h1 >= 0 && i < Math.Min(blocks.Count, h1 + 1 + BylineReachBelow); i++)
            if (blocks[i].Text.Length <= 40 && NewsAgencies.Recognise(blocks[i].Text) is { } agency)
                return agency;
        return null;
    }

    // How many text blocks around the headline a printed byline may sit: above it (a series title "Melas by
    // delta201"), below it (kicker, standfirst, photo, share bar).
    private const int BylineReachAbove = 4;
    private const int BylineReachBelow = 10;

    /// <summary>
    /// A byline printed by the headline without markup that names it ("By Jane Doe | April 13, 2020"): the
    /// nearest block, first below the h1 then above it, that reads as a byline.
    /// </summary>
    private static Bylines.Byline? BylineBelowHeadline(HtmlPageModel page)
    {
        var blocks = page.Blocks;
        var h1 = blocks.FindIndex(b => b.Owner.Tag == "h1");
        if (h1 < 0)
            return null;
        for (var i = h1 + 1; i < Math.Min(blocks.Count, h1 + 1 + BylineReachBelow); i++)
            if (BylineBlock(blocks, i) is { } byline)
                return byline;
        for (var i = h1 - 1; i >= Math.Max(0, h1 - BylineReachAbove); i--)
            if (BylineBlock(blocks, i) is { } byline)
                return byline;
        return null;
    }

    private static Bylines.Byline? BylineBlock(List<TextBlock> blocks, int i)
    {
        var block = blocks[i];
        if (block.Text.Length > 160 || block.Owner.InComments)
            return null;
        // "by" in a block of its own, the name in the next ("<span>by</span> <h3>delta201</h3>").
        var bare = Bylines.IsBareMarker(block.Text) && i + 1 < blocks.Count;
        var text = bare ? block.Text + " " + blocks[i + 1].Text : block.Text;
        if (Bylines.TryParseLine(text, out var byline) && byline.Authors.Count > 0)
            return bare || !IsMenuEntry(blocks, i, byline) ? byline : null;
        // The "By" may be visually hidden for screen readers ("<span class=screen-reader-text>| By</span>"): the element's whole text.
        if (block.Owner.TextLength <= 200 && SegmentedText(block.Owner.Element) is { Length: > 0 } full && full != text
            && Bylines.TryParseLine(full, out byline) && byline.Authors.Count > 0 && !IsMenuEntry(blocks, i, byline))
            return byline;
        return null;
    }

    // "By Course or Type", "By Method", "By Product" as the entries of a recipe site's menu: the rule the text dumps use.
    private static bool IsMenuEntry(List<TextBlock> blocks, int i, Bylines.Byline byline) =>
        Bylines.IsMenuEntry(byline, blocks, i, static b => b.Text, static b => Bylines.CountWords(b.Text));

    /// <summary>A page summary that opens with the byline: "Posted by A, B and C - Security team  Over the past ...".</summary>
    private static Bylines.Byline? BylineInDescription(string? description)
    {
        if (description is null || DescriptionByline().Match(description) is not { Success: true } m)
            return null;
        return Bylines.Parse(m.Value);
    }

    // The byline ends where the summary's text begins: a wide gap or a sentence's end.
    [GeneratedRegex(@"^\s*(?:posted\s+|written\s+|published\s+)?by\s.{3,150}?(?=\s{2,}|\.\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionByline();

    /// <summary>The element's text with " | " where two text nodes meet without a space (name and title in separate spans).</summary>
    private static string SegmentedText(IElement element)
    {
        var sb = new System.Text.StringBuilder();
        var count = 0;
        foreach (var node in element.Descendants<IText>())
        {
            if (++count > 50 || sb.Length > 300)
                break;
            if (node.ParentElement?.LocalName is "script" or "style")
                continue;
            var text = node.Data;
            if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1]) && text.Length > 0 && !char.IsWhiteSpace(text[0]))
                sb.Append(" | ");
            sb.Append(text);
        }
        return Normalise(sb.ToString()) ?? "";
    }

    private static (PrintedTime? Published, PrintedTime? Updated) ChooseDates(HtmlMetadata meta, HtmlPageModel page, string? headline, IDocument document, ReadOnlyMemory<char> source)
    {
        var published = ParseDate(meta.Published);
        var updated = ParseDate(meta.Updated);
        if (published is null)
        {
            // <time> elements: the one marked as publication first, then the first one in the article.
            IElement? chosen = null;
            foreach (var t in page.TimeElements)
            {
                var marked = t.GetAttribute("itemprop")?.Contains("datePublished", StringComparison.OrdinalIgnoreCase) == true
                             || t.HasAttribute("pubdate") || (t.ClassName?.Contains("publish", StringComparison.OrdinalIgnoreCase) ?? false);
                if (marked)
                {
                    chosen = t;
                    break;
                }
                chosen ??= t;
            }
            if (chosen is not null)
                published = ParseDate(chosen.GetAttribute("datetime")) ?? ParseDate(Normalise(chosen.TextContent));
        }
        var (visible, strong) = VisibleDate(page, headline, lookFar: published is null);
        if (!strong && PrintedTimeElement(page, document, source) is { } printed)
            visible = printed;
        published = PreferPrinted(published, visible, strong);
        return (published, updated);
    }

    /// <summary>
    /// The archive keeps the date as the page printed it. A machine value in UTC ("...T00:30:00Z") can fall on
    /// the next day of the local date the reader saw; a stale value from an older version of the page can be years
    /// off. The visible date near the headline wins in both cases; otherwise the machine value (it has the time).
    /// </summary>
    /// <param name="strong">The visible date is labelled as the publication date or sits right under the headline.</param>
    internal static PrintedTime? PreferPrinted(PrintedTime? machine, PrintedTime? visible, bool strong)
    {
        if (visible is not { } v)
            return machine;
        if (machine is not { } m)
            return v;
        var days = Math.Abs(m.Date.DayNumber - v.Date.DayNumber);
        if (days == 0)
            return m;
        if (days == 1 && m.Offset is null or { Ticks: 0 })
            return v;
        return days > 366 && strong ? v : m;
    }

    /// <summary>
    /// The first &lt;time&gt; element that is not the update time, read as printed: its text first (the reader's
    /// local time), then its datetime attribute. Bylines holding it are often left out of the text blocks, and
    /// responsive pages put the byline in a block hidden on one screen size, which the page model skips.
    /// </summary>
    private static PrintedTime? PrintedTimeElement(HtmlPageModel page, IDocument document, ReadOnlyMemory<char> source)
    {
        // The search of the whole tree is skipped when the markup has no time tag at all (most such pages).
        IEnumerable<IElement> times = page.TimeElements.Count > 0 ? page.TimeElements
            : source.Span.Contains("<time", StringComparison.OrdinalIgnoreCase) ? document.GetElementsByTagName("time") : [];
        foreach (var t in times)
        {
            var marks = (t.ClassName ?? "") + " " + (t.GetAttribute("itemprop") ?? "");
            if (PrintedDates.UpdatedWord(marks).Success)
                continue;
            var text = Normalise(t.TextContent);
            if (text is not null && DateOfShortBlock(text) is { IsUpdate: false } found)
                return found.Date;
            return ParseDate(t.GetAttribute("datetime"));
        }
        return null;
    }

    // How far around the headline a printed publication date is looked for, in text blocks.
    private const int BlocksBeforeHeadline = 8;
    private const int BlocksAfterHeadline = 40;
    private const int BlocksRightUnderHeadline = 6;
    // With no machine-readable date at all, a date line at the foot of the article is better than none.
    private const int BlocksFarAfterHeadline = 200;

    /// <summary>
    /// A date printed near the headline: a short block after the headline (or before it, for kickers and date bars),
    /// a block labelled as the publication date first, never one labelled as an update.
    /// </summary>
    private static (PrintedTime? Date, bool Strong) VisibleDate(HtmlPageModel page, string? headline, bool lookFar)
    {
        var blocks = page.Blocks;
        var anchor = -1;
        if (headline is not null)
            for (var i = 0; i < blocks.Count && anchor < 0; i++)
                if (blocks[i].Owner.Tag is "h1" or "h2" && blocks[i].Text.Equals(headline, StringComparison.OrdinalIgnoreCase))
                    anchor = i;
        for (var i = 0; i < blocks.Count && anchor < 0; i++)
            if (blocks[i].Owner.Tag == "h1" && !blocks[i].Owner.Excluded && blocks[i].Text.Contains(' '))
                anchor = i;
        for (var i = 0; i < blocks.Count && anchor < 0; i++)
            if (blocks[i].Owner.InContent)
                anchor = i;
        if (anchor < 0)
            return (null, false);
        (PrintedTime Date, bool Strong)? after = null;
        var longParagraphs = 0;
        var end = Math.Min(blocks.Count - 1, anchor + (lookFar ? BlocksFarAfterHeadline : BlocksAfterHeadline));
        for (var i = anchor; i <= end; i++)
        {
            var text = blocks[i].Text;
            if (text.Length > 200 && ++longParagraphs >= 3 && (!lookFar || after is not null))
                break;
            if (DateOfShortBlock(text) is not { } found || found.IsUpdate)
                continue;
            if (PrintedDates.HasDateLabel(text) && i - anchor <= BlocksRightUnderHeadline * 2)
                return (found.Date, true);
            if (longParagraphs < 3)
                after ??= (found.Date, i - anchor <= BlocksRightUnderHeadline);
            else
                after ??= (found.Date, false);
        }
        if (after is { } a)
            return a;
        for (var i = anchor - 1; i >= 0 && i >= anchor - BlocksBeforeHeadline; i--)
            if (DateOfShortBlock(blocks[i].Text) is { IsUpdate: false } found)
                return (found.Date, false);
        return (null, false);
    }

    private static (PrintedTime Date, bool IsUpdate)? DateOfShortBlock(string text)
    {
        // A date line, not a sentence that mentions a date ("Letters to the editor for Jan. 17"), nor the
        // signature of an embedded post ("— Jane Doe (@jane) January 7, 2020").
        // A credit line ("By Jane Doe 8 January 2020, 3:51 pm 11 Edit") may carry more words: its marker says what it is.
        if (text.Length > 100 || !text.AsSpan().ContainsAnyInRange('0', '9') || text.Contains('@') || !PrintedDates.MayHoldDate(text)
            || PrintedDates.IsRelativeTime(text)
            || text.AsSpan().Count(' ') + 1 is var words && words > 8 && !(words <= 14 && Bylines.OpensWithMarker(text)))
            return null;
        // "Published: 30.01.2022 | Updated: 01.02.2022" in one line: the part before the update label.
        var update = PrintedDates.UpdatedWord(text);
        if (update.Success && update.Index > 0 && PrintedDates.TryParse(text[..update.Index], out var first))
            return (first, false);
        if (!PrintedDates.TryParse(text, out var date))
            return null;
        return (date, update.Success);
    }

    private static PrintedTime? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (PrintedTime.TryParseIso(text, out var iso))
            return iso;
        return PrintedDates.TryParse(text, out var printed) ? printed : null;
    }

    /// <summary>
    /// The text block right above the story's first paragraph: some layouts print the dateline in an element of its own
    /// before the story's container (&lt;span class="dateline"&gt;WASHINGTON —&lt;/span&gt;), outside what the body finder keeps.
    /// </summary>
    private static string? TextAboveStory(HtmlPageModel page, string firstParagraph)
    {
        var blocks = page.Blocks;
        for (var i = 1; i < blocks.Count; i++)
            if (blocks[i].Text == firstParagraph)
                return blocks[i - 1].Text;
        return null;
    }

    internal static string? Normalise(string? text)
    {
        if (text is null)
            return null;
        // Most values are already single-spaced and trimmed: they are returned without the regex's copy.
        if (IsNormal(text))
            return text.Length == 0 ? null : text;
        var t = WhitespaceRun().Replace(text, " ").Trim();
        return t.Length == 0 ? null : t;
    }

    // No white space at the ends, and none inside but single ' ' characters (regex \s and char.IsWhiteSpace are the same set).
    private static bool IsNormal(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            return false;
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i + 1] == ' '))
                return false;
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
