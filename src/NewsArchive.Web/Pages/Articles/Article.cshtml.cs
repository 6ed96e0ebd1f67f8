using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Core.Extraction;
using NewsArchive.Data.Archive;
using NewsArchive.Web.Api;
using NewsArchive.Web.Uploads;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>The reading view of one article, its raw page as received, and (signed in) re-extract and delete.</summary>
public sealed class ArticleModel(ArchiveDb db, InterimIngestor ingestor, ILogger<ArticleModel> log) : PageModel
{
    public Article? Article { get; private set; }
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];
    public string? FileName { get; private set; }
    public string? SourceUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Article = await db.Articles.AsNoTracking().Include(a => a.Captions).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (Article is null)
            return NotFound();
        Paragraphs = ArticlesApi.Paragraphs(Article.Body);
        FileName = await db.RawPages.Where(p => p.Id == Article.RawPageId).Select(p => p.FileName).FirstOrDefaultAsync(ct);
        // Only http(s) links: a page could carry a javascript: "canonical URL".
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
        var rawPageId = await db.Articles.Where(a => a.Id == id).Select(a => (long?)a.RawPageId).FirstOrDefaultAsync(ct);
        if (rawPageId is null)
            return NotFound();
        var articleId = await ingestor.ReextractAsync(rawPageId.Value, ct);
        if (articleId is null)
        {
            TempData["Message"] = "The current extractor found no article in this page any more; the raw page is kept.";
            return RedirectToPage("/Upload/Index");
        }
        TempData["Message"] = "Re-extracted with the current extractor.";
        return RedirectToPage(new { id = articleId, handler = (string?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
            return Challenge();
        var rawPageId = await db.Articles.Where(a => a.Id == id).Select(a => (long?)a.RawPageId).FirstOrDefaultAsync(ct);
        if (rawPageId is null)
            return NotFound();
        // Deleting the raw page too: otherwise a later re-extraction would bring the article back.
        await db.RawPages.Where(p => p.Id == rawPageId).ExecuteDeleteAsync(ct);
        log.LogInformation("{User} deleted article {ArticleId} (raw page {RawPageId})", User.Identity.Name, id, rawPageId);
        TempData["Message"] = "The article was deleted.";
        return Redirect("/");
    }
}
