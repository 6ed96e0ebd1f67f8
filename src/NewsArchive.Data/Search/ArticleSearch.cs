using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Search;

/// <summary>
/// Full-text search (FTS5, bm25) and browsing over the archive. Both hide duplicate copies of a story.
/// Queries are built to stay fast at a million articles: the FTS query returns only ids and ranks, and
/// the page's articles (with their bodies, for snippets) are loaded afterwards by primary key.
/// </summary>
public static partial class ArticleSearch
{
    public const int MaxPageSize = 100;

    /// <summary>Deep pages cost a scan of everything before them; nobody reads page 501 of a search.</summary>
    public const int MaxPage = 500;

    /// <summary>Above this many matches a date-sorted search walks the date index instead of sorting all matches.</summary>
    private const int WalkDateIndexAbove = 2000;

    // bm25 weights in the index's column order: headline, authors, dateline, body, entities.
    private const string Rank = "bm25(ArticleSearch, 10.0, 3.0, 2.0, 1.0, 2.0)";

    public static async Task<SearchResults> SearchAsync(ArchiveDb db, SearchRequest request, CancellationToken cancellationToken = default, ILogger? logger = null)
    {
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var entityQuery = EntityQuery.Parse(request.Query);
        var query = SearchQuery.Parse(entityQuery.Text);
        var entities = await EntityFilters.ResolveAsync(db, entityQuery.Filters, request.IncludePlacesInside, cancellationToken);
        var empty = new SearchResults(request, [], 0, page, pageSize) { EntityFilters = entities };
        if (entities.FirstOrDefault(e => e.Entity is null) is { } unknown)
            return empty with { Notice = $"No {(unknown.Filter.Kind == EntityKind.Person ? "person" : "place")} called \"{unknown.Filter.Name}\" is in the archive." };
        if (query.Fts is null && query.PlainWords is null)
            return entities.Count > 0
                ? await ListEntityArticlesAsync(db, request, entities, page, pageSize, cancellationToken)
                : empty with { Notice = "Type one or more words to search for." };

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var usedFallback = false;
            (List<long> Ids, int Total)? found = null;
            if (query.Fts is not null)
                found = await TryFindAsync(connection, query.Fts, request, entities, page, pageSize, logger, cancellationToken);
            if (found is null && query.PlainWords is not null && query.PlainWords != query.Fts)
            {
                usedFallback = true;
                found = await TryFindAsync(connection, query.PlainWords, request, entities, page, pageSize, logger, cancellationToken);
            }
            if (found is not { } result)
                return empty with { Notice = "Nothing matched: the query only excludes words, or could not be read." };

            var articles = await db.Articles.AsNoTracking()
                .Where(a => result.Ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Headline, a.Byline, a.Dateline, a.Site, a.PublishedPrinted, a.PublishedSort, a.Body })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            var hits = result.Ids.Where(articles.ContainsKey).Select(id => articles[id]).Select(a => new SearchHit(
                a.Id, a.Headline, a.Byline, a.Dateline, a.Site, a.PublishedPrinted, a.PublishedSort,
                Snippets.Highlight(a.Headline, query.Terms),
                Snippets.Cut(a.Body, query.Terms))).ToList();
            return new SearchResults(request, hits, result.Total, page, pageSize)
            {
                EntityFilters = entities,
                UsedFallback = usedFallback,
                Notice = result.Total == 0 ? "No articles match." : null,
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs one FTS5 query; null when FTS5 rejects it (the caller falls back to plain words).</summary>
    private static async Task<(List<long> Ids, int Total)?> TryFindAsync(DbConnection connection, string fts, SearchRequest request, IReadOnlyList<ResolvedEntityFilter> entities, int page, int pageSize, ILogger? logger, CancellationToken cancellationToken)
    {
        var filters = "";
        var parameters = new List<SqliteParameter> { new("$q", fts) };
        if (request.From is { } from)
        {
            filters += " AND a.PublishedSort >= $from";
            parameters.Add(new SqliteParameter("$from", from.ToDateTime(TimeOnly.MinValue)));
        }
        if (request.To is { } to)
        {
            filters += " AND a.PublishedSort < $to";
            parameters.Add(new SqliteParameter("$to", to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        }
        if (!string.IsNullOrWhiteSpace(request.Site))
        {
            filters += " AND a.Site = $site";
            parameters.Add(new SqliteParameter("$site", request.Site.Trim()));
        }
        filters += EntityFilters.Sql(entities, parameters);
        var hasFilters = parameters.Count > 1 || entities.Count > 0;
        // Contentless FTS rows are cheap to walk, Articles rows (with bodies) are not: touch Articles only
        // where a filter or the date order needs it.
        var joined = "FROM ArticleSearch JOIN Articles a ON a.Id = ArticleSearch.rowid WHERE ArticleSearch MATCH $q" + filters;
        try
        {
            var total = await CountAsync(connection, hasFilters ? $"SELECT COUNT(*) {joined}" : "SELECT COUNT(*) FROM ArticleSearch WHERE ArticleSearch MATCH $q", parameters, cancellationToken);
            if (total == 0 || (page - 1) * pageSize >= total)
                return ([], total);
            var order = request.Sort == SearchSort.Newest ? "a.PublishedSort DESC, a.Id DESC" : "a.PublishedSort IS NULL, a.PublishedSort, a.Id";
            var sql = request.Sort switch
            {
                SearchSort.Relevance when !hasFilters => $"SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $q ORDER BY {Rank}, rowid DESC",
                SearchSort.Relevance => $"SELECT a.Id {joined} ORDER BY {Rank}, a.Id DESC",
                // Many matches: walk the date index and keep matching ids, which stops after one page.
                _ when total > WalkDateIndexAbove => $"SELECT a.Id FROM Articles a WHERE a.DuplicateOfId IS NULL AND a.Id IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH $q){filters} ORDER BY {order}",
                // Few matches: fetch them and sort.
                _ => $"SELECT a.Id {joined} ORDER BY {order}",
            };
            var ids = new List<long>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = sql + " LIMIT $take OFFSET $skip";
                command.Parameters.AddRange(parameters.Select(Copy).ToArray());
                command.Parameters.Add(new SqliteParameter("$take", pageSize));
                command.Parameters.Add(new SqliteParameter("$skip", (page - 1) * pageSize));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    ids.Add(reader.GetInt64(0));
            }
            return (ids, total);
        }
        catch (SqliteException e)
        {
            logger?.LogWarning("FTS5 rejected the query {Fts}: {Error}", fts, e.Message);
            return null;
        }
    }

    private static async Task<int> CountAsync(DbConnection connection, string sql, List<SqliteParameter> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddRange(parameters.Select(Copy).ToArray());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static SqliteParameter Copy(SqliteParameter p) => new(p.ParameterName, p.Value);

    /// <summary>Articles newest first (by published time; undated last), without duplicates, with optional filters.</summary>
    public static async Task<BrowsePage> BrowseAsync(ArchiveDb db, BrowseRequest request, CancellationToken cancellationToken = default)
    {
        var page = Math.Clamp(request.Page, 1, int.MaxValue / MaxPageSize);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var articles = db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null);
        if (request.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue);
            articles = articles.Where(a => a.PublishedSort >= start);
        }
        if (request.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
            articles = articles.Where(a => a.PublishedSort < end);
        }
        if (!string.IsNullOrWhiteSpace(request.Site))
        {
            var site = request.Site.Trim();
            articles = articles.Where(a => a.Site == site);
        }
        if (!string.IsNullOrWhiteSpace(request.Author))
        {
            var author = request.Author.Trim();
            // IN (subquery) lets SQLite start from the author index instead of testing every article in date order.
            var byAuthor = db.ArticleAuthors.Where(x => x.Name == author).Select(x => x.ArticleId);
            articles = articles.Where(a => byAuthor.Contains(a.Id));
        }
        var rows = await articles
            .OrderByDescending(a => a.PublishedSort).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize + 1)
            .Select(a => new BrowseRow(a.Id, a.Headline, a.PublishedPrinted, a.PublishedSort, a.Byline, a.Dateline, a.Site, a.Lead))
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > pageSize;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        int? total = request.CountTotal ? await articles.CountAsync(cancellationToken) : null;
        return new BrowsePage(request, rows, page, pageSize, hasMore) { Total = total };
    }
}
