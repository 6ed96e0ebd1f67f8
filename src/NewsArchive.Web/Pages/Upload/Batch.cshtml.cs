using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Archive;

namespace NewsArchive.Web.Pages.Upload;

/// <summary>An upload's per-file outcomes; while it runs in the background, batch.js polls /api/uploads/{id}.</summary>
public sealed class BatchModel(ArchiveDb db) : PageModel
{
    public ImportBatch? Batch { get; private set; }

    public int Count(ImportOutcome outcome) => Batch!.Items.Count(i => i.Outcome == outcome);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Batch = await db.ImportBatches.AsNoTracking().Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == id, ct);
        return Batch is null ? NotFound() : Page();
    }
}
