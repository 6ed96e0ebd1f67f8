using System.Text.Json;
using AngleSharp.Dom;

namespace NewsArchive.Core.Extraction;

/// <summary>
/// What the page says about itself in structured form: JSON-LD (schema.org Article types), OpenGraph
/// and article:* properties, and plain meta tags. Each field keeps the first source that has it, in the
/// order JSON-LD, OpenGraph, meta.
/// </summary>
internal sealed record HtmlMetadata
{
    public string? Headline { get; init; }
    public string? OgTitle { get; init; }
    public List<string> AuthorNames { get; init; } = [];
    /// <summary>Organisations named as author (agencies, or the publisher itself).</summary>
    public List<string> AuthorOrganisations { get; init; } = [];
    public string? MetaAuthor { get; init; }
    /// <summary>Every value of the author tag that gave <see cref="MetaAuthor"/>: scholarly and Parse.ly pages repeat the tag once per author.</summary>
    public List<string> MetaAuthors { get; init; } = [];
    /// <summary>The page's summary; some blogs open it with the byline ("Posted by Jane Doe - Security team ...").</summary>
    public string? Description { get; init; }
    public string? Published { get; init; }
    public string? Updated { get; init; }
    public string? Url { get; init; }
    public string? Site { get; init; }
    public string? Language { get; init; }
    public string? ArticleBody { get; init; }

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static HtmlMetadata Read(HtmlPageModel page, IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var repeated = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        string? description = null;
        foreach (var m in page.MetaElements)
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content))
                continue;
            key = key.Trim();
            if (DescriptionKeys.Contains(key, StringComparer.OrdinalIgnoreCase) && content.Trim().Length > (description?.Length ?? 0))
                description = content.Trim();
            if (!meta.TryAdd(key, content.Trim()) && AuthorKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                if (!repeated.TryGetValue(key, out var values))
                    repeated[key] = values = [meta[key]];
                values.Add(content.Trim());
            }
        }
        string? Meta(params string[] keys)
        {
            foreach (var k in keys)
                if (meta.TryGetValue(k, out var v))
                    return v;
            return null;
        }
        string? canonical = null;
        foreach (var link in page.LinkElements)
            if (canonical is null && link.GetAttribute("rel") is { } rel && rel.Trim().Equals("canonical", StringComparison.OrdinalIgnoreCase)
                && link.GetAttribute("href") is { Length: > 0 } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                canonical = href.Trim();

        var ld = new JsonLdArticle();
        foreach (var script in page.JsonLd)
            ld.Add(script);
        ld.ResolveAuthorReferences();

        var metaAuthor = Meta(AuthorKeys);
        if (metaAuthor is not null && (metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase) || metaAuthor.Contains("facebook.com")))
            metaAuthor = null;
        var metaAuthors = metaAuthor is null ? [] : AuthorKeys.Select(k => repeated.GetValueOrDefault(k)).FirstOrDefault(v => v is not null && v[0] == metaAuthor) ?? [metaAuthor];

        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? Meta("content-language", "dc.language", "language") ?? ld.Language ?? Meta("og:locale");

        return new HtmlMetadata
        {
            Headline = ld.Headline,
            OgTitle = Meta("og:title", "twitter:title", "dc.title", "headline"),
            AuthorNames = ld.Authors,
            AuthorOrganisations = ld.AuthorOrganisations,
            MetaAuthor = metaAuthor,
            MetaAuthors = metaAuthors,
            Description = description,
            Published = ld.Published ?? Meta("article:published_time", "og:published_time", "article:published", "datePublished",
                "published_time", "publish-date", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
                "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "publication_date", "citation_publication_date"),
            Updated = ld.Updated ?? Meta("article:modified_time", "og:updated_time", "dateModified", "modified_time", "last-modified",
                "dcterms.modified", "article.updated"),
            Url = canonical ?? Meta("og:url") ?? ld.Url,
            Site = Meta("og:site_name") ?? ld.Publisher ?? Meta("application-name", "twitter:site"),
            Language = NormaliseLanguage(lang),
            ArticleBody = ld.ArticleBody,
        };
    }

    // The summary's tags. Sites fill them with different cuts of the same text (a short tweet, a full standfirst): the longest
    // says the most, both for finding the standfirst above the body and for a byline that opens the summary.
    private static readonly string[] DescriptionKeys = ["og:description", "description", "twitter:description"];

    // citation_author is the scholarly-publishing tag: precise where present, unlike an itemprop=author in a reference list.
    private static readonly string[] AuthorKeys = ["citation_author", "author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator", "byl"];

    internal static string? NormaliseLanguage(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
            return null;
        var t = lang.Trim();
        var cut = t.IndexOfAny(['-', '_', ',', ';', ' ']);
        if (cut > 0)
            t = t[..cut];
        return t.Length is 2 or 3 && t.All(char.IsAsciiLetter) ? t.ToLowerInvariant() : null;
    }

    // Frequent short words per language: enough to tell the languages of the archive apart in a paragraph or two.
    private static readonly (string Code, HashSet<string> Words)[] StopWords =
    [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "she", "are", "be", "this", "by", "from", "have"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "des", "auf", "ein", "eine", "dem", "auch", "es", "zu", "im", "für", "wird"]),
        ("fr", ["le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "il", "elle", "ce", "avec", "sont"]),
        ("es", ["el", "los", "las", "del", "que", "por", "una", "con", "para", "es", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "se"]),
        ("it", ["il", "di", "che", "non", "per", "una", "della", "sono", "con", "gli", "del", "le", "si", "nel", "alla", "anche", "come", "ha", "più", "è"]),
        ("nl", ["de", "het", "een", "van", "en", "niet", "dat", "is", "op", "te", "zijn", "met", "voor", "die", "ook", "aan", "er", "maar", "om", "wordt"]),
        ("pt", ["o", "os", "as", "do", "da", "dos", "das", "que", "não", "uma", "um", "para", "com", "em", "por", "mais", "foi", "ao", "se", "é"]),
    ];

    /// <summary>The language of the body by stop-word counts, when the page does not declare one.</summary>
    public static string? GuessLanguage(IReadOnlyList<string> paragraphs)
    {
        var counts = new int[StopWords.Length];
        var words = 0;
        foreach (var p in paragraphs)
        {
            foreach (var raw in p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = raw.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '«', '»', '“', '”').ToLowerInvariant();
                if (w.Length == 0)
                    continue;
                words++;
                for (var i = 0; i < StopWords.Length; i++)
                    if (StopWords[i].Words.Contains(w))
                        counts[i]++;
            }
            if (words > 2000)
                break;
        }
        var best = -1;
        for (var i = 0; i < counts.Length; i++)
            if (best < 0 || counts[i] > counts[best])
                best = i;
        return best >= 0 && counts[best] >= 5 && counts[best] >= words * 0.08 ? StopWords[best].Code : null;
    }

    /// <summary>Collects the fields of the best schema.org article object across the page's JSON-LD scripts.</summary>
    private sealed class JsonLdArticle
    {
        public string? Headline, Published, Updated, Url, Publisher, Language, ArticleBody;
        public List<string> Authors { get; } = [];
        public List<string> AuthorOrganisations { get; } = [];
        private int _rank = -1;
        // Yoast-style graphs name the author in a separate Person node and point at it by @id.
        private readonly Dictionary<string, (string Name, bool IsOrg)> _namedNodes = new(StringComparer.Ordinal);
        private readonly List<string> _authorReferences = [];

        public void ResolveAuthorReferences()
        {
            foreach (var id in _authorReferences)
                if (_namedNodes.TryGetValue(id, out var node))
                    AddName(node.IsOrg ? AuthorOrganisations : Authors, node.Name);
        }

        public void Add(string script)
        {
            var text = script.Trim();
            if (text.StartsWith("<!--", StringComparison.Ordinal))
                text = text[4..];
            if (text.EndsWith("-->", StringComparison.Ordinal))
                text = text[..^3];
            text = text.Replace("//<![CDATA[", "").Replace("//]]>", "").Trim();
            if (text.Length == 0)
                return;
            try
            {
                using var doc = JsonDocument.Parse(text, JsonOptions);
                var stack = new Stack<JsonElement>();
                stack.Push(doc.RootElement);
                var seen = 0;
                while (stack.Count > 0 && seen++ < 500)
                {
                    var e = stack.Pop();
                    if (e.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in e.EnumerateArray().Reverse())
                            stack.Push(item);
                        continue;
                    }
                    if (e.ValueKind != JsonValueKind.Object)
                        continue;
                    Consider(e);
                    if (String(e, "@id") is { } id && String(e, "name") is { } name)
                        _namedNodes.TryAdd(id, (name, IsOrganisation(e)));
                    if (e.TryGetProperty("@graph", out var graph))
                        stack.Push(graph);
                    if (e.TryGetProperty("mainEntity", out var main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        stack.Push(main);
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        private static int Rank(JsonElement e)
        {
            var best = -1;
            foreach (var type in Strings(e, "@type"))
            {
                var r = type switch
                {
                    _ when type.EndsWith("NewsArticle", StringComparison.Ordinal) => 4,
                    "Article" or "BlogPosting" or "LiveBlogPosting" or "Report" or "ScholarlyArticle" or "TechArticle" or "SocialMediaPosting" => 3,
                    _ when type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal) => 3,
                    "WebPage" or "ItemPage" => 1,
                    _ => -1,
                };
                best = Math.Max(best, r);
            }
            return best;
        }

        private void Consider(JsonElement e)
        {
            var rank = Rank(e);
            if (rank < 0 || rank <= _rank)
                return;
            // A better-ranked object replaces what a weaker one (a WebPage) gave, field by field where it has them.
            _rank = rank;
            Headline = String(e, "headline") ?? (rank >= 3 ? String(e, "name") : null) ?? Headline;
            Published = String(e, "datePublished") ?? String(e, "dateCreated") ?? Published;
            Updated = String(e, "dateModified") ?? Updated;
            Url = String(e, "url") ?? Id(e, "mainEntityOfPage") ?? Url;
            Language = String(e, "inLanguage") ?? Language;
            ArticleBody = String(e, "articleBody") ?? ArticleBody;
            if (e.TryGetProperty("publisher", out var pub))
                Publisher = (pub.ValueKind == JsonValueKind.Object ? String(pub, "name") : pub.ValueKind == JsonValueKind.String ? pub.GetString() : null) ?? Publisher;
            if (e.TryGetProperty("author", out var author) || e.TryGetProperty("creator", out author))
            {
                Authors.Clear();
                AuthorOrganisations.Clear();
                _authorReferences.Clear();
                foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
                {
                    if (a.ValueKind == JsonValueKind.String)
                    {
                        AddName(Authors, a.GetString());
                        continue;
                    }
                    if (a.ValueKind != JsonValueKind.Object)
                        continue;
                    if (String(a, "name") is { } name)
                        AddName(IsOrganisation(a) ? AuthorOrganisations : Authors, name);
                    else if (String(a, "@id") is { } reference)
                        _authorReferences.Add(reference);
                }
            }
        }

        // A node typed both Person and Organization (personal sites) is a person.
        private static bool IsOrganisation(JsonElement e)
        {
            var types = Strings(e, "@type").ToList();
            return !types.Contains("Person") && types.Any(t => t is "Organization" or "NewsMediaOrganization" or "Corporation" or "NewsAgency");
        }

        private static void AddName(List<string> into, string? name)
        {
            if (string.IsNullOrWhiteSpace(name) || name.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                return;
            var clean = System.Net.WebUtility.HtmlDecode(name).Trim();
            if (clean.Length > 0 && !into.Contains(clean, StringComparer.OrdinalIgnoreCase))
                into.Add(clean);
        }

        private static string? String(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v))
                return null;
            if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
                v = v[0];
            return v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s)
                ? System.Net.WebUtility.HtmlDecode(s).Trim()
                : null;
        }

        private static string? Id(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v))
                return null;
            if (v.ValueKind == JsonValueKind.String)
                return v.GetString();
            return v.ValueKind == JsonValueKind.Object ? String(v, "@id") ?? String(v, "url") : null;
        }

        private static IEnumerable<string> Strings(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v))
                yield break;
            if (v.ValueKind == JsonValueKind.String)
                yield return v.GetString() ?? "";
            else if (v.ValueKind == JsonValueKind.Array)
                foreach (var x in v.EnumerateArray())
                    if (x.ValueKind == JsonValueKind.String)
                        yield return x.GetString() ?? "";
        }
    }
}
