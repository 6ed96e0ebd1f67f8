using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;
using NewsArchive.Data.Entities;

namespace NewsArchive.Data.Search;

/// <summary>
/// Keeps the FTS5 table <c>ArticleSearch</c> (rowid = Articles.Id) in step with Articles. Every call must run
/// inside the transaction that writes the article, so the index never shows an article that is not there.
/// Duplicates (DuplicateOfId set) are left out: they are hidden from search as from browsing.
/// </summary>
public static class ArticleSearchIndex
{
    /// <summary>Writes (or rewrites) the article's row, or removes it when the article is a duplicate.</summary>
    /// <param name="isNew">The article was just inserted, so there is no old row to remove.</param>
    public static async Task WriteAsync(ArchiveDb db, Article article, CancellationToken cancellationToken, bool isNew = false)
    {
        if (!isNew)
            await RemoveAsync(db, article.Id, cancellationToken);
        if (article.DuplicateOfId is not null)
            return;
        var authors = string.Join(" ", new[] { article.Byline, article.Agency }.Where(s => !string.IsNullOrEmpty(s)));
        var entities = await EntityIndexer.SearchTextAsync(db, article.Id, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO ArticleSearch(rowid, headline, authors, dateline, body, entities) VALUES ({article.Id}, {article.Headline ?? ""}, {authors}, {article.Dateline ?? ""}, {article.Body}, {entities})",
            cancellationToken);
    }

    public static async Task RemoveAsync(ArchiveDb db, long articleId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", cancellationToken);

    /// <summary>
    /// Rebuilds the whole index from Articles, in one transaction: after the indexed columns change
    /// (e.g. entity names are added) or if the index is ever suspected to be out of step.
    /// </summary>
    public static async Task<int> RebuildAsync(ArchiveDb db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch) VALUES('delete-all')", cancellationToken);
        var rows = await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO ArticleSearch(rowid, headline, authors, dateline, body, entities)
            SELECT Id, COALESCE(Headline, ''), TRIM(COALESCE(Byline, '') || ' ' || COALESCE(Agency, '')), COALESCE(Dateline, ''), Body, {0}
            FROM Articles WHERE DuplicateOfId IS NULL
            """.Replace("{0}", EntityIndexer.SearchTextSql("Articles.Id")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }
}
