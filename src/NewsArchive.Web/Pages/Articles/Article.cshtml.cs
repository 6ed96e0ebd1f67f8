using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Api;
using NewsArchive.Data.Ingestion;
using NewsArchive.Data.Search;
using NewsArchive.Data.Entities;
using NewsArchive.Web.Pages.Entities;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>The reading view of one article, its raw page as received, and (signed in) re-extract and delete.</summary>
public sealed class ArticleModel(ArchiveDb db, PageIngestor ingestor, ILogger<ArticleModel> log) : PageModel
{
    public Article? Article { get; private set; }
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];
    public string? FileName { get; private set; }
    public string? SourceUrl { get; private set; }
    public ArticleEntityLinks Entities { get; private set; } = ArticleEntityLinks.None;
    public IReadOnlyList<string> People { get; private set; } = [];
    public IReadOnlyList<string> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, bool highlight, CancellationToken ct)
    {
        Article = await db.Articles.AsNoTracking().Include(a => a.Captions).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (Article is null)
            return NotFound();
        Paragraphs = ArticlesApi.Paragraphs(Article.Body);
        Entities = await ArticleEntityLinks.LoadAsync(db, id, highlight, ct);
        FileName = await db.RawPages.Where(p => p.Id == Article.RawPageId).Select(p => p.FileName).FirstOrDefaultAsync(ct);
        // Only http(s) links: a page could carry a javascript: "canonical URL".
        People = [.. Entities.People.Select(e => e.Name)];
        Places = [.. Entities.Places.Select(e => e.Name)];
        SourceUrl = Uri.TryCreate(Article.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
        return Page();
    }

    /// <summary>The page exactly as received, always as text (never rendered as HTML: it is someone else's markup).</summary>
    public async Task<IActionResult> OnGetRawAsync(long id, bool download, CancellationToken ct)
    {
        var raw = await db.Articles.Where(a => a.Id == id).Select(a => new { a.RawPage!.FileName, a.RawPage.Content!.Bytes }).FirstOrDefaultAsync(ct);
        if (raw is null)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        if (download)
            return File(raw.Bytes, "application/octet-stream", raw.FileName);
        var decoded = PageDecoder.Decode(raw.Bytes);
        return decoded.Text is { } text
            ? Content(text, "text/plain; charset=utf-8")
            : File(raw.Bytes, "application/octet-stream", raw.FileName);
    }

    public async Task<IActionResult> OnPostReextractAsync(long id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Challenge();
        // In place, so the article's address stays; a page that now fails keeps the article it had.
        switch (await ingestor.ReextractArticleAsync(id, ct))
        {
            case null:
                return NotFound();
            case { Updated: false, Reason: var reason }:
                TempData["Message"] = $"The current extractor could not read this page; the article is kept as it was. {reason}";
                return Redirect($"/articles/{id}");
        }
        log.LogInformation("{User} re-extracted article {ArticleId}", User.Identity.Name, id);
        TempData["Message"] = $"Re-extracted with extractor version {ArticleExtractor.Version}.";
        return Redirect($"/articles/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Challenge();
        // The raw page goes too: otherwise a later reparse would bring the article back.
        if (!await ingestor.DeleteArticleAsync(id, ct))
            return NotFound();
        log.LogInformation("{User} deleted article {ArticleId}", User.Identity.Name, id);
        TempData["Message"] = "The article was deleted.";
        return Redirect("/");
    }
}
