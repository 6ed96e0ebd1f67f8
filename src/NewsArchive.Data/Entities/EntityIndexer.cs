using Microsoft.EntityFrameworkCore;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Entities;

/// <summary>
/// Links an article to the archive-wide people and places it mentions: finds or creates each entity by
/// its canonical name or a known alias, records aliases, and keeps the per-entity article counts in step.
/// Runs inside the caller's transaction.
/// </summary>
public static class EntityIndexer
{
    public static async Task IndexAsync(ArchiveDb db, long articleId, ExtractedArticle article, CancellationToken ct = default)
    {
        await RemoveAsync(db, articleId, ct);
        var links = new Dictionary<long, ArticleEntity>();
        foreach (var (kind, mentions) in new[] { (EntityKind.Person, article.Persons), (EntityKind.Place, article.Places) })
        {
            foreach (var mention in mentions)
            {
                var entity = await FindOrCreateAsync(db, kind, mention, ct);
                if (!links.TryGetValue(entity.Id, out var link))
                {
                    link = new ArticleEntity { ArticleId = articleId, EntityId = entity.Id };
                    links[entity.Id] = link;
                }
                link.Mentions += mention.Count;
                link.IsAuthor |= mention.IsAuthor;
                if (kind == EntityKind.Place && article.Dateline is { } dateline && EntityKeys.For(dateline) == entity.Key)
                    link.IsDateline = true;
            }
        }
        db.ArticleEntities.AddRange(links.Values);
        await db.SaveChangesAsync(ct);
        if (links.Count > 0)
            await RecountAsync(db, links.Keys, ct);
    }

    /// <summary>Removes an article's links (before re-extraction or deletion) and fixes the counts they held.</summary>
    public static async Task RemoveAsync(ArchiveDb db, long articleId, CancellationToken ct = default)
    {
        var old = await db.ArticleEntities.Where(x => x.ArticleId == articleId).Select(x => x.EntityId).ToListAsync(ct);
        if (old.Count == 0)
            return;
        await db.ArticleEntities.Where(x => x.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await RecountAsync(db, old, ct);
    }

    /// <summary>
    /// Fixes the counts of the entities an article links to, after the article became or stopped being a
    /// duplicate (duplicates are hidden everywhere, so they do not count).
    /// </summary>
    public static async Task RecountForArticleAsync(ArchiveDb db, long articleId, CancellationToken ct = default)
    {
        var ids = await db.ArticleEntities.Where(x => x.ArticleId == articleId).Select(x => x.EntityId).ToListAsync(ct);
        if (ids.Count > 0)
            await RecountAsync(db, ids, ct);
    }

    private static async Task RecountAsync(ArchiveDb db, IEnumerable<long> entityIds, CancellationToken ct)
    {
        var ids = entityIds.Distinct().ToList();
        await db.Entities.Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ArticleCount, e => db.ArticleEntities.Count(x => x.EntityId == e.Id && !x.IsAuthor
                && db.Articles.Any(a => a.Id == x.ArticleId && a.DuplicateOfId == null))), ct);
    }

    /// <summary>
    /// The names and aliases of the people and places an article mentions (not its authors), for the search
    /// index's <c>entities</c> column: a search for one spelling then finds articles that print another.
    /// </summary>
    public static async Task<string> SearchTextAsync(ArchiveDb db, long articleId, CancellationToken ct = default)
    {
        var linked = db.ArticleEntities.Where(x => x.ArticleId == articleId && !x.IsAuthor).Select(x => x.EntityId);
        var names = await db.Entities.Where(e => linked.Contains(e.Id)).Select(e => e.Name).ToListAsync(ct);
        var aliases = await db.EntityAliases.Where(a => linked.Contains(a.EntityId)).Select(a => a.Text).ToListAsync(ct);
        return string.Join(" ", names.Concat(aliases).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The same text as <see cref="SearchTextAsync"/> as an SQL expression, for rebuilding the index in one statement.</summary>
    public static string SearchTextSql(string articleIdColumn) =>
        "(SELECT COALESCE(group_concat(t, ' '), '') FROM ("
        + $"SELECT e.Name AS t FROM ArticleEntities x JOIN Entities e ON e.Id = x.EntityId WHERE x.ArticleId = {articleIdColumn} AND x.IsAuthor = 0 "
        + $"UNION SELECT al.Text FROM ArticleEntities x JOIN EntityAliases al ON al.EntityId = x.EntityId WHERE x.ArticleId = {articleIdColumn} AND x.IsAuthor = 0))";

    private static async Task<Entity> FindOrCreateAsync(ArchiveDb db, EntityKind kind, EntityMention mention, CancellationToken ct)
    {
        var name = mention.Canonical;
        var key = EntityKeys.For(name);
        Entity? entity = null;
        if (kind == EntityKind.Place && mention.GeoNameId is { } geoNameId)
        {
            // A resolved place is one GeoNames entry: Paris, France and Paris, Texas stay two entities.
            entity = await db.Entities.Include(e => e.Aliases).FirstOrDefaultAsync(e => e.Kind == kind && e.GeoNameId == geoNameId, ct);
            if (entity is null && await db.Entities.AnyAsync(e => e.Kind == kind && e.Key == key && e.GeoNameId != null && e.GeoNameId != geoNameId, ct))
            {
                name = $"{mention.Canonical}, {mention.Admin1 ?? mention.CountryCode}";
                key = EntityKeys.For(name);
            }
        }
        entity ??= await db.Entities.Include(e => e.Aliases).FirstOrDefaultAsync(e => e.Kind == kind && e.Key == key, ct)
            ?? await db.Entities.Include(e => e.Aliases)
                .Where(e => e.Kind == kind && e.Aliases.Any(a => a.Key == key))
                .FirstOrDefaultAsync(ct);
        if (entity is null)
        {
            entity = new Entity { Kind = kind, Name = name, Key = key };
            db.Entities.Add(entity);
        }
        entity.CountryCode ??= mention.CountryCode;
        entity.Latitude ??= mention.Latitude;
        entity.Longitude ??= mention.Longitude;
        entity.Admin1 ??= mention.Admin1;
        entity.GeoNameId ??= mention.GeoNameId;
        // A new entity has no Id yet, but IsCountry only needs its name and country code.
        IReadOnlyList<string> curated = kind == EntityKind.Person ? CuratedAliases.ForPerson(entity.Name)
            : Countries.IsCountry(entity) ? CuratedAliases.ForCountry(entity.CountryCode!) : [];
        foreach (var alias in mention.Aliases.Append(mention.Canonical).Concat(curated))
        {
            var aliasKey = EntityKeys.For(alias);
            if (aliasKey.Length > 0 && aliasKey != entity.Key && entity.Aliases.All(a => a.Key != aliasKey))
                entity.Aliases.Add(new EntityAlias { Key = aliasKey, Text = alias });
        }
        await db.SaveChangesAsync(ct);
        return entity;
    }
}
