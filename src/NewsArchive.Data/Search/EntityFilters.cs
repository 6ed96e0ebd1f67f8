using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;

namespace NewsArchive.Data.Search;

/// <summary>A <c>person:</c> or <c>place:</c> term of a search, by the name as typed.</summary>
public sealed record EntityFilter(EntityKind Kind, string Name)
{
    /// <summary>The filter as it is typed in the search box: <c>person:"Vladimir Putin"</c>.</summary>
    public override string ToString() => (Kind == EntityKind.Person ? "person:" : "place:") + "\"" + Name.Replace("\"", "") + "\"";
}

/// <summary>
/// A filter matched to an archive entity (null when nothing by that name is known). With
/// <see cref="IncludesPlacesInside"/> the filter also holds for every place with the entity's country code.
/// </summary>
public sealed record ResolvedEntityFilter(EntityFilter Filter, Entity? Entity, IReadOnlyList<long> EntityIds, bool IncludesPlacesInside);

/// <summary>
/// The query text with its <c>person:</c>/<c>place:</c> terms taken out. Values are a quoted phrase
/// (<c>person:"Vladimir Putin"</c>) or one word (<c>place:Kyiv</c>); the keys are case-insensitive.
/// </summary>
public sealed partial record EntityQuery(string Text, IReadOnlyList<EntityFilter> Filters)
{
    [GeneratedRegex("""(?<![\p{L}\p{N}_-])(?<kind>person|people|place|places):(?:"(?<quoted>[^"]*)"?|(?<word>[^\s"()]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Term();

    public static EntityQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return new EntityQuery("", []);
        var filters = new List<EntityFilter>();
        var text = Term().Replace(input, m =>
        {
            var name = (m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["word"].Value).Trim();
            var kind = m.Groups["kind"].Value.StartsWith("pe", StringComparison.OrdinalIgnoreCase) ? EntityKind.Person : EntityKind.Place;
            if (EntityKeys.For(name).Length > 0 && !filters.Any(f => f.Kind == kind && EntityKeys.For(f.Name) == EntityKeys.For(name)))
                filters.Add(new EntityFilter(kind, name));
            return " ";
        });
        return new EntityQuery(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), filters);
    }

    /// <summary>Writes text and filters back as one query string (for "remove this filter" links).</summary>
    public static string Format(string text, IEnumerable<EntityFilter> filters)
    {
        var query = new StringBuilder(text.Trim());
        foreach (var filter in filters)
            query.Append(query.Length > 0 ? " " : "").Append(filter);
        return query.ToString();
    }
}

/// <summary>Finds the entities that person:/place: filters name, and turns them into SQL over ArticleEntities.</summary>
public static class EntityFilters
{
    /// <summary>
    /// The entity whose name or alias has the same key as <paramref name="name"/>; when several share an
    /// alias ("Paris" may be an alias of two places), the most mentioned one.
    /// </summary>
    public static async Task<Entity?> FindAsync(ArchiveDb db, EntityKind kind, string name, CancellationToken ct = default)
    {
        var key = EntityKeys.For(name);
        if (key.Length == 0)
            return null;
        return await db.Entities.AsNoTracking().Include(e => e.Aliases).FirstOrDefaultAsync(e => e.Kind == kind && e.Key == key, ct)
            ?? await db.Entities.AsNoTracking().Include(e => e.Aliases)
                .Where(e => e.Kind == kind && e.Aliases.Any(a => a.Key == key))
                .OrderByDescending(e => e.ArticleCount)
                .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Resolves each filter. With <paramref name="includePlacesInside"/>, a country also matches every place
    /// that has its country code, so <c>place:Ukraine</c> finds articles that only name Kyiv.
    /// </summary>
    public static async Task<IReadOnlyList<ResolvedEntityFilter>> ResolveAsync(ArchiveDb db, IEnumerable<EntityFilter> filters, bool includePlacesInside, CancellationToken ct = default)
    {
        var resolved = new List<ResolvedEntityFilter>();
        foreach (var filter in filters)
        {
            var entity = await FindAsync(db, filter.Kind, filter.Name, ct);
            if (entity is null)
            {
                resolved.Add(new ResolvedEntityFilter(filter, null, [], false));
                continue;
            }
            var inside = includePlacesInside && Countries.IsCountry(entity);
            resolved.Add(new ResolvedEntityFilter(filter, entity, [entity.Id], inside));
        }
        return resolved;
    }

    /// <summary>
    /// One <c>EXISTS</c> per filter (all must hold), over the article alias <c>a</c>. Authors' byline links
    /// do not count: <c>person:</c> finds articles about someone, not by them.
    /// </summary>
    public static string Sql(IReadOnlyList<ResolvedEntityFilter> filters, List<SqliteParameter> parameters)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (filter.IncludesPlacesInside)
            {
                var id = $"$entity{i}";
                var country = $"$country{i}";
                parameters.Add(new SqliteParameter(id, filter.Entity!.Id));
                parameters.Add(new SqliteParameter(country, filter.Entity.CountryCode));
                sql.Append($" AND EXISTS (SELECT 1 FROM ArticleEntities ae{i} JOIN Entities e{i} ON e{i}.Id = ae{i}.EntityId WHERE ae{i}.ArticleId = a.Id AND ae{i}.IsAuthor = 0 AND e{i}.Kind = {(int)EntityKind.Place} AND (e{i}.Id = {id} OR e{i}.CountryCode = {country}))");
            }
            else
            {
                // Ids are longs from the database, so writing them into the SQL is safe.
                var ids = string.Join(",", filter.EntityIds);
                sql.Append($" AND EXISTS (SELECT 1 FROM ArticleEntities ae{i} WHERE ae{i}.ArticleId = a.Id AND ae{i}.IsAuthor = 0 AND ae{i}.EntityId IN ({ids}))");
            }
        }
        return sql.ToString();
    }
}
