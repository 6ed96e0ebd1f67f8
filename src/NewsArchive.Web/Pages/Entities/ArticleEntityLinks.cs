using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Pages.Entities;

public sealed record LinkedEntity(long Id, EntityKind Kind, string Name, int Mentions, bool IsAuthor, bool IsDateline, IReadOnlyList<string> Aliases)
{
    public string Url => EntityKinds.Url(Kind, Id);
}

/// <summary>
/// The people and places one article mentions (authors apart), for the links under the article, and the
/// "highlight mentions" view that marks their names in the body.
/// </summary>
public sealed class ArticleEntityLinks(IReadOnlyList<LinkedEntity> entities, bool highlight)
{
    public static readonly ArticleEntityLinks None = new([], false);

    private Regex? _names;

    public bool Highlight => highlight;
    public IReadOnlyList<LinkedEntity> People => [.. entities.Where(e => e.Kind == EntityKind.Person && !e.IsAuthor)];
    public IReadOnlyList<LinkedEntity> Places => [.. entities.Where(e => e.Kind == EntityKind.Place)];
    public IReadOnlyList<LinkedEntity> Authors => [.. entities.Where(e => e.Kind == EntityKind.Person && e.IsAuthor)];
    public bool Any => entities.Count > 0;

    public static async Task<ArticleEntityLinks> LoadAsync(ArchiveDb db, long articleId, bool highlight, CancellationToken ct)
    {
        var rows = await db.ArticleEntities.AsNoTracking()
            .Where(x => x.ArticleId == articleId)
            .Select(x => new { x.EntityId, x.Entity!.Kind, x.Entity.Name, x.Mentions, x.IsAuthor, x.IsDateline, Aliases = x.Entity.Aliases.Select(a => a.Text).ToList() })
            .ToListAsync(ct);
        return new ArticleEntityLinks(
            [.. rows.OrderByDescending(r => r.Mentions).ThenBy(r => r.Name).Select(r => new LinkedEntity(r.EntityId, r.Kind, r.Name, r.Mentions, r.IsAuthor, r.IsDateline, r.Aliases))],
            highlight);
    }

    /// <summary>
    /// The paragraph as HTML: every piece of page text is encoded first; only our own &lt;mark&gt; tags are
    /// added around whole-word, same-case matches of the names (longest first, so "Vladimir Putin" wins over "Putin").
    /// </summary>
    public IHtmlContent Render(string paragraph)
    {
        var encoder = HtmlEncoder.Default;
        if (!highlight || NamePattern() is not { } pattern)
            return new HtmlString(encoder.Encode(paragraph));
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in pattern.Matches(paragraph))
        {
            html.Append(encoder.Encode(paragraph[at..match.Index]));
            var kind = match.Groups["p"].Success ? "person" : "place";
            html.Append("<mark class=\"mention mention-").Append(kind).Append("\">").Append(encoder.Encode(match.Value)).Append("</mark>");
            at = match.Index + match.Length;
        }
        html.Append(encoder.Encode(paragraph[at..]));
        return new HtmlString(html.ToString());
    }

    private Regex? NamePattern()
    {
        if (_names is not null)
            return _names;
        string Alternatives(EntityKind kind) => string.Join("|", entities
            .Where(e => e.Kind == kind && !e.IsAuthor)
            .SelectMany(e => e.Aliases.Prepend(e.Name))
            .Where(n => n.Trim().Length > 1)
            // Case matters ("Turkey" the country, not "turkey" the bird); datelines print names in capitals.
            .SelectMany(n => new[] { n, n.ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .Select(Regex.Escape));
        var people = Alternatives(EntityKind.Person);
        var places = Alternatives(EntityKind.Place);
        var parts = new List<string>();
        if (people.Length > 0) parts.Add($"(?<p>{people})");
        if (places.Length > 0) parts.Add($"(?<l>{places})");
        if (parts.Count == 0)
            return null;
        // Longest alternative first across both groups would need one group; people first is close enough.
        return _names = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", parts)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
