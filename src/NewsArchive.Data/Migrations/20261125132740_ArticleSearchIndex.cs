using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <summary>
    /// The full-text index over articles (SQLite FTS5), rowid = Articles.Id. Contentless: the text already
    /// lives in Articles, so the index holds only its inverted lists (no second copy of every body);
    /// contentless_delete lets a row be deleted by rowid alone. Snippets are cut from Articles.Body in C#.
    /// Kept in step with Articles by ArticleSearchIndex in the same transaction as each article write.
    /// Column order matters: bm25() weights are given in this order (headline, authors, dateline, body, entities).
    /// </summary>
    public partial class ArticleSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE ArticleSearch USING fts5(headline, authors, dateline, body, entities, " +
                "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        }
    }
}
