using AngleSharp.Dom;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// Decides what is not article text: elements by tag, ARIA role, visibility and class/id words, and
/// single lines ("Advertisement", "Read more") by their wording. Only generic web vocabulary, never a
/// site's own names, so it carries over to outlets we have not seen.
/// </summary>
internal static class HtmlCleaner
{
    // Never text a reader sees as the article: code, media, controls, navigation chrome.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "object", "embed", "video",
        "audio", "source", "track", "map", "button", "select", "option", "input", "textarea", "label", "nav", "aside",
        "footer", "menu", "dialog", "link", "meta", "base", "title", "datalist", "output", "progress",
        "meter", "noembed", "applet",
    };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "search", "dialog", "alertdialog",
        "toolbar", "tablist", "alert", "marquee", "status",
    };

    // Whole class tokens (before splitting on '-') that hide an element from view.
    private static readonly HashSet<string> HiddenClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
        "screenreader", "offscreen", "d-none", "is-hidden", "u-hidden", "element-invisible", "sr-text", "a11y-hidden",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenClassLookup = HiddenClasses.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that, as a class/id word, name a block that is not the article: sharing, comments, related
    // links, newsletters, consent banners, ads, navigation and sidebars.
    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "share", "shares", "sharing", "sharebar", "sharethis", "social", "socials", "socialmedia", "related", "relatedposts",
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion", "newsletter", "newsletters", "subscribe",
        "subscription", "subscriptions", "signup", "cookie", "cookies", "consent", "gdpr", "footer", "nav", "navbar",
        "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "outbrain", "taboola", "promo", "promos", "promotion",
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "sponsor", "sponsored",
        "popup", "modal", "recommended", "recommendations", "recommendation", "trending", "popular", "mostread",
        "masthead", "toolbar", "tags", "tagcloud", "pagination", "pager", "byline", "rss", "skip",
        "jump", "print", "login", "paywall", "teaser", "teasers", "more", "author", "authors", "bio", "meta",
        "dateline", "timestamp", "date", "published", "breaking", "ticker", "banner", "header", "topics", "follow",
        "readmore", "readnext", "upnext", "playlist", "carousel", "podcast", "rating",
        "shopping", "affiliate", "partner", "partners", "newsfeed", "feed", "links", "linklist", "complementary",
    };

    // These name chrome even next to a content word ("main-menu", "post-comments", "article-share"),
    // unless the element holds a large share of the page (see HtmlContentScorer.Prepare).
    private static readonly HashSet<string> StrongBoilerplateWords = new(StringComparer.Ordinal)
    {
        "share", "shares", "sharing", "sharebar", "sharethis", "social", "socials", "socialmedia", "related", "relatedposts",
        "comment", "comments", "commentlist", "disqus", "newsletter", "newsletters", "subscribe", "subscription", "signup",
        "cookie", "cookies", "consent", "gdpr", "footer", "nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb",
        "breadcrumbs", "outbrain", "taboola", "promo", "promos", "ad", "ads", "advert", "adverts", "advertisement",
        "advertising", "adslot", "adunit", "recommended", "recommendations", "popup", "modal", "paywall",
    };

    // A content word outweighs a weak boilerplate word on the same element ("article-header", "entry-meta" stays weak).
    private static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "content", "entry", "hentry", "main", "post", "story", "prose", "richtext",
    };

    // Readability's negative hints, used for scoring (weaker than removal).
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "banner", "combx", "comment", "comments", "contact", "footer", "masthead", "media", "meta", "outbrain",
        "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
        "nav", "menu", "social", "ad", "ads", "byline", "author", "teaser", "newsletter", "subscribe",
    };

    private static readonly HashSet<string> CaptionWords = new(StringComparer.Ordinal)
    {
        "caption", "captions", "figcaption", "credit", "credits", "photocredit", "imagecaption", "wp-caption-text",
    };

    public static bool IsSkippedTag(string tag) => SkippedTags.Contains(tag);

    /// <summary>The attributes the cleaner looks at, read in one pass (each GetAttribute is a scan of its own).</summary>
    public readonly record struct ElementAttributes(string? Class, string? Id, string? Style, string? Role, bool Hidden, string? AriaHidden, string? ItemProp, string? Rel, string? TestId)
    {
        public static ElementAttributes Read(IElement element)
        {
            var attributes = element.Attributes;
            if (attributes.Length == 0)
                return default;
            string? cls = null, id = null, style = null, role = null, ariaHidden = null, itemprop = null, rel = null, testId = null;
            var hidden = false;
            // By index: a foreach over the map allocates an enumerator, and this runs for every element.
            for (var i = 0; i < attributes.Length; i++)
            {
                var a = attributes[i]!;
                switch (a.Name)
                {
                    case "class": cls = a.Value; break;
                    case "id": id = a.Value; break;
                    case "style": style = a.Value; break;
                    case "role": role = a.Value; break;
                    case "hidden": hidden = true; break;
                    case "aria-hidden": ariaHidden = a.Value; break;
                    case "itemprop": itemprop = a.Value; break;
                    case "rel": rel = a.Value; break;
                    case "data-testid": testId = a.Value; break;
                }
            }
            return new ElementAttributes(cls, id, style, role, hidden, ariaHidden, itemprop, rel, testId);
        }
    }

    public static bool HasBoilerplateRole(in ElementAttributes attributes) =>
        attributes.Role is { } role && BoilerplateRoles.Contains(role.Trim());

    /// <param name="hints">The element's cached class hints: they say whether a class word hides it.</param>
    public static bool IsHidden(string tag, in ElementAttributes attributes, in ClassHints hints)
    {
        if (attributes.Hidden)
            return true;
        if (attributes.AriaHidden is { } ariaHidden && ariaHidden.Trim().Equals("true", StringComparison.OrdinalIgnoreCase)
            && tag is not ("body" or "main" or "article"))
            return true;
        if (attributes.Style is { Length: > 0 } style && (ContainsDeclaration(style, "display", "none") || ContainsDeclaration(style, "visibility", "hidden")))
            return true;
        return hints.Hidden;
    }

    private static bool HasHiddenClass(string? cls)
    {
        if (string.IsNullOrEmpty(cls))
            return false;
        foreach (var range in cls.AsSpan().Split(' '))
            if (HiddenClassLookup.Contains(cls.AsSpan()[range]))
                return true;
        return false;
    }

    // ASP.NET-style pages wrap the whole page in one form; only a form without paragraphs is a form.
    // A walk over the descendants rather than QuerySelector("p"), which parses its selector on every call.
    public static bool FormMayHoldContent(IElement form) =>
        form.GetDescendants().Any(n => n is IElement e && e.LocalName.Equals("p", StringComparison.OrdinalIgnoreCase));

    private static bool ContainsDeclaration(string style, string property, string value)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + property.Length;
            while (i < style.Length && style[i] == ' ') i++;
            if (i < style.Length && style[i] == ':')
            {
                i++;
                while (i < style.Length && style[i] == ' ') i++;
                if (string.Compare(style, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    return true;
            }
            at = style.IndexOf(property, at + property.Length, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>What the class and id words of an element say; pages repeat the same values, so it is cached per page.</summary>
    /// <param name="Hidden">A whole class token hides the element ("sr-only", "d-none").</param>
    public readonly record struct ClassHints(int Weight, bool Boilerplate, bool Content, bool Comments, bool Caption, bool Byline, bool Hidden);

    /// <summary>The hints of each distinct class and id value of one page, worked out once.</summary>
    public sealed class ClassHintCache
    {
        // Most elements have a class and no id: keyed by the class string alone, which hashes faster than a pair.
        private readonly Dictionary<string, ClassHints> _byClass = new(StringComparer.Ordinal);
        private readonly Dictionary<(string?, string?), ClassHints> _byPair = [];

        /// <summary>Default hints when the element has neither a class nor an id.</summary>
        public ClassHints Get(string? cls, string? id)
        {
            if (string.IsNullOrEmpty(id))
            {
                if (string.IsNullOrEmpty(cls))
                    return default;
                if (!_byClass.TryGetValue(cls, out var hints))
                    _byClass[cls] = hints = Analyse(cls, id);
                return hints;
            }
            if (!_byPair.TryGetValue((cls, id), out var pair))
                _byPair[(cls, id)] = pair = Analyse(cls, id);
            return pair;
        }
    }

    /// <summary>Sets class weight, the boilerplate flag and the caption flag from tag, class and id words.</summary>
    public static void Classify(PageNode node, in ElementAttributes attributes, in ClassHints hints)
    {
        if (node.Tag is "figcaption" or "figure")
            node.IsCaption = true;
        var cls = attributes.Class;
        var id = attributes.Id;
        var itemprop = attributes.ItemProp;
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            node.ClassWeight += 50;
        if ((itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
            || (node.Tag == "a" && attributes.Rel is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase)))
            node.MarksAuthor = true;
        // Sites with generated class names still label the byline for their tests.
        if (attributes.TestId is { } testId && testId.Contains("byline", StringComparison.OrdinalIgnoreCase))
            node.NamesByline = true;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
            return;
        if (node.Tag is "html" or "body")
            return;
        node.ClassWeight += hints.Weight;
        node.LooksLikeBoilerplate = hints.Boilerplate;
        node.HasContentWord = hints.Content;
        node.LooksLikeComments = hints.Comments;
        node.NamesByline |= hints.Byline;
        if (hints.Caption)
            node.IsCaption = true;
    }

    private static ClassHints Analyse(string? cls, string? id)
    {
        var weight = 0;
        var words = new WordFlags();
        foreach (var attr in new[] { cls, id })
        {
            if (string.IsNullOrEmpty(attr))
                continue;
            words.Negative = words.Positive = false;
            ReadWords(attr, ref words);
            if (words.Negative) weight -= 25;
            if (words.Positive) weight += 25;
        }
        return new ClassHints(weight, words.Strong || (words.Boiler && !words.Content), words.Content, words.Comments, words.Caption, words.Byline,
            HasHiddenClass(cls));
    }

    private struct WordFlags
    {
        public bool Boiler, Strong, Content, Caption, Comments, Byline, Negative, Positive;
    }

    /// <summary>What a class or id word can say; one word may say several things ("comments" is boilerplate, strong, comments, negative).</summary>
    [Flags]
    private enum WordKinds
    {
        None = 0,
        Boilerplate = 1,
        StrongBoilerplate = 2,
        Comments = 4,
        Negative = 8,
        Content = 16,
        // A positive hint that is not a content word on its own ("body", "text", "blog").
        Positive = 32,
        Caption = 64,
    }

    private static readonly string[] CommentWords = ["comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion"];
    private static readonly string[] PositiveWords = ["body", "text", "blog"];

    // The word lists merged into one table: a class word costs one look-up, not one per list.
    private static readonly Dictionary<string, WordKinds>.AlternateLookup<ReadOnlySpan<char>> WordKindLookup = BuildWordKinds().GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, WordKinds> BuildWordKinds()
    {
        var kinds = new Dictionary<string, WordKinds>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordKinds kind)
        {
            foreach (var w in words)
                kinds[w] = kinds.GetValueOrDefault(w) | kind;
        }
        Mark(BoilerplateWords, WordKinds.Boilerplate);
        Mark(StrongBoilerplateWords, WordKinds.StrongBoilerplate);
        Mark(CommentWords, WordKinds.Comments);
        Mark(NegativeWords, WordKinds.Negative);
        Mark(ContentWords, WordKinds.Content);
        Mark(PositiveWords, WordKinds.Positive);
        Mark(CaptionWords, WordKinds.Caption);
        return kinds;
    }

    /// <summary>
    /// The lower-case words of a class or id value (split at spaces, '-', '_' and camelCase humps), each checked
    /// against the word lists. Words are lower-cased into a buffer: a page has thousands of them.
    /// </summary>
    private static void ReadWords(string value, ref WordFlags flags)
    {
        Span<char> buffer = stackalloc char[64];
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c) || (start >= 0 && char.IsUpper(c) && char.IsLower(value[i - 1]));
            if (boundary)
            {
                if (start >= 0)
                {
                    var raw = value.AsSpan(start, i - start);
                    if (raw.Length <= buffer.Length)
                    {
                        var lower = buffer[..raw.Length];
                        raw.ToLowerInvariant(lower);
                        CheckWord(lower, ref flags);
                    }
                    else
                    {
                        CheckWord(raw.ToString().ToLowerInvariant(), ref flags);
                    }
                }
                start = char.IsLetterOrDigit(c) ? i : -1;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }

    private static void CheckWord(ReadOnlySpan<char> word, ref WordFlags flags)
    {
        if (WordKindLookup.TryGetValue(word, out var kinds))
        {
            if ((kinds & WordKinds.Boilerplate) != 0)
                flags.Boiler = true;
            if ((kinds & WordKinds.StrongBoilerplate) != 0)
                flags.Strong = true;
            if ((kinds & WordKinds.Comments) != 0)
                flags.Comments = true;
            if ((kinds & WordKinds.Negative) != 0)
                flags.Negative = true;
            if ((kinds & WordKinds.Content) != 0)
                flags.Positive = flags.Content = true;
            else if ((kinds & WordKinds.Positive) != 0)
                flags.Positive = true;
            if ((kinds & WordKinds.Caption) != 0)
                flags.Caption = true;
        }
        if (IsBylineWord(word))
            flags.Byline = true;
    }

    // "author", "authors", "authorinfo", "byline", "bylines"; not the log-in box's "authorization" or an "authority" label.
    private static bool IsBylineWord(ReadOnlySpan<char> word) =>
        word.StartsWith("byline", StringComparison.Ordinal)
        || word.StartsWith("author", StringComparison.Ordinal) && !word.StartsWith("authoriz", StringComparison.Ordinal)
            && !word.StartsWith("authoris", StringComparison.Ordinal) && !word.StartsWith("authorit", StringComparison.Ordinal);

    // Short lines that are page furniture in any article, matched at the start of the line.
    private static readonly string[] FurniturePrefixes =
    [
        "advertisement", "advertising", "sponsored", "read more", "read next", "continue reading", "click here", "share this",
        "share on", "share:", "follow us", "sign up", "subscribe", "related:", "related articles", "related stories", "see also",
        "also read", "most read", "most popular", "recommended", "loading", "skip to", "back to top", "print this", "email this",
        "tweet", "image source", "image copyright", "getty images", "photo:", "foto:", "bild:", "source:", "tags:", "topics:",
        "filed under", "posted in", "categories:", "category:", "anzeige", "werbung", "weiterlesen", "mehr zum thema",
        "lesen sie auch", "lesen sie mehr", "auch interessant", "publicité", "lire aussi", "à lire aussi", "lire la suite",
        "voir aussi", "sur le même sujet", "partager", "teilen", "newsletter", "copyright", "©", "all rights reserved",
        "this article", "leave a comment", "comments", "no comments", "add comment", "reply", "previous article",
        "next article", "previous post", "next post", "you may also like", "you might also like", "more from", "more on this",
        "watch:", "listen:", "video:", "audio:",
    ];

    // A picture credit or caption that landed in the text flow starts with one of these labels, and may run long.
    private static readonly string[] PictureLabels =
    [
        "photo:", "photos:", "foto:", "fotos:", "bild:", "image:", "picture:", "credit:", "photo credit:", "image credit:",
        "(photo:", "(credit:", "(foto:", "(bild:", "(image:", "crédit photo", "photo :",
    ];

    // Bullets, arrows and dashes a furniture line may open with. A field: the line test runs on every body block.
    private static readonly char[] LeadingMarks = [' ', '»', '›', '>', '→', '■', '•', '|', '-', '–', '—', '*'];

    /// <summary>A short line that is furniture ("Advertisement", "Read more: ...") rather than article text.</summary>
    public static bool IsFurnitureLine(string text)
    {
        if (text.Length <= 200)
            foreach (var label in PictureLabels)
                if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                    return true;
        if (text.Length > 90)
            return false;
        var t = text.TrimStart(LeadingMarks).Replace(" :", ":");
        foreach (var prefix in FurniturePrefixes)
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                // "Advertising revenue fell 5% last year." is a sentence, not furniture.
                if (t.Length > prefix.Length + 40 && t.EndsWith('.') && !prefix.EndsWith(':'))
                    return false;
                return true;
            }
        return false;
    }
}
