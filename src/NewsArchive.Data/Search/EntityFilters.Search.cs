using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Data.Search;

public static partial class ArticleSearch
{
    /// <summary>
    /// A search of only person:/place: filters: the articles that mention them, newest first (oldest first
    /// when asked), with the snippet cut around the names.
    /// </summary>
    private static async Task<SearchResults> ListEntityArticlesAsync(ArchiveDb db, SearchRequest request, IReadOnlyList<ResolvedEntityFilter> entities, int page, int pageSize, CancellationToken cancellationToken)
    {
        var parameters = new List<SqliteParameter>();
        var filters = "";
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
        var where = "FROM Articles a WHERE a.DuplicateOfId IS NULL" + filters;
        var order = request.Sort == SearchSort.Oldest ? "a.PublishedSort IS NULL, a.PublishedSort, a.Id" : "a.PublishedSort DESC, a.Id DESC";

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var total = await CountAsync(connection, $"SELECT COUNT(*) {where}", parameters, cancellationToken);
            var ids = new List<long>();
            if (total > (page - 1) * pageSize)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT a.Id {where} ORDER BY {order} LIMIT $take OFFSET $skip";
                command.Parameters.AddRange(parameters.Select(Copy).ToArray());
                command.Parameters.Add(new SqliteParameter("$take", pageSize));
                command.Parameters.Add(new SqliteParameter("$skip", (page - 1) * pageSize));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    ids.Add(reader.GetInt64(0));
            }
            var terms = entities.SelectMany(e => e.Entity!.Aliases.Select(a => a.Text).Prepend(e.Entity.Name))
                .Select(name => SearchTerm.Create(name, isPhrase: true, isPrefix: false)).OfType<SearchTerm>().ToList();
            var articles = await db.Articles.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Headline, a.Byline, a.Dateline, a.Site, a.PublishedPrinted, a.PublishedSort, a.Body })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            var hits = ids.Where(articles.ContainsKey).Select(id => articles[id]).Select(a => new SearchHit(
                a.Id, a.Headline, a.Byline, a.Dateline, a.Site, a.PublishedPrinted, a.PublishedSort,
                Snippets.Highlight(a.Headline, terms),
                Snippets.Cut(a.Body, terms))).ToList();
            return new SearchResults(request, hits, total, page, pageSize)
            {
                EntityFilters = entities,
                Notice = total == 0 ? "No articles match." : null,
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
